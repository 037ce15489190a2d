// Handlers over a real archive in a scratch folder, with scripted dialogs: what the bridge runs, minus HTTP.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openArchive } from '../../electron/archive/index.ts';
import type { Archive } from '../../electron/archive/types.ts';
import { loadControlledLists } from '../../electron/reference/controlled-lists.ts';
import { createDispatch } from '../../electron/handlers/dispatch.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { fileSettings } from '../../electron/handlers/settings-file.ts';
import type { Role } from '../../shared/domain/types.ts';
import { createEngine, type EngineOptions } from '../../electron/worker/engine.ts';
import { createArchiveWorker } from '../../electron/archive-worker/runner.ts';

/** The engine worker from sources, as the e2e bridge runs it. */
export const WORKER_ENTRY = new URL('../../electron/worker/tsx-entry.mjs', import.meta.url);
export const ARCHIVE_WORKER_ENTRY = new URL('../../electron/archive-worker/tsx-entry.mjs', import.meta.url);

export const DEMO: [Role, string][] = [
  ['invoice', 'invoice.xlsx'], ['packing_list', 'packing-list.xlsx'], ['permit', 'permit.xlsx'], ['catalogue', 'catalogue.xlsx'],
];

export function demoBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve('seeds/demo', file)));
}

export function harness(o: { settingsFrom?: string; engine?: Omit<EngineOptions, 'entry'> } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-app-test-'));
  let now = new Date('2026-11-20T12:00:00');
  const opened: Archive[] = [];
  const answers = { archive: join(dir, 'client.dossier') as string | null, files: [] as string[], report: null as string | null, exportTo: null as string | null };
  const handlers = createHandlers({
    openArchive: (path, o) => {
      const a = openArchive(path, o);
      opened.push(a);
      return a;
    },
    dialogs: {
      openArchive: async () => answers.archive,
      createArchive: async () => answers.archive,
      openFiles: async () => answers.files,
      saveReport: async () => answers.report,
      exportFolder: async () => answers.exportTo,
    },
    readFile: async (p) => new Uint8Array(readFileSync(p)),
    clock: () => now,
    loadControlledLists: () => loadControlledLists(join(dir, 'no-user-lists')),
    settings: fileSettings(join(o.settingsFrom ?? dir, 'settings.json')),
    user: () => 'tester',
    engine: createEngine({ entry: WORKER_ENTRY, ...o.engine }),
    archiveWorker: createArchiveWorker({ entry: ARCHIVE_WORKER_ENTRY }),
  });
  const dispatch = createDispatch(handlers);
  return {
    dir,
    answers,
    dispatch,
    /** Opens (or creates) the archive the scripted dialog answers, as the user does: pick, then open. */
    async open(create = true) {
      await dispatch(create ? 'pickArchiveToCreate' : 'pickArchiveToOpen', {});
      return dispatch('openArchive', { path: answers.archive, create });
    },
    archive: () => opened[opened.length - 1],
    /** The injected clock: the day the app believes it is from now on. */
    setToday(day: string) {
      now = new Date(`${day}T12:00:00`);
    },
    dispose() {
      handlers.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
