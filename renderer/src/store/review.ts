// Replacing documents and reviewing acknowledgements: the replacement asked for and what it changed, old
// versions opened from the history, acknowledgements edited, withdrawn or given to a group of findings.
import type { DocumentVersionDetail, FindingView, ReplacementView } from '../../../shared/ipc/contract.ts';
import type { Role } from '../../../shared/domain/types.ts';
import { call } from '../api.ts';
import type { Slice } from './types.ts';

/** A file about to replace the folder's document of its role: asked before anything is written. */
export interface ReplaceAsk { pendingId: number; role: Role; oldFile: string; newFile: string }

export interface ReviewSlice {
  replaceAsk: ReplaceAsk | null;
  /** What the last replacement in this folder changed, shown until closed or the folder is left. */
  replacement: (ReplacementView & { role: Role }) | null;
  version: DocumentVersionDetail | null;
  /** Findings ticked in the list for one acknowledgement. */
  checked: number[];
  askReplace(ask: ReplaceAsk): void;
  answerReplace(confirmed: boolean): Promise<void>;
  showReplacement(r: (ReplacementView & { role: Role }) | null): void;
  openVersion(id: number): Promise<void>;
  closeVersion(): void;
  editAck(id: number, note: string): Promise<boolean>;
  withdrawAck(id: number): Promise<boolean>;
  toggleChecked(id: number): void;
  setChecked(ids: number[]): void;
  ackChecked(note: string): Promise<boolean>;
}

export const reviewSlice: Slice<ReviewSlice> = (set, get) => {
  const put = (updated: FindingView[]) => {
    const byId = new Map(updated.map((f) => [f.id, f]));
    set((s) => ({ folder: s.folder && { ...s.folder, findings: s.folder.findings.map((f) => byId.get(f.id) ?? f) } }));
  };
  const ctx = () => {
    const folder = get().folder;
    return folder ? { ref: folder.ref, lang: get().lang } : null;
  };
  return {
    replaceAsk: null,
    replacement: null,
    version: null,
    checked: [],
    askReplace: (ask) => set({ replaceAsk: ask }),
    async answerReplace(confirmed) {
      const ask = get().replaceAsk;
      set({ replaceAsk: null });
      if (ask && confirmed) await get().accept(ask.pendingId, true);
    },
    showReplacement: (replacement) => set({ replacement }),
    async openVersion(id) {
      const c = ctx();
      if (!c) return;
      try {
        set({ version: await call('getDocumentVersion', { ref: c.ref, versionId: id }) });
      } catch (e) {
        get().showError(e);
      }
    },
    closeVersion: () => set({ version: null }),
    async editAck(id, note) {
      const c = ctx();
      if (!c) return false;
      try {
        put([await call('editAcknowledgement', { ...c, findingId: id, note })]);
        return true;
      } catch (e) {
        get().showError(e);
        return false;
      }
    },
    async withdrawAck(id) {
      const c = ctx();
      if (!c) return false;
      try {
        put([await call('withdrawAcknowledgement', { ...c, findingId: id })]);
        // The header's counts and status follow from the archive.
        await get().refreshFolder();
        return true;
      } catch (e) {
        get().showError(e);
        return false;
      }
    },
    toggleChecked: (id) => set((s) => ({ checked: s.checked.includes(id) ? s.checked.filter((x) => x !== id) : [...s.checked, id] })),
    setChecked: (ids) => set({ checked: ids }),
    async ackChecked(note) {
      const c = ctx();
      const ids = get().checked;
      if (!c || ids.length === 0) return false;
      try {
        put(await call('acknowledgeFindings', { ...c, findingIds: ids, note }));
        set({ checked: [] });
        await get().refreshFolder();
        return true;
      } catch (e) {
        get().showError(e);
        return false;
      }
    },
  };
};
