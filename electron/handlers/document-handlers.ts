// Importing spreadsheets: pick, preview (with the remembered correction for the supplier's layout),
// store and re-check the whole folder.
import { basename } from 'node:path';
import type { HandlerDeps } from './deps.ts';
import { fromInputError } from './errors.ts';
import { today, type Session } from './session.ts';
import { toDocumentInfo } from './views.ts';
import { headerValues } from '../../shared/check/report.ts';
import { recheckFolder } from './permit-handlers.ts';
import type { ParsedDocument, Result, Role } from '../../shared/domain/types.ts';
import { layoutKeyOf } from '../../shared/import/layout-key.ts';
import { documentFromWorkbook, type LayoutOverride } from '../../shared/import/read-document.ts';
import { gridOf, readWorkbook, type Workbook } from '../../shared/import/workbook.ts';
import type { Handlers, LayoutOverrideInput, PreviewGrid } from '../../shared/ipc/contract.ts';
import { ipcOk } from '../../shared/ipc/result.ts';
import { importNotices } from '../../shared/check/import-notices.ts';

type DocumentHandlers = Pick<Handlers, 'pickFiles' | 'previewDocument' | 'importDocument' | 'addAttachment'>;

const PREVIEW_ROWS = 30;
const PREVIEW_COLS = 30;

export function documentHandlers(deps: HandlerDeps, session: Session): DocumentHandlers {
  const rememberedFor = (role: Role, wb: Workbook): LayoutOverrideInput | undefined => {
    const saved = session.current().getLayout(layoutKeyOf(role, wb));
    return saved && typeof saved === 'object' ? (saved as LayoutOverrideInput) : undefined;
  };

  return {
    async pickFiles({ purpose }) {
      const paths = await deps.dialogs.openFiles(purpose);
      const files = await Promise.all(paths.map(async (p) => ({ name: basename(p), bytes: await deps.readFile(p) })));
      return ipcOk(files);
    },

    async previewDocument({ role, file, bytes, override }) {
      // One read of the workbook serves the grid, the layout key and the detection: 10,000-line files take seconds.
      const wb = readWorkbook(file, bytes);
      if (!wb.ok) return fromInputError(wb.error);
      const grid = gridOf(wb.value);
      const remembered = !override && session.isOpen() ? rememberedFor(role, wb.value) : undefined;
      const doc: Result<ParsedDocument> = documentFromWorkbook(wb.value, { role, file, override: (override ?? remembered) as LayoutOverride | undefined });
      const sheetName = doc.ok ? doc.value.sheet : (override?.sheet ?? grid.sheets[0]?.name ?? '');
      const sheet = grid.sheets.find((s) => s.name === sheetName) ?? grid.sheets[0];
      const start = doc.ok ? Math.max(1, doc.value.table.headerStart - 3) : Math.max(1, (override?.headerRow ?? 1) - 3);
      const preview: PreviewGrid = {
        sheets: grid.sheets.map((s) => s.name),
        sheet: sheet?.name ?? '',
        firstRow: start,
        rows: (sheet?.rows ?? []).slice(start - 1, start - 1 + PREVIEW_ROWS).map((r) => r.slice(0, PREVIEW_COLS)),
        totalRows: sheet?.rows.length ?? 0,
      };
      const detection = doc.ok
        ? { ok: true as const, table: doc.value.table, lines: doc.value.lines.length, header: headerValues(doc.value.header), notes: doc.value.notes.length,
          notices: importNotices(doc.value) }
        : { ok: false as const, error: doc.error };
      return ipcOk({ grid: preview, detection, ...(remembered ? { remembered } : {}) });
    },

    async importDocument({ ref, role, file, bytes, override, remember }) {
      const archive = session.current();
      archive.getShipment(ref); // fail on an unknown folder before the costly read
      const wb = readWorkbook(file, bytes);
      if (!wb.ok) return fromInputError(wb.error);
      const parsed = documentFromWorkbook(wb.value, { role, file, override: override as LayoutOverride | undefined });
      if (!parsed.ok) return fromInputError(parsed.error);
      const stored = archive.addDocument(ref, { name: file, bytes, role, parsed: parsed.value });
      if (remember && override) archive.saveLayout(layoutKeyOf(role, wb.value), override);
      // Against the folder's permit, its own file or the registered copy it uses by number.
      const summary = recheckFolder(archive, ref, today(deps.clock), session);
      return ipcOk({ document: toDocumentInfo({ ...stored, parsed: parsed.value }), summary });
    },

    async addAttachment({ ref, name, bytes, group }) {
      const f = session.current().addAttachment(ref, { name, bytes }, group);
      return ipcOk({ name: f.name, sha256: f.sha256, bytes: f.bytes, group });
    },
  };
}
