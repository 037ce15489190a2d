// The open archive file and the screen shown.
import type { ArchiveInfo } from '../../../shared/ipc/contract.ts';
import { ApiError, call, toIpcError } from '../api.ts';
import type { Slice } from './types.ts';

export type Screen = 'picker' | 'shipments' | 'folder' | 'records' | 'permits';

export interface ArchiveSlice {
  screen: Screen;
  archive: ArchiveInfo | null;
  /** An encrypted archive waiting for its passphrase (the picker asks for it). */
  locked: string | null;
  /**
   * The archive being opened, until the main process answers: an archive of an older format is upgraded first,
   * in a worker (up to a minute on a large one), and the picker says so rather than seem to do nothing.
   */
  opening: string | null;
  openArchiveAt(path: string, create: boolean, key?: { passphrase: string; encrypt?: boolean }): Promise<void>;
  pickAndOpen(create: boolean, key?: { passphrase: string; encrypt: boolean }): Promise<void>;
  closeArchive(): Promise<void>;
  /** A backup picked, verified and copied to a new file, which becomes the open archive. */
  restoreBackup(passphrase?: string): Promise<void>;
  /** A recent archive that was not where the list said: offered to locate or forget. */
  missingArchive: string | null;
  forgetArchive(path: string): Promise<void>;
  locateArchive(path: string): Promise<void>;
}

export const archiveSlice: Slice<ArchiveSlice> = (set, get) => ({
  screen: 'picker',
  archive: null,
  locked: null,
  opening: null,
  async openArchiveAt(path, create, key) {
    set({ opening: path });
    try {
      const archive = await call('openArchive', { path, create, ...(key ? { passphrase: key.passphrase, ...(key.encrypt ? { encrypt: true } : {}) } : {}) });
      set({ archive, screen: 'shipments', locked: null, recentArchives: [path, ...get().recentArchives.filter((p) => p !== path)], error: null, missingArchive: null,
        jobs: {}, fixityJob: archive.fixityJob ?? null });
      get().resetShipments();
      if (archive.fixityJob) get().trackJob({ id: archive.fixityJob, kind: 'verify', trigger: 'periodic', state: 'running', done: 0, total: 0, day: '' });
    } catch (e) {
      // Encrypted and no passphrase given yet: ask for it rather than show an error. A wrong one is said.
      if (e instanceof ApiError && e.error.code === 'PASSPHRASE') {
        set({ locked: path, error: key ? e.error : null });
        return;
      }
      if (!create && toIpcError(e).code === 'NOT_FOUND') set({ missingArchive: path });
      get().showError(e);
    } finally {
      set({ opening: null });
    }
  },
  async pickAndOpen(create, key) {
    try {
      const path = await call(create ? 'pickArchiveToCreate' : 'pickArchiveToOpen', {});
      if (path) await get().openArchiveAt(path, create, key);
    } catch (e) {
      get().showError(e);
    }
  },
  async restoreBackup(passphrase) {
    try {
      const archive = await call('restoreBackup', passphrase ? { passphrase } : {});
      if (!archive) return;
      set({ archive, screen: 'shipments', locked: null, recentArchives: [archive.path, ...get().recentArchives.filter((p) => p !== archive.path)], error: null });
      get().resetShipments();
    } catch (e) {
      get().showError(e);
    }
  },
  missingArchive: null,
  async forgetArchive(path) {
    try {
      const s = await call('forgetArchive', { path });
      set({ recentArchives: s.recentArchives, missingArchive: null, error: null });
    } catch (e) {
      get().showError(e);
    }
  },
  async locateArchive(path) {
    try {
      const found = await call('pickArchiveToOpen', {});
      if (!found) return;
      await get().openArchiveAt(found, false);
      // Found elsewhere: the old place leaves the list rather than failing again next time.
      if (get().archive && found !== path) await get().forgetArchive(path);
    } catch (e) {
      get().showError(e);
    }
  },
  async closeArchive() {
    try {
      await call('closeArchive', {});
    } finally {
      set({ archive: null, screen: 'picker', folder: null, error: null, locked: null, jobs: {}, fixityJob: null });
    }
  },
});
