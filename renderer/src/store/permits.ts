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
  /** Cancels the open folder's draw on its permit, with the reason; true when done. */
  cancelDraw(note: string): Promise<boolean>;
  /** Records goods declared outside the archive against a permit line; true when done. */
  adjustPermit(number: string, model: string, quantity: number, note: string): Promise<boolean>;
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
  async cancelDraw(note) {
    const ref = get().folder?.ref;
    if (!ref) return false;
    try {
      // The register listed before is stale now: read again when the Permits screen opens.
      set({ folder: await call('cancelShipment', { ref, note, lang: get().lang }), permits: null, error: null });
      return true;
    } catch (e) {
      get().showError(e);
      return false;
    }
  },
  async adjustPermit(number, model, quantity, note) {
    try {
      const permit = await call('adjustPermit', { number, model, quantity, note });
      set({ permits: get().permits?.map((p) => (p.number === permit.number ? permit : p)) ?? [permit], error: null });
      return true;
    } catch (e) {
      get().showError(e);
      return false;
    }
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
