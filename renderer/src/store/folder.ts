// The shipment folder on screen: its documents and findings as the archive returned them, the selected finding
// and its source rows.
import type { AuditView, ShipmentView, SourcePanel } from '../../../shared/ipc/contract.ts';
import { call } from '../api.ts';
import type { Slice } from './types.ts';
import { followSelection } from '../folder/follow-selection.ts';
import { NO_FILTER, type FindingFilter } from '../folder/finding-filter.ts';

export type FolderTab = 'documents' | 'check' | 'checklist' | 'timeline' | 'form07' | 'history' | 'records';

export interface FolderSlice {
  folder: ShipmentView | null;
  tab: FolderTab;
  selectedFinding: number | null;
  sources: SourcePanel[] | null;
  audit: AuditView[] | null;
  /** What the cross-check tab's filter bar lets through; cleared when another folder opens. */
  findingFilter: FindingFilter;
  setFindingFilter(change: Partial<FindingFilter>): void;
  loadAudit(): Promise<void>;
  openFolder(ref: string): Promise<void>;
  refreshFolder(): Promise<void>;
  setTab(tab: FolderTab): void;
  selectFinding(id: number): Promise<void>;
  acknowledge(id: number, note: string): Promise<boolean>;
  /** The declarant's open / reviewed (`despiteErrors` once they confirmed over unacknowledged errors); true when set. */
  setFolderStatus(status: 'open' | 'reviewed', despiteErrors?: boolean): Promise<boolean>;
  /** "Declared" was chosen while no declaration is recorded: the Records tab asks for it. */
  declareAsked: boolean;
  askDeclaration(): void;
  attach(group: import('../../../shared/ipc/groups.ts').DocGroup): Promise<void>;
  backToList(): void;
}

export const folderSlice: Slice<FolderSlice> = (set, get) => ({
  folder: null,
  tab: 'documents',
  selectedFinding: null,
  sources: null,
  audit: null,
  declareAsked: false,
  findingFilter: NO_FILTER,
  setFindingFilter: (change) => set((s) => ({ findingFilter: { ...s.findingFilter, ...change } })),
  async loadAudit() {
    const ref = get().folder?.ref;
    if (!ref) return;
    set({ audit: null });
    try {
      set({ audit: await call('getAudit', { ref }) });
    } catch (e) {
      get().showError(e);
    }
  },
  async openFolder(ref) {
    try {
      const folder = await call('getShipment', { ref, lang: get().lang });
      set({ folder, screen: 'folder', tab: folder.documents.length ? 'check' : 'documents', selectedFinding: null, sources: null, pending: [], audit: null, error: null,
        replacement: null, replaceAsk: null, version: null, checked: [], declareAsked: false, findingFilter: NO_FILTER });
    } catch (e) {
      get().showError(e);
    }
  },
  async refreshFolder() {
    const ref = get().folder?.ref;
    if (!ref) return;
    try {
      const folder = await call('getShipment', { ref, lang: get().lang });
      const { folder: before, selectedFinding } = get();
      if (before?.ref !== ref) return; // the user left this folder meanwhile
      // The selection follows the finding (code and model), not its id or row; its cells are fetched again from
      // the documents now in the folder, never kept from the file that was replaced.
      const keep = followSelection(before.findings, selectedFinding, folder.findings);
      // Ticks on findings that no longer exist go.
      const ids = new Set(folder.findings.map((f) => f.id));
      set((s) => ({ folder, selectedFinding: keep, sources: null, checked: s.checked.filter((id) => ids.has(id)) }));
      if (keep !== null) await get().selectFinding(keep);
    } catch (e) {
      get().showError(e);
    }
  },
  setTab: (tab) => set({ tab }),
  async selectFinding(id) {
    const ref = get().folder?.ref;
    if (!ref) return;
    set({ selectedFinding: id, sources: null });
    try {
      const sources = await call('getSources', { ref, findingId: id });
      if (get().selectedFinding === id) set({ sources });
    } catch (e) {
      get().showError(e);
    }
  },
  async acknowledge(id, note) {
    const folder = get().folder;
    if (!folder) return false;
    try {
      const updated = await call('acknowledgeFinding', { ref: folder.ref, findingId: id, note, lang: get().lang });
      set((s) => ({ folder: s.folder && { ...s.folder, findings: s.folder.findings.map((f) => (f.id === id ? updated : f)) } }));
      return true;
    } catch (e) {
      get().showError(e);
      return false;
    }
  },
  async setFolderStatus(status, despiteErrors) {
    const folder = get().folder;
    if (!folder) return false;
    try {
      const next = await call('setFolderStatus', { ref: folder.ref, status, lang: get().lang, ...(despiteErrors ? { despiteErrors } : {}) });
      // The audit trail has a new entry: the History tab reads it afresh. The list is fetched again on the way back.
      set((s) => (s.folder?.ref === folder.ref ? { folder: next, audit: null, error: null } : {}));
      return true;
    } catch (e) {
      get().showError(e);
      return false;
    }
  },
  askDeclaration: () => set({ tab: 'records', declareAsked: true }),
  async attach(group) {
    const ref = get().folder?.ref;
    if (!ref) return;
    try {
      const files = await call('pickFiles', { purpose: 'attachment' });
      for (const f of files) await call('addAttachment', { ref, name: f.name, bytes: f.bytes, group });
      if (files.length) await get().refreshFolder();
    } catch (e) {
      get().showError(e);
    }
  },
  backToList() {
    set({ screen: 'shipments', folder: null, pending: [], error: null });
    get().resetShipments();
  },
});
