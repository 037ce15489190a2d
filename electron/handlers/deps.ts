// What the handlers need from the outside world. Electron's main process and the e2e bridge each supply
// their own (native dialogs vs scripted answers); the handlers never know which.
import type { Archive } from '../archive/types.ts';
import type { ControlledListVersion } from '../../shared/controlled-list/types.ts';
import type { Settings } from '../../shared/ipc/contract.ts';
import type { Engine } from '../worker/engine.ts';
import type { ArchiveWorker } from '../archive-worker/runner.ts';

export interface Dialogs {
  /** An existing archive file, or null when the user cancels. */
  openArchive(): Promise<string | null>;
  /** Where to create a new archive file, or null when the user cancels. */
  createArchive(): Promise<string | null>;
  /** Spreadsheets or attachments to import; empty when cancelled. */
  openFiles(purpose: 'documents' | 'attachment'): Promise<string[]>;
  /** Where to save a report (a save dialog), or null when the user cancels; absent: reports cannot be saved. */
  saveReport?(defaultName: string, format: 'pdf' | 'xlsx'): Promise<string | null>;
  /** A new or empty folder to export a BagIt bag into, or null when the user cancels. */
  exportFolder(suggested: string): Promise<string | null>;
}

export interface SettingsStore {
  load(): Settings;
  save(settings: Settings): void;
}

export interface HandlerDeps {
  openArchive(path: string, options: { create?: boolean; passphrase?: string; encrypt?: boolean }): Archive;
  dialogs: Dialogs;
  readFile(path: string): Promise<Uint8Array>;
  clock(): Date;
  loadControlledLists(): ControlledListVersion[];
  settings: SettingsStore;
  /** Who acknowledges findings, for the audit trail. */
  user(): string;
  /** Reads, previews and checks, in a worker under a time and memory budget (electron/worker/engine.ts). */
  engine: Engine;
  /** Verify and BagIt export of a whole archive or many folders, in a worker thread with progress (electron/archive-worker/). */
  archiveWorker: ArchiveWorker;
}
