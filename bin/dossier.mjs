#!/usr/bin/env node
// `npx dossier` right after `npm install`, with no build step: the TypeScript CLI is bundled by esbuild into
// node_modules/.cache/dossier/ the first time and again whenever a source file is newer than the bundle
// (about 0.3 s once; later starts skip TypeScript entirely). Without esbuild, tsx runs the sources directly.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'electron', 'cli', 'main.ts');
const bundle = join(root, 'node_modules', '.cache', 'dossier', 'cli.mjs');
// The worker that reads a binary .xls under a time budget (electron/cli/bounded-read.ts).
const readWorker = join(root, 'electron', 'cli', 'read-worker.ts');
const readWorkerBundle = join(root, 'node_modules', '.cache', 'dossier', 'read-worker.mjs');
const SOURCES = ['shared', join('electron', 'cli'), join('electron', 'archive'), join('electron', 'reference'), join('electron', 'report')];

function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|json)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of SOURCES) walk(join(root, d));
  // This file holds the bundle's options (externals): a change here must rebuild it too.
  return Math.max(newest, statSync(fileURLToPath(import.meta.url)).mtimeMs);
}

async function ensureBundle() {
  const newest = newestSource();
  if ([bundle, readWorkerBundle].every((f) => existsSync(f) && statSync(f).mtimeMs >= newest)) return true;
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return false;
  }
  mkdirSync(dirname(bundle), { recursive: true });
  // Built beside the target and renamed: a run killed mid-build never leaves a half-written bundle.
  for (const [from, to] of [[readWorker, readWorkerBundle], [entry, bundle]]) {
    if (!(await build(esbuild, from, to))) return false;
  }
  return true;
}

async function build(esbuild, from, to) {
  const tmp = `${to}.${process.pid}.tmp`;
  try {
    await esbuild.build({
      entryPoints: [from],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['better-sqlite3', 'better-sqlite3-multiple-ciphers'],
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      logLevel: 'silent',
    });
  } catch {
    rmSync(tmp, { force: true });
    return false; // a source that does not compile: tsx reports it where it matters
  }
  renameSync(tmp, to);
  return true;
}

if (await ensureBundle()) {
  process.env.DOSSIER_READ_WORKER ??= readWorkerBundle;
  await import(pathToFileURL(bundle).href);
} else {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport(pathToFileURL(entry).href, import.meta.url);
}
