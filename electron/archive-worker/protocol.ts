// Messages between the main process and an archive worker (verify and BagIt export of a whole archive or many
// folders: minutes on a large archive, so never on the main process's event loop, and with no time budget).
import type { ControlledListVersion } from '../../shared/controlled-list/types.ts';
import type { Lang } from '../../shared/domain/types.ts';

/** What the worker needs to open its own read-only connection to the archive the app has open. */
export interface ArchiveAccess {
  path: string;
  passphrase?: string;
  /** better_sqlite3.node for the running ABI (Electron); node_modules' otherwise. */
  nativeBinding?: string;
}

export type ArchiveJob =
  | { kind: 'verify' }
  | { kind: 'export'; refs: string[]; outDir: string; lang: Lang; now: string; lists: ControlledListVersion[]; organization?: string };

export interface VerifyOutput { kind: 'verify'; files: number; problems: string[] }
export interface ExportOutput { kind: 'export'; dir: string; folders: { ref: string; files: number }[]; payloadFiles: number; payloadBytes: number }
export type ArchiveJobOutput = VerifyOutput | ExportOutput;

/**
 * Bringing an archive of an older format up to this version (its migrations: a full-text index rebuilt, a
 * register filled in, up to half a minute on a large archive) before the main process opens it. The only job
 * that writes: its connection is read-write, each migration its own transaction, so a stopped worker leaves the
 * archive at a version boundary. `from`: the version found (null: the file could not be inspected here, and the
 * main process's own open says why); `to`: the version it is at now.
 */
export interface UpgradeJob { kind: 'upgrade' }
export interface UpgradeOutput { kind: 'upgrade'; from: number | null; to: number | null }

/** Test-only behaviour of the worker (e2e sees the progress bar move on a four-file archive). Never set in the app. */
export interface ArchiveTestHooks { msPerFile?: number }

export interface ArchiveWorkerStart { access: ArchiveAccess; job: ArchiveJob | UpgradeJob; testHooks?: ArchiveTestHooks }

export type FromArchiveWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; output: ArchiveJobOutput | UpgradeOutput }
  | { type: 'failed'; message: string; messageVi?: string };
