// The shipments list: pages fetched on demand as the virtual list scrolls, so 100,000 folders cost
// only the rows on screen.
import type { ShipmentRow } from '../../../shared/ipc/contract.ts';
import type { FolderStatus } from '../../../shared/domain/types.ts';
import { call } from '../api.ts';
import type { Slice } from './types.ts';

export const PAGE = 100;

export interface ShipmentsSlice {
  query: string;
  /** 'urgency': late folders first, then those due, then by file-by day. */
  sort: 'recent' | 'urgency';
  setSort(sort: 'recent' | 'urgency'): void;
  /** Only the folders with this status; null: all. */
  statusFilter: FolderStatus | null;
  setStatusFilter(status: FolderStatus | null): void;
  total: number | null;
  pages: Record<number, ShipmentRow[]>;
  /** Bumped on every reset so a late page of an old search is dropped. */
  listVersion: number;
  resetShipments(query?: string): void;
  ensurePage(page: number): Promise<void>;
  createShipment(ref: string, direction: 'import' | 'export', eta?: string): Promise<boolean>;
}

const loading = new Set<string>();

export const shipmentsSlice: Slice<ShipmentsSlice> = (set, get) => ({
  query: '',
  sort: 'recent',
  setSort(sort) {
    set({ sort });
    get().resetShipments();
  },
  statusFilter: null,
  setStatusFilter(statusFilter) {
    set({ statusFilter });
    get().resetShipments();
  },
  total: null,
  pages: {},
  listVersion: 0,
  resetShipments(query = get().query) {
    set((s) => ({ query, total: null, pages: {}, listVersion: s.listVersion + 1 }));
    void get().ensurePage(0);
  },
  async ensurePage(page) {
    const { listVersion: version, query, pages, sort, statusFilter } = get();
    const key = `${version}:${page}`;
    if (pages[page] || loading.has(key)) return;
    loading.add(key);
    try {
      const r = await call('listShipments', { query: query || undefined, offset: page * PAGE, limit: PAGE, ...(sort === 'urgency' ? { sort } : {}),
        ...(statusFilter ? { status: statusFilter } : {}) });
      if (get().listVersion !== version) return;
      set((s) => ({ total: r.total, pages: { ...s.pages, [page]: r.shipments } }));
    } catch (e) {
      get().showError(e);
    } finally {
      loading.delete(key);
    }
  },
  async createShipment(ref, direction, eta) {
    try {
      await call('createShipment', { ref, direction, ...(eta ? { eta } : {}) });
      get().resetShipments('');
      await get().openFolder(ref);
      return true;
    } catch (e) {
      get().showError(e);
      return false;
    }
  },
});
