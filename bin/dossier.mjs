#!/usr/bin/env node
// `npx dossier` right after `npm install`, with no build step: the TypeScript CLI is bundled by esbuild into
// node_modules/.cache/dossier/ the first time and again whenever a source file is newer than the bundle
// (about 0.3 s once; later starts skip TypeScript entirely). Without esbuild, tsx runs the sources directly.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'electron', 'cli', 'main.ts');
// The CLI is split at its dynamic imports (one chunk per command, the report writers apart), so a command compiles
// only the code it runs: `archive permits` does not parse the engine, SheetJS or pdfkit. Its folder is named for the
// newest source, so a rebuild never removes chunks that a running command may still load.
const cacheDir = join(root, 'node_modules', '.cache', 'dossier');
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

let bundle;

async function ensureBundle() {
  const newest = newestSource();
  const cliDir = join(cacheDir, `cli-${Math.floor(newest)}`);
  bundle = join(cliDir, 'main.mjs');
  if (existsSync(bundle) && existsSync(readWorkerBundle) && statSync(readWorkerBundle).mtimeMs >= newest) return true;
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return false;
  }
  mkdirSync(cacheDir, { recursive: true });
  // Built beside the target and renamed: a run killed mid-build never leaves a half-written bundle.
  if (!(await build(esbuild, readWorker, { outfile: readWorkerBundle }, readWorkerBundle))) return false;
  if (!existsSync(bundle)) {
    if (!(await build(esbuild, entry, { outdir: true, splitting: true, entryNames: '[name]', chunkNames: 'chunk-[hash]', outExtension: { '.js': '.mjs' } }, cliDir))) return false;
    // Older builds go; one that a command started before this rebuild may still load from is at worst re-made.
    for (const e of readdirSync(cacheDir)) if (/^cli-\d+$/.test(e) && join(cacheDir, e) !== cliDir) rmSync(join(cacheDir, e), { recursive: true, force: true });
    rmSync(join(cacheDir, 'cli.mjs'), { force: true }); // the single-file bundle of before
  }
  return true;
}

async function build(esbuild, from, options, to) {
  const tmp = `${to}.${process.pid}.tmp`;
  try {
    await esbuild.build({
      entryPoints: [from],
      ...(options.outdir ? { ...options, outdir: tmp } : { outfile: tmp }),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['better-sqlite3', 'better-sqlite3-multiple-ciphers'],
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      logLevel: 'silent',
    });
  } catch {
    rmSync(tmp, { recursive: true, force: true });
    return false; // a source that does not compile: tsx reports it where it matters
  }
  try {
    renameSync(tmp, to);
  } catch (e) {
    // Another run built the same sources at the same moment and renamed first: use its build.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(to)) throw e;
  }
  return true;
}

if (await ensureBundle()) {
  process.env.DOSSIER_READ_WORKER ??= readWorkerBundle;
  await import(pathToFileURL(bundle).href);
} else {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport(pathToFileURL(entry).href, import.meta.url);
}
