// Background archive jobs (verify, BagIt export): the renderer polls each until it ends, a few times a second.
// Polling works the same over Electron's invoke and the e2e bridge's fetch, so there is no push channel to keep.
import type { ArchiveJobView } from '../../../shared/ipc/contract.ts';
import { call } from '../api.ts';
import type { Slice } from './types.ts';

const POLL_MS = 250;

export interface JobsSlice {
  jobs: Record<number, ArchiveJobView>;
  /** The periodic fixity check started when the archive opened: shown in a banner until dismissed. */
  fixityJob: number | null;
  trackJob(view: ArchiveJobView): void;
  cancelJob(id: number): Promise<void>;
  dismissFixity(): void;
}

export const jobsSlice: Slice<JobsSlice> = (set, get) => ({
  jobs: {},
  fixityJob: null,
  trackJob(view) {
    set({ jobs: { ...get().jobs, [view.id]: view } });
    const poll = async () => {
      // The archive closed meanwhile: its jobs are no longer ours to show.
      if (!get().archive || !get().jobs[view.id]) return;
      try {
        const next = await call('getArchiveJob', { id: view.id });
        if (!get().jobs[view.id]) return;
        set({ jobs: { ...get().jobs, [view.id]: next } });
        if (next.state === 'running') setTimeout(() => void poll(), POLL_MS);
        else if (next.kind === 'export') get().resetShipments();
      } catch (e) {
        get().showError(e);
      }
    };
    setTimeout(() => void poll(), POLL_MS);
  },
  async cancelJob(id) {
    try {
      const view = await call('cancelArchiveJob', { id });
      set({ jobs: { ...get().jobs, [id]: view } });
    } catch (e) {
      get().showError(e);
    }
  },
  dismissFixity() {
    set({ fixityJob: null });
  },
});
