// Verify and BagIt export from the app (issue 14, item 6): each runs in the archive worker, off the main thread,
// and the renderer polls its progress (getArchiveJob), which works the same over Electron's invoke and the e2e
// bridge's fetch. The result is recorded in the audit trail by the main process's own connection, the one writer.
import { basename } from 'node:path';
import type { Archive } from '../archive/types.ts';
import { fixityDue } from '../archive/fixity.ts';
import { ArchiveJobError, CANCELLED, type RunningArchiveJob } from '../archive-worker/runner.ts';
import type { ArchiveJob, ArchiveJobOutput } from '../archive-worker/protocol.ts';
import { HandlerError } from './errors.ts';
import type { HandlerDeps } from './deps.ts';
import { today, type Session } from './session.ts';
import type { ArchiveJobView } from '../../shared/ipc/contract.ts';

/** Finished jobs kept for the renderer to read their result; older ones are forgotten. */
const KEEP_FINISHED = 20;

interface Entry { view: ArchiveJobView; running?: RunningArchiveJob; finished?: Promise<void> }

export class ArchiveJobs {
  private readonly jobs = new Map<number, Entry>();
  private next = 1;

  constructor(private readonly deps: HandlerDeps, private readonly session: Session) {}

  /** Starts the job on the open archive; the returned view is its first state (state running, 0 of 0). */
  start(job: ArchiveJob, trigger: 'user' | 'periodic'): ArchiveJobView {
    const archive = this.session.current();
    const view: ArchiveJobView = { id: this.next++, kind: job.kind, trigger, state: 'running', done: 0, total: 0, day: today(this.deps.clock) };
    const running = this.deps.archiveWorker.start(
      { path: archive.path, ...(this.session.passphrase !== undefined ? { passphrase: this.session.passphrase } : {}) }, job,
      (done, total) => { view.done = done; view.total = total; });
    const entry: Entry = { view, running };
    entry.finished = running.done.then((out) => this.finish(archive, view, out), (e: unknown) => this.fail(view, e))
      .finally(() => { delete entry.running; });
    this.jobs.set(view.id, entry);
    this.forgetOld();
    return { ...view };
  }

  get(id: number): ArchiveJobView {
    const e = this.jobs.get(id);
    if (!e) throw new HandlerError('NOT_FOUND', `No background task #${id}: it finished long ago or belongs to an archive closed since.`,
      `Không có tác vụ nền số ${id}: tác vụ đã xong từ lâu hoặc thuộc kho hồ sơ đã đóng.`);
    return { ...e.view };
  }

  /** Stops a running job (its unfinished bag removed); the view once it has stopped. */
  async cancel(id: number): Promise<ArchiveJobView> {
    this.jobs.get(id)?.running?.cancel();
    return this.settled(id);
  }

  /** For tests and the bridge: the job's end, result recorded. */
  async settled(id: number): Promise<ArchiveJobView> {
    await this.jobs.get(id)?.finished;
    return this.get(id);
  }

  /** When the archive just opened is due a fixity check, starts it in the background and says which job it is. */
  startFixityIfDue(archive: Archive): number | undefined {
    if (!fixityDue(archive.lastVerified(), today(this.deps.clock), archive.storedFileCount())) return undefined;
    return this.start({ kind: 'verify' }, 'periodic').id;
  }

  cancelAll(): void {
    for (const e of this.jobs.values()) e.running?.cancel();
  }

  private finish(archive: Archive, view: ArchiveJobView, out: ArchiveJobOutput): void {
    if (out.kind === 'verify') {
      view.files = out.files;
      // The app names the archive in its top bar: each sentence starts at the folder, file or entry concerned.
      const problems = out.problems.map((p) => (p.startsWith(`${archive.path}: `) ? p.slice(archive.path.length + 2) : p));
      view.problems = problems;
      view.done = view.total = out.files;
    } else {
      view.dir = out.dir;
      view.refs = out.folders.map((f) => f.ref);
      view.files = out.folders.reduce((n, f) => n + f.files, 0);
      view.done = view.total = view.files;
    }
    // Recorded by the main connection only if the archive it ran on is still the open one.
    try {
      if (!this.session.isCurrent(archive)) {
        throw new HandlerError('NO_ARCHIVE', `the archive ${basename(archive.path)} was closed before the task ended`,
          `kho hồ sơ ${basename(archive.path)} đã đóng trước khi tác vụ xong`);
      }
      if (out.kind === 'verify') {
        archive.recordVerified({ day: view.day, files: out.files, problems: out.problems.length, first: (view.problems ?? []).slice(0, 10), trigger: view.trigger });
      } else {
        archive.recordExported(out.dir, out.folders, { files: out.payloadFiles, bytes: out.payloadBytes });
      }
      view.recorded = true;
    } catch (e) {
      view.recorded = false;
      const x = e as { message?: string; messageVi?: string };
      view.notRecorded = { message: String(x.message ?? e), messageVi: x.messageVi ?? String(x.message ?? e) };
    }
    view.state = 'done';
  }

  private fail(view: ArchiveJobView, e: unknown): void {
    if (e instanceof ArchiveJobError && e.message === CANCELLED) {
      view.state = 'cancelled';
      return;
    }
    const why = e instanceof Error ? e.message : String(e);
    const whyVi = e instanceof ArchiveJobError && e.messageVi ? e.messageVi : why;
    view.state = 'failed';
    view.error = view.kind === 'verify'
      ? { message: `The archive could not be verified: ${why}`, messageVi: `Không kiểm tra được tính toàn vẹn của kho hồ sơ: ${whyVi}` }
      : { message: `The BagIt bag could not be written, and nothing was left in the destination: ${why}`, messageVi: `Không xuất được gói BagIt, thư mục đích không bị ghi gì: ${whyVi}` };
  }

  private forgetOld(): void {
    const finished = [...this.jobs.values()].filter((e) => e.view.state !== 'running');
    for (const e of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(e.view.id);
  }
}
