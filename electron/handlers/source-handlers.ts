// The rows a finding points at, from the stored files themselves, so the user sees the cells as written.
import type { HandlerDeps } from './deps.ts';
import type { Session } from './session.ts';
import { fromInputError } from './errors.ts';
import { ROLES, type Result, type Role } from '../../shared/domain/types.ts';
import type { Grid } from '../../shared/import/workbook.ts';
import type { Handlers, SourcePanel, SourceRow } from '../../shared/ipc/contract.ts';
import { ipcFail, ipcOk } from '../../shared/ipc/result.ts';

const MAX_ROWS = 20;

function rowOf(cell: string): number | null {
  const m = /^[A-Z]+(\d+)$/.exec(cell);
  return m ? Number(m[1]) : null;
}

export function sourceHandlers(deps: HandlerDeps, session: Session): Pick<Handlers, 'getSources'> {
  const gridsReading = new Map<string, Promise<Result<Grid>>>();
  return {
    async getSources({ ref, findingId }) {
      const archive = session.current();
      const shipment = archive.getShipment(ref);
      const finding = shipment.findings.find((f) => f.id === findingId);
      if (!finding) return ipcFail('NOT_FOUND', `Shipment ${ref} has no finding #${findingId}.`, `Lô hàng ${ref} không có phát hiện #${findingId}.`);
      const panels: SourcePanel[] = [];
      const roles = ROLES.filter((r) => finding.refs.some((x) => x.role === r));
      for (const role of roles as Role[]) {
        const doc = shipment.documents.find((d) => d.role === role);
        if (!doc) continue;
        let grid = session.grids.get(doc.sha256);
        if (!grid) {
          // Stored files are read in the worker too: an archive may hold a file added by an older version.
          // Findings clicked in quick succession share one read of the same file.
          let reading = gridsReading.get(doc.sha256);
          if (!reading) {
            reading = deps.engine.run('grid', { file: doc.file, bytes: archive.readFile(doc.sha256) }, { subject: { file: doc.file } });
            gridsReading.set(doc.sha256, reading);
            void reading.finally(() => gridsReading.delete(doc.sha256)).catch(() => undefined);
          }
          const read = await reading;
          if (!read.ok) return fromInputError(read.error);
          grid = read.value.sheets;
          session.cacheGrid(doc.sha256, grid);
        }
        for (const sheetName of new Set(finding.refs.filter((x) => x.role === role).map((x) => x.sheet))) {
          const sheet = grid.find((s) => s.name === sheetName);
          if (!sheet) continue;
          const cells = finding.refs.filter((x) => x.role === role && x.sheet === sheetName).map((x) => x.cell);
          const rowNumbers = [...new Set(cells.map(rowOf).filter((r): r is number => r !== null))].sort((a, b) => a - b).slice(0, MAX_ROWS);
          const row = (n: number): SourceRow => ({ row: n, cells: sheet.rows[n - 1] ?? [] });
          const headerRow = doc.parsed.sheet === sheetName ? doc.parsed.table.headerEnd : undefined;
          panels.push({
            role, file: doc.file, sheet: sheetName, cells,
            columns: doc.parsed.sheet === sheetName ? doc.parsed.table.columns.map((c) => c.column) : [],
            // Which product a row is: pinned left (descriptions are cut short there, in full on hover).
            pinned: doc.parsed.sheet === sheetName
              ? (['model', 'description'] as const).flatMap((f) => doc.parsed.table.columns.filter((c) => c.field === f).map((c) => c.column)) : [],
            rows: rowNumbers.filter((n) => n !== headerRow).map(row),
            ...(headerRow ? { header: row(headerRow) } : {}),
          });
        }
      }
      return ipcOk(panels);
    },
  };
}
