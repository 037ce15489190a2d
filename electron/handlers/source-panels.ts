// What the source-cell view shows for one finding, from the parsed documents and their sheets as displayed:
// the table's header rows with their merged labels, the referenced rows, header-block cells under their own
// labels, and for a controlled item missing from the permit, the lines the permit does list.
import type { CellRef, FindingCode, HeaderKey, ParsedDocument, Role, Sourced } from '../../shared/domain/types.ts';
import { ROLES } from '../../shared/domain/types.ts';
import { columnIndex, columnLetter, type Grid } from '../../shared/import/workbook.ts';
import type { HeaderSpan, LabelledCell, SourcePanel, SourceRow } from '../../shared/ipc/contract.ts';

export const MAX_ROWS = 20;

export type GridSheet = Grid['sheets'][number];

export interface PanelDocument {
  role: Role;
  file: string;
  parsed: ParsedDocument;
}

/** The documents whose sheets the panels of a finding need: those it points at, and the permit for NOT_IN_PERMIT. */
export function rolesShown(finding: { code: FindingCode; refs: CellRef[] }, docs: PanelDocument[]): Role[] {
  const roles = new Set<Role>(finding.refs.map((x) => x.role));
  if (finding.code === 'NOT_IN_PERMIT' && docs.some((d) => d.role === 'permit')) roles.add('permit');
  return ROLES.filter((r) => roles.has(r) && docs.some((d) => d.role === r));
}

function cellAt(cell: string): { col: number; row: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  return m ? { col: columnIndex(m[1]), row: Number(m[2]) } : null;
}

export function sourcePanels(
  finding: { code: FindingCode; refs: CellRef[] },
  docs: PanelDocument[],
  sheetsOf: (role: Role) => GridSheet[] | undefined,
): SourcePanel[] {
  const panels: SourcePanel[] = [];
  for (const role of rolesShown(finding, docs)) {
    const doc = docs.find((d) => d.role === role)!;
    const sheets = sheetsOf(role) ?? [];
    const refs = finding.refs.filter((x) => x.role === role);
    if (refs.length === 0) {
      // NOT_IN_PERMIT: no permit cell is "the" cell; the permit's product lines say what it does list.
      // Without its sheet (the stored file no longer has it, or the caller has only the register's copy, kept as
      // read and not as a file), the lines as read: never an empty space where the permit's lines belong.
      const sheet = sheets.find((s) => s.name === doc.parsed.sheet);
      panels.push(sheet ? permitLines(doc, sheet) : permitLinesAsRead(doc));
      continue;
    }
    for (const sheetName of new Set(refs.map((x) => x.sheet))) {
      const sheet = sheets.find((s) => s.name === sheetName);
      if (!sheet) continue;
      const cells = refs.filter((x) => x.sheet === sheetName).map((x) => x.cell);
      panels.push(panelOf(doc, sheet, cells));
    }
  }
  return panels;
}

function rowOf(sheet: GridSheet, n: number): SourceRow {
  return { row: n, cells: sheet.rows[n - 1] ?? [] };
}

/** The table's recognised columns and header rows, when the panel's sheet is the one the table was read from. */
function tableParts(doc: PanelDocument, sheet: GridSheet): Pick<SourcePanel, 'columns' | 'pinned' | 'headers' | 'spans'> {
  if (doc.parsed.sheet !== sheet.name) return { columns: [], pinned: [] };
  const { table } = doc.parsed;
  const headers: SourceRow[] = [];
  for (let n = table.headerStart; n <= table.headerEnd; n++) headers.push(rowOf(sheet, n));
  const spans = headerSpans(sheet, table.headerStart, table.headerEnd);
  return {
    columns: table.columns.map((c) => c.column),
    pinned: pinnedColumns(table),
    ...(headers.length > 0 ? { headers } : {}),
    ...(spans.length > 0 ? { spans } : {}),
  };
}

/** Which product a row is: the model and description columns, pinned left (descriptions cut short, in full on hover). */
function pinnedColumns(table: ParsedDocument['table']): string[] {
  return (['model', 'description'] as const).flatMap((f) => table.columns.filter((c) => c.field === f).map((c) => c.column));
}

