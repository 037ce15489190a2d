// Runs `dossier check` on a file under the contract's bounds: in a worker thread (bundled by esbuild, heap capped
// at 1.5 GB, stopped after 5 s) for the many mutants, or as the real CLI child process for a subset.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { expect } from 'vitest';
import { ROOT } from '../engine/fixtures.ts';

export const TIME_LIMIT_MS = 5000;
export const HEAP_LIMIT_MB = 1536;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Why the run did not finish: a hang past the time limit, or the worker dying (out of memory). */
  failure?: string;
  /** Peak resident memory of the child process, in MB (CLI runs only). */
  peakMb?: number;
}

// Loaded before the CLI in the child: on exit, its peak resident memory goes to file descriptor 3. Preloads run
// in worker threads too (the .xls reader's): only the main thread reports, or two numbers would run together.
const REPORT_PEAK = `data:text/javascript,${encodeURIComponent("import { writeSync } from 'node:fs'; import { isMainThread } from 'node:worker_threads'; if (isMainThread) process.on('exit', () => { try { writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });")}`;

let bundle: string | null = null;
let readWorker = '';
let worker: Worker | null = null;

function workerBundle(): string {
  if (!bundle) {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-fuzz-'));
    bundle = join(dir, 'check-worker.mjs');
    // The command's own .xls reader worker, as bin/dossier.mjs bundles it (DOSSIER_READ_WORKER below).
    readWorker = join(dir, 'read-worker.mjs');
    for (const [from, to] of [[join(ROOT, 'tests', 'fuzz', 'check-worker.ts'), bundle], [join(ROOT, 'electron', 'cli', 'read-worker.ts'), readWorker]]) {
      buildSync({
        entryPoints: [from], outfile: to, bundle: true, platform: 'node', format: 'esm',
        target: 'node20', external: ['better-sqlite3', 'better-sqlite3-multiple-ciphers'], logLevel: 'silent',
        banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      });
    }
  }
  return bundle;
}

export function inWorker(args: string[], listsDir: string): Promise<Run> {
  if (!worker) {
    worker = new Worker(workerBundle(), { resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB }, env: { ...process.env, DOSSIER_LISTS_DIR: listsDir, DOSSIER_READ_WORKER: readWorker }, stdout: true, stderr: true });
    worker.unref();
  }
  const w = worker;
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (r: Run) => {
      clearTimeout(timer);
      w.removeAllListeners('message');
      w.removeAllListeners('error');
      w.removeAllListeners('exit');
      resolve(r);
    };
    const dead = (failure: string) => {
      if (worker === w) worker = null;
      done({ status: null, stdout: '', stderr: '', ms: performance.now() - started, failure });
    };
    const timer = setTimeout(() => {
      void w.terminate();
      dead(`still running after ${TIME_LIMIT_MS} ms`);
    }, TIME_LIMIT_MS);
    w.on('message', (m: Run) => done({ ...m, ms: performance.now() - started }));
    w.on('error', (e) => dead(`worker died: ${e.message}`));
    w.on('exit', (code) => dead(`worker exited (${code})`));
    w.postMessage(args);
  });
}

export async function stopWorker(): Promise<void> {
  if (worker) await worker.terminate();
  worker = null;
}

/** The real CLI as a child process, heap capped, killed after the time limit. */
export function inChild(args: string[], listsDir: string, timeout = TIME_LIMIT_MS): Run {
  const started = performance.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, `--import=${REPORT_PEAK}`, join(ROOT, 'bin', 'dossier.mjs'), 'check', ...args], {
    cwd: ROOT, encoding: 'utf8', timeout, env: { ...process.env, DOSSIER_LISTS_DIR: listsDir, DOSSIER_DEBUG: '' }, maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const ms = performance.now() - started;
  const failure = r.signal ? `killed by ${r.signal} after ${Math.round(ms)} ms` : r.error ? r.error.message : undefined;
  const peak = Number((r.output[3] as string | null) ?? '');
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms, failure, peakMb: peak > 0 ? peak / 1024 : undefined };
}

const WORDS = /\bundefined\b|\bNaN\b|Infinity/;

/** The contract for any input: exit 0/1/2 in time, one stderr line on 2 and none otherwise, no stack, no junk words. */
export function expectContract(r: Run, what: string): void {
  const where = `${what}\nstatus ${r.status}, ${Math.round(r.ms)} ms${r.failure ? `, ${r.failure}` : ''}\nstderr: ${r.stderr.slice(0, 600)}`;
  expect(r.failure, where).toBeUndefined();
  expect([0, 1, 2], where).toContain(r.status);
  expect(r.ms, where).toBeLessThan(TIME_LIMIT_MS);
  if (r.peakMb !== undefined) expect(r.peakMb, `${where}\npeak memory (MB)`).toBeLessThan(HEAP_LIMIT_MB);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines.length, where).toBe(r.status === 2 ? 1 : 0);
  if (r.status === 2) expect(r.stdout, where).toBe('');
  const all = r.stdout + r.stderr;
  expect(all, where).not.toMatch(/\n\s+at \S|TypeError|RangeError|ReferenceError|SyntaxError/);
  expect(all.match(WORDS)?.[0], where).toBeUndefined();
}
