// The permit register as the Permits screen and a folder's "use a registered permit" see it.
import type { PermitView } from '../../../shared/ipc/contract.ts';
import { call } from '../api.ts';
import type { Slice } from './types.ts';

export interface PermitsSlice {
  permits: PermitView[] | null;
  expiringOnly: boolean;
  openPermits(): Promise<void>;
  loadPermits(): Promise<void>;
  setExpiringOnly(on: boolean): Promise<void>;
  usePermit(number: string): Promise<void>;
}

export const EXPIRING_DAYS = 30;

export const permitsSlice: Slice<PermitsSlice> = (set, get) => ({
  permits: null,
  expiringOnly: false,
  async openPermits() {
    set({ screen: 'permits', folder: null, pending: [], error: null });
    await get().loadPermits();
  },
  async loadPermits() {
    try {
      set({ permits: await call('listPermits', get().expiringOnly ? { expiringWithin: EXPIRING_DAYS } : {}) });
    } catch (e) {
      get().showError(e);
    }
  },
  async setExpiringOnly(on) {
    set({ expiringOnly: on });
    await get().loadPermits();
  },
  async usePermit(number) {
    const ref = get().folder?.ref;
    if (!ref) return;
    try {
      set({ folder: await call('usePermit', { ref, number, lang: get().lang }), error: null });
    } catch (e) {
      get().showError(e);
    }
  },
});
