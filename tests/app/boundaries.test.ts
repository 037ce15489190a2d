// Process boundaries, checked on the source: shared/ runs everywhere, renderer/ runs in a sandboxed page.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)) {
    found.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  }
  return found;
}

const NODE_BUILTINS = new Set(['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads', 'process', 'buffer', 'events']);
const isNode = (spec: string) => spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]);

describe('boundaries', () => {
  it('finds the files it checks', () => {
    expect(sources('shared').length).toBeGreaterThan(10);
    expect(sources('renderer/src').length).toBeGreaterThan(10);
    expect(imports('electron/main/index.ts')).toContain('electron');
  });

  it('shared/ imports no Node, Electron, react-dom or better-sqlite3', () => {
    const bad = sources('shared').flatMap((f) => imports(f)
      .filter((s) => isNode(s) || s === 'electron' || s.startsWith('react-dom') || s.startsWith('better-sqlite3'))
      .map((s) => `${f}: ${s}`));
    expect(bad).toEqual([]);
  });

  it('renderer/ imports no Node module, no Electron, nothing from electron/', () => {
    const bad = sources('renderer').flatMap((f) => imports(f)
      .filter((s) => isNode(s) || s === 'electron' || s.startsWith('better-sqlite3') || /(^|\/)electron\//.test(s))
      .map((s) => `${f}: ${s}`));
    expect(bad).toEqual([]);
  });

  it('the renderer reaches window.dossier only through api.ts', () => {
    const bad = sources('renderer/src').filter((f) => !f.endsWith('api.ts') && /window\.dossier/.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });

  it('handlers stay free of Electron, so the e2e bridge runs the same code', () => {
    const bad = sources('electron/handlers').flatMap((f) => imports(f).filter((s) => s === 'electron').map((s) => `${f}: ${s}`));
    expect(bad).toEqual([]);
  });
});