/** Merged cells within the header rows (1-based, inclusive), clipped to them. */
export function headerSpans(sheet: GridSheet, start: number, end: number): HeaderSpan[] {
  const spans: HeaderSpan[] = [];
  for (const m of sheet.merges ?? []) {
    const top = Math.max(m.s.r + 1, start);
    const bottom = Math.min(m.e.r + 1, end);
    if (top > bottom) continue;
    const cols = Math.min(m.e.c, 255) - m.s.c + 1;
    const rows = bottom - top + 1;
    if (cols < 1 || (cols === 1 && rows === 1)) continue;
    spans.push({ cell: `${columnLetter(m.s.c)}${top}`, cols, rows });
  }
  return spans;
}

function panelOf(doc: PanelDocument, sheet: GridSheet, cells: string[]): SourcePanel {
  const parts = tableParts(doc, sheet);
  const onTable = doc.parsed.sheet === sheet.name;
  const { headerStart, headerEnd } = doc.parsed.table;
  const fields: LabelledCell[] = [];
  const rows = new Set<number>();
  for (const cell of cells) {
    const at = cellAt(cell);
    if (!at) continue;
    // Above the table: a header-block value (a permit's validity), not a column of the product lines.
    if (onTable && at.row < headerStart) fields.push(labelled(doc.parsed, sheet, cell, at));
    else if (!onTable || at.row > headerEnd) rows.add(at.row);
  }
  return {
    role: doc.role, file: doc.file, sheet: sheet.name, cells, ...parts,
    ...(fields.length > 0 ? { fields } : {}),
    rows: [...rows].sort((a, b) => a - b).slice(0, MAX_ROWS).map((n) => rowOf(sheet, n)),
  };
}

/** The cell's value and the label the sheet writes before it on its row ("Có giá trị đến:" | 14/10/2027). */
function labelled(parsed: ParsedDocument, sheet: GridSheet, cell: string, at: { col: number; row: number }): LabelledCell {
  const row = sheet.rows[at.row - 1] ?? [];
  let label = '';
  for (let c = at.col - 1; c >= 0 && !label; c--) label = (row[c] ?? '').trim();
  const key = (Object.keys(parsed.header) as HeaderKey[])
    .find((k) => parsed.header[k]?.sheet === sheet.name && parsed.header[k]?.cell === cell);
  return { cell, label, value: row[at.col] ?? '', ...(key ? { key } : {}) };
}

function permitLines(doc: PanelDocument, sheet: GridSheet): SourcePanel {
  const lines = [...new Set(doc.parsed.lines.map((l) => l.row))].sort((a, b) => a - b);
  return {
    role: doc.role, file: doc.file, sheet: sheet.name, cells: [], ...tableParts(doc, sheet),
    context: 'permit_lines', total: lines.length,
    rows: lines.slice(0, MAX_ROWS).map((n) => rowOf(sheet, n)),
  };
}

/** The permit's lines as the import read them, each value in its own column: for a permit with no sheet to show. */
function permitLinesAsRead(doc: PanelDocument): SourcePanel {
  const { table, lines } = doc.parsed;
  const cellsOf = (text: (c: (typeof table.columns)[number]) => string): string[] => {
    const cells: string[] = [];
    for (const c of table.columns) cells[columnIndex(c.column)] = text(c);
    return Array.from(cells, (v) => v ?? '');
  };
  const shown = (v: Sourced<string | number> | undefined) => (v ? v.raw ?? String(v.value) : '');
  return {
    role: doc.role, file: doc.file, sheet: doc.parsed.sheet, cells: [],
    columns: table.columns.map((c) => c.column),
    pinned: pinnedColumns(table),
    headers: [{ row: table.headerEnd, cells: cellsOf((c) => c.header) }],
    context: 'permit_lines', total: lines.length,
    rows: lines.slice(0, MAX_ROWS).map((l) => ({ row: l.row, cells: cellsOf((c) => shown(l[c.field])) })),
  };
}
