// Files on their way into the folder: read, previewed (detected table and mapping), corrected, imported.
import type { Role } from '../../../shared/domain/types.ts';
import type { IpcError, LayoutOverrideInput, PreviewReply } from '../../../shared/ipc/contract.ts';
import { call, toIpcError } from '../api.ts';
import { attachmentKind, guessGroup, guessRole, roleFromContent, roleFromName } from '../import/guess-role.ts';
import type { DocGroup } from '../../../shared/ipc/groups.ts';
import type { Slice } from './types.ts';

export type Stage = 'reading' | 'detecting' | 'ready' | 'error' | 'importing' | 'done' | 'attachment' | 'attached';

export interface Pending {
  id: number;
  file: string;
  size: number;
  role: Role;
  stage: Stage;
  /** 0..1 while reading. */
  progress: number;
  bytes?: Uint8Array;
  preview?: PreviewReply;
  override?: LayoutOverrideInput;
  remember: boolean;
  error?: IpcError;
  /** A PDF or image: offered as an attachment under this checklist group instead of being refused. */
  group?: DocGroup;
}

export interface ImportSlice {
  pending: Pending[];
  selectedPending: number | null;
  /** A file arrives: from a drop (a File, read here with progress) or from the dialog (bytes already read). */
  addIncoming(file: string, size: number, read: (progress: (p: number) => void) => Promise<Uint8Array>): Promise<void>;
  chooseFiles(): Promise<void>;
  selectPending(id: number): void;
  setRole(id: number, role: Role): Promise<void>;
  correct(id: number, override: LayoutOverrideInput, remember: boolean): Promise<void>;
  setRemember(id: number, remember: boolean): void;
  /** `confirmed`: the user said yes to replacing the folder's document of that role. */
  accept(id: number, confirmed?: boolean): Promise<void>;
  acceptAll(): Promise<void>;
  discard(id: number): void;
  setGroup(id: number, group: DocGroup): void;
  attachPending(id: number): Promise<void>;
}

let nextId = 1;

export const importSlice: Slice<ImportSlice> = (set, get) => {
  const patch = (id: number, p: Partial<Pending>) =>
    set((s) => ({ pending: s.pending.map((x) => (x.id === id ? { ...x, ...p } : x)) }));
  const item = (id: number) => get().pending.find((x) => x.id === id);

  const preview = async (id: number) => {
    const it = item(id);
    if (!it?.bytes) return;
    patch(id, { stage: 'detecting', error: undefined });
    try {
      const r = await call('previewDocument', { role: it.role, file: it.file, bytes: it.bytes, ...(it.override ? { override: it.override } : {}) });
      const ok = r.detection.ok;
      patch(id, {
        preview: r, stage: ok ? 'ready' : 'error',
        ...(r.remembered && !it.override ? { override: r.remembered } : {}),
        ...(ok ? {} : { error: { code: 'INPUT', message: r.detection.error.message, messageVi: r.detection.error.messageVi } }),
      });
    } catch (e) {
      patch(id, { stage: 'error', error: toIpcError(e) });
    }
  };

  return {
    pending: [],
    selectedPending: null,
    async addIncoming(file, size, read) {
      const id = nextId++;
      const taken = new Set<Role>([...(get().folder?.documents.map((d) => d.role) ?? []), ...get().pending.map((p) => p.role)]);
      const role = guessRole(file, taken);
      set((s) => ({
        pending: [...s.pending, { id, file, size, role, stage: 'reading', progress: 0, remember: false }],
        selectedPending: s.selectedPending ?? id,
      }));
      try {
        const bytes = await read((progress) => patch(id, { progress }));
        patch(id, { bytes, progress: 1 });
        if (attachmentKind(file, bytes)) {
          patch(id, { stage: 'attachment', group: guessGroup(file) });
          return;
        }
        await preview(id);
        // A name that says nothing ("scan_0117.xlsx"): the document's own title rows may say what it is.
        const it = item(id);
        if (!roleFromName(file) && it?.preview) {
          const said = roleFromContent(it.preview.grid.rows);
          if (said && said !== it.role) await get().setRole(id, said);
        }
      } catch (e) {
        patch(id, { stage: 'error', error: toIpcError(e) });
      }
    },
    async chooseFiles() {
      try {
        const files = await call('pickFiles', { purpose: 'documents' });
        await Promise.all(files.map((f) => get().addIncoming(f.name, f.bytes.byteLength, async () => f.bytes)));
      } catch (e) {
        get().showError(e);
      }
    },
    selectPending: (id) => set({ selectedPending: id }),
    async setRole(id, role) {
      patch(id, { role, override: undefined, preview: undefined });
      await preview(id);
    },
    async correct(id, override, remember) {
      patch(id, { override, remember });
      await preview(id);
    },
    setRemember: (id, remember) => patch(id, { remember }),
    async accept(id, confirmed = false) {
      const it = item(id);
      const ref = get().folder?.ref;
      if (!it?.bytes || !ref || it.stage !== 'ready') return;
      // A document of that role is already in the folder: nothing is written before the user says so.
      const existing = get().folder?.documents.find((d) => d.role === it.role);
      if (existing && !confirmed) {
        get().askReplace({ pendingId: id, role: it.role, oldFile: existing.file, newFile: it.file });
        return;
      }
      patch(id, { stage: 'importing' });
      try {
        const reply = await call('importDocument', {
          ref, role: it.role, file: it.file, bytes: it.bytes, remember: it.remember,
          ...(it.override ? { override: it.override } : {}),
        });
        // Done: drop the bytes, keep a line saying so until the folder is left.
        patch(id, { stage: 'done', bytes: undefined, preview: undefined });
        if (reply.replaced) get().showReplacement({ ...reply.replaced, role: it.role });
        set((s) => ({ selectedPending: s.selectedPending === id ? (s.pending.find((p) => p.stage === 'ready')?.id ?? null) : s.selectedPending }));
        await get().refreshFolder();
      } catch (e) {
        patch(id, { stage: 'error', error: toIpcError(e) });
      }
    },
    async acceptAll() {
      // Files that would replace a document are asked about one by one, after the others are in.
      for (const p of get().pending.filter((x) => x.stage === 'ready')) {
        if (get().replaceAsk) break;
        await get().accept(p.id);
      }
    },
    setGroup: (id, group) => patch(id, { group }),
    async attachPending(id) {
      const it = item(id);
      const ref = get().folder?.ref;
      if (!it?.bytes || !ref || !it.group) return;
      patch(id, { stage: 'importing' });
      try {
        await call('addAttachment', { ref, name: it.file, bytes: it.bytes, group: it.group });
        patch(id, { stage: 'attached', bytes: undefined });
        await get().refreshFolder();
      } catch (e) {
        patch(id, { stage: 'error', error: toIpcError(e) });
      }
    },
    discard: (id) => set((s) => ({
      pending: s.pending.filter((p) => p.id !== id),
      selectedPending: s.selectedPending === id ? null : s.selectedPending,
    })),
  };
};
