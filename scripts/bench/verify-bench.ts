// Verify of a large archive from the app (npm run bench:verify [-- --files 400 --mb 1]): the archive worker
// re-hashes every stored file while the main thread's event loop is sampled every 10 ms. Measured in the same run:
// the same verify on the main thread (what the app would have done without the worker) as the baseline.
// Goal: the longest main-thread stall during the worker's verify stays under 50 ms, whatever the archive's size.
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openArchive } from '../../electron/archive/index.ts';
import { createArchiveWorker } from '../../electron/archive-worker/runner.ts';

const { values } = parseArgs({ options: { files: { type: 'string', default: '400' }, mb: { type: 'string', default: '1' } } });
const FILES = Number(values.files);
const BYTES = Math.round(Number(values.mb) * 1024 * 1024);
const dir = mkdtempSync(join(tmpdir(), 'dossier-verify-bench-'));
const path = join(dir, 'bench.sqlite');

const archive = openArchive(path, { create: true });
archive.createShipment('BENCH-1', 'import');
for (let i = 0; i < FILES; i++) archive.addAttachment('BENCH-1', { name: `scan-${i}.pdf`, bytes: new Uint8Array(randomBytes(BYTES)) });

/** The longest gap between 10 ms timer ticks while `work` runs: how long the event loop could not answer. */
async function stall(work: () => Promise<unknown>): Promise<{ ms: number; stall: number }> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => { const now = performance.now(); worst = Math.max(worst, now - last - 10); last = now; }, 10);
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  clearInterval(timer);
  worst = Math.max(worst, performance.now() - last - 10);
  return { ms, stall: worst };
}

const inThread = await stall(async () => archive.verify());
const worker = createArchiveWorker({ entry: new URL('../../electron/archive-worker/tsx-entry.mjs', import.meta.url) });
let progress = 0;
const offThread = await stall(() => worker.start({ path }, { kind: 'verify' }, () => { progress++; }).done);
archive.close();
rmSync(dir, { recursive: true, force: true });

const mb = (FILES * BYTES) / 1024 / 1024;
console.log(`[bench] verify ${FILES} stored files (${mb.toFixed(0)} MB)`);
console.log(`[bench] main thread (baseline): ${inThread.ms.toFixed(0)} ms, event loop stalled ${inThread.stall.toFixed(0)} ms`);
console.log(`[bench] archive worker:         ${offThread.ms.toFixed(0)} ms, event loop stalled ${offThread.stall.toFixed(0)} ms (goal < 50 ms), ${progress} progress messages`);
process.exitCode = offThread.stall < 50 ? 0 : 1;
