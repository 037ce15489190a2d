// The open archive file and the screen shown.
import type { ArchiveInfo } from '../../../shared/ipc/contract.ts';
import { call } from '../api.ts';
import type { Slice } from './types.ts';

export type Screen = 'picker' | 'shipments' | 'folder';

export interface ArchiveSlice {
  screen: Screen;
  archive: ArchiveInfo | null;
  openArchiveAt(path: string, create: boolean): Promise<void>;
  pickAndOpen(create: boolean): Promise<void>;
  closeArchive(): Promise<void>;
}

export const archiveSlice: Slice<ArchiveSlice> = (set, get) => ({
  screen: 'picker',
  archive: null,
  async openArchiveAt(path, create) {
    try {
      const archive = await call('openArchive', { path, create });
      set({ archive, screen: 'shipments', recentArchives: [path, ...get().recentArchives.filter((p) => p !== path)], error: null });
      get().resetShipments();
    } catch (e) {
      get().showError(e);
    }
  },
  async pickAndOpen(create) {
    try {
      const path = await call(create ? 'pickArchiveToCreate' : 'pickArchiveToOpen', {});
      if (path) await get().openArchiveAt(path, create);
    } catch (e) {
      get().showError(e);
    }
  },
  async closeArchive() {
    try {
      await call('closeArchive', {});
    } finally {
      set({ archive: null, screen: 'picker', folder: null, error: null });
    }
  },
});
