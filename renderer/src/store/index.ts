// One store from typed slices; components select narrowly (useShallow for objects).
import { create } from 'zustand';
import type { Store } from './types.ts';
import { settingsSlice } from './settings.ts';
import { archiveSlice } from './archive.ts';
import { shipmentsSlice } from './shipments.ts';
import { folderSlice } from './folder.ts';
import { importSlice } from './importer.ts';
import { permitsSlice } from './permits.ts';
import { reviewSlice } from './review.ts';
import { jobsSlice } from './jobs.ts';

export const useStore = create<Store>()((...a) => ({
  ...settingsSlice(...a),
  ...archiveSlice(...a),
  ...shipmentsSlice(...a),
  ...folderSlice(...a),
  ...importSlice(...a),
  ...permitsSlice(...a),
  ...reviewSlice(...a),
  ...jobsSlice(...a),
}));

export type { Store };
