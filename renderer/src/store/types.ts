import type { StateCreator } from 'zustand';
import type { SettingsSlice } from './settings.ts';
import type { ArchiveSlice } from './archive.ts';
import type { ShipmentsSlice } from './shipments.ts';
import type { FolderSlice } from './folder.ts';
import type { ImportSlice } from './importer.ts';
import type { PermitsSlice } from './permits.ts';
import type { ReviewSlice } from './review.ts';
import type { JobsSlice } from './jobs.ts';

export type Store = SettingsSlice & ArchiveSlice & ShipmentsSlice & FolderSlice & ImportSlice & PermitsSlice & ReviewSlice & JobsSlice;
export type Slice<T> = StateCreator<Store, [], [], T>;
