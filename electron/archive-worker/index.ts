// The archive worker's entry (bundled as dist/electron/archive-worker.cjs beside main.cjs): one job per worker,
// progress posted at most every 100 ms, the answer posted once. Cancelling is terminating it: its connection
// is read-only, so nothing of the archive can be left half-written. The one exception, an upgrade, is never
// cancelled, and each of its migrations is a transaction of its own.
import { parentPort, workerData } from 'node:worker_threads';
import { ArchiveError } from '../archive/types.ts';
import { runArchiveJob } from './run.ts';
import { runUpgrade } from './upgrade.ts';
import type { ArchiveWorkerStart, FromArchiveWorker } from './protocol.ts';

const port = parentPort!;
const { access, job, testHooks } = workerData as ArchiveWorkerStart;
const pause = new Int32Array(new SharedArrayBuffer(4));
let last = 0;
try {
  const output = job.kind === 'upgrade' ? runUpgrade(access) : runArchiveJob(access, job, (done, total) => {
    const now = Date.now();
    if (done === total || now - last >= 100) {
      last = now;
      port.postMessage({ type: 'progress', done, total } satisfies FromArchiveWorker);
    }
    if (testHooks?.msPerFile && done < total) Atomics.wait(pause, 0, 0, testHooks.msPerFile); // test-only: a slow disk reading the next file
  });
  port.postMessage({ type: 'done', output } satisfies FromArchiveWorker);
} catch (e) {
  const message = String((e as Error)?.message ?? e).split('\n')[0];
  port.postMessage({ type: 'failed', message, ...(e instanceof ArchiveError && e.messageVi ? { messageVi: e.messageVi } : {}) } satisfies FromArchiveWorker);
}
