// Starts archive jobs in a worker thread and hands back their progress, their end and a way to cancel them.
// The main process only ever waits on messages, so every other channel keeps answering during a long verify.
import { rmSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ArchiveAccess, ArchiveJob, ArchiveJobOutput, ArchiveTestHooks, ArchiveWorkerStart, FromArchiveWorker, UpgradeJob, UpgradeOutput } from './protocol.ts';
import { mayNeedUpgrade } from './upgrade.ts';

export class ArchiveJobError extends Error {
  constructor(message: string, readonly messageVi?: string) {
    super(message);
    this.name = 'ArchiveJobError';
  }
}

export interface RunningArchiveJob {
  done: Promise<ArchiveJobOutput>;
  /** Stops the worker; `done` then rejects with `cancelled` set. */
  cancel(): void;
}

export interface ArchiveWorker {
  start(access: ArchiveAccess, job: ArchiveJob, onProgress: (done: number, total: number) => void): RunningArchiveJob;
  /**
   * Before the main process opens an archive: when its header says it may be of an older format, migrates it in a
   * worker (upgrade.ts) and resolves once it is done; null when nothing was started (up to date, or openArchive
   * will refuse it anyway, or on read-only media, whose private copy is upgraded in process). Rejects with the
   * worker's one sentence when a migration failed (that migration rolled back).
   */
  upgradeIfNeeded(access: ArchiveAccess): Promise<UpgradeOutput | null>;
}

export const CANCELLED = 'cancelled';

export function createArchiveWorker(o: { entry: string | URL; nativeBinding?: string; testHooks?: ArchiveTestHooks }): ArchiveWorker {
  function run<T>(access: ArchiveAccess, job: ArchiveJob | UpgradeJob, onProgress: (done: number, total: number) => void): { done: Promise<T>; cancel(): void } {
    let cancel = () => {};
    const done = new Promise<T>((ok, fail) => {
      let worker: Worker;
      try {
        worker = new Worker(o.entry, { workerData: { access: { ...access, ...(o.nativeBinding ? { nativeBinding: o.nativeBinding } : {}) }, job, ...(o.testHooks ? { testHooks: o.testHooks } : {}) } satisfies ArchiveWorkerStart, stdout: false, stderr: false });
      } catch (e) {
        fail(e);
        return;
      }
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        void worker.terminate();
        fn();
      };
      cancel = () => finish(() => {
        if (job.kind === 'export') removeUnfinishedBag(job.outDir);
        fail(new ArchiveJobError(CANCELLED));
      });
      worker.on('message', (m: FromArchiveWorker) => {
        if (m.type === 'progress') { if (!settled) onProgress(m.done, m.total); }
        else if (m.type === 'done') finish(() => ok(m.output as T));
        else finish(() => fail(new ArchiveJobError(m.message, m.messageVi)));
      });
      worker.on('error', (e) => finish(() => fail(new ArchiveJobError(e.message))));
      worker.on('exit', (code) => finish(() => fail(new ArchiveJobError(`the worker stopped (exit code ${code})`))));
    });
    return { done, cancel: () => cancel() };
  }
  return {
    start: (access, job, onProgress) => run<ArchiveJobOutput>(access, job, onProgress),
    async upgradeIfNeeded(access) {
      if (!mayNeedUpgrade(access.path, access.passphrase)) return null;
      return run<UpgradeOutput>(access, { kind: 'upgrade' }, () => {}).done;
    },
  };
}

/** exportBag builds the bag in a hidden folder beside DIR (bagit.ts): a worker stopped mid-way leaves it behind. */
function removeUnfinishedBag(outDir: string): void {
  const out = resolve(outDir);
  const prefix = `.${basename(out)}.bag-${process.pid}-`;
  try {
    for (const name of readdirSync(dirname(out))) if (name.startsWith(prefix)) rmSync(join(dirname(out), name), { recursive: true, force: true });
  } catch { /* the parent folder is gone: nothing left to clean */ }
}
