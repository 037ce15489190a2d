// `npm run bench` (archive add part): `dossier archive add` of the four demo files against `dossier check` of the
// same files in the same run, as whole commands (node start-up included) and in-process. Goal (issue 12): adding
// a folder stays within 1.2× of checking it. The archive is created once, outside the timing; each run adds a
// new folder to it, so it grows by a few folders only.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runArchiveCommand } from '../../electron/cli/archive-command.ts';
import { runCheckCommand } from '../../electron/cli/check-command.ts';
import { useNodeInflate } from '../../electron/node-inflate.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = join(ROOT, 'seeds/demo');
const FILES = ['--invoice', join(DEMO, 'invoice.xlsx'), '--packing-list', join(DEMO, 'packing-list.xlsx'),
  '--permit', join(DEMO, 'permit.xlsx'), '--catalogue', join(DEMO, 'catalogue.xlsx'), '--date', '2026-11-20'];
const dir = mkdtempSync(join(tmpdir(), 'dossier-add-bench-'));
const archive = join(dir, 'bench.sqlite');

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number): string => `${n.toFixed(1)} ms`;
const quiet = { stdout: () => {}, stderr: (s: string) => { process.stderr.write(s); } };

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

function cli(args: string[]): number {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/dossier.mjs'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0 && r.status !== 1) throw new Error(`dossier ${args[0]} exited ${r.status}: ${r.stderr}`);
  return r.status;
}

// Warm the bundle (bin/dossier.mjs rebuilds it when a source is newer) and create the archive, untimed.
cli(['archive', 'init', archive]);
cli(['check', ...FILES, '--format', 'json']);

const checkCmd: number[] = [];
const addCmd: number[] = [];
for (let i = 0; i < RUNS; i++) {
  // Interleaved, so a busy neighbour on the machine slows both sides alike.
  checkCmd.push(time(() => cli(['check', ...FILES, '--format', 'json'])));
  addCmd.push(time(() => cli(['archive', 'add', archive, '--ref', `BENCH-CMD-${i}`, ...FILES])));
}

useNodeInflate();
const checkIn: number[] = [];
const addIn: number[] = [];
await runCheckCommand([...FILES, '--format', 'json'], quiet); // warm the module caches (controlled lists, legal basis)
for (let i = 0; i < RUNS; i++) {
  checkIn.push(await timeAsync(() => runCheckCommand([...FILES, '--format', 'json'], quiet)));
  addIn.push(await timeAsync(() => runArchiveCommand(['add', archive, '--ref', `BENCH-IN-${i}`, ...FILES], quiet)));
}
rmSync(dir, { recursive: true, force: true });

const rc = median(addCmd) / median(checkCmd);
const ri = median(addIn) / median(checkIn);
console.log(`archive add vs check: the 4 demo files (seeds/demo), median of ${RUNS} runs each, interleaved`);
console.log(`  commands    dossier check ${ms(median(checkCmd))} | dossier archive add ${ms(median(addCmd))} | ratio ${rc.toFixed(2)}×`);
console.log(`  in-process  check ${ms(median(checkIn))} | archive add ${ms(median(addIn))} | ratio ${ri.toFixed(2)}×`);
console.log(`  goal: add ≤ 1.2× check → command ${rc <= 1.2 ? 'met' : 'NOT met'}, in-process ${ri <= 1.2 ? 'met' : 'NOT met'}`);
