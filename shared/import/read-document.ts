// One spreadsheet → one document: its line items and header block, every value with its source cell.
import type { LineField, ParsedDocument, Result, Role } from '../domain/types.ts';
import { LINE_FIELDS, fail, ok } from '../domain/types.ts';
import { detectTable, REQUIRED_FIELDS, tableQuality, type DetectedTable } from './detect-table.ts';
import { readBody } from './read-lines.ts';
import { readHeaderBlock } from './read-header.ts';
import { readParties } from './read-parties.ts';
import { permitDirection } from './permit-direction.ts';
import { columnIndex, columnLetter, inputError, readWorkbook, type Sheet, type Workbook } from './workbook.ts';
import { refineColumns } from './refine-columns.ts';
import { convertLegacyCells, legacyNotes } from './legacy-cells.ts';
import { sheetRoleAffinity } from './sheet-role.ts';
import { describeField, describeFieldVi, roleName, roleNameVi } from './field-names.ts';
import { quoteText } from './quote-text.ts';

/** A user's correction of what was detected, remembered per supplier layout. */
export interface LayoutOverride {
  sheet?: string;
  /** 1-based row of the (last) header row. */
  headerRow?: number;
  /** Field → column letter; null removes a detected mapping. */
  columns?: Partial<Record<LineField, string | null>>;
}

export interface ReadRequest {
  role: Role;
  /** File name as given by the user (used in messages and for the format). */
  file: string;
  bytes: Uint8Array;
  override?: LayoutOverride;
}

/** Reads one spreadsheet into a document, or says in one sentence why it cannot be used. */
export function readDocument(req: ReadRequest): Result<ParsedDocument> {
  const wb = readWorkbook(baseName(req.file), req.bytes);
  return wb.ok ? documentFromWorkbook(wb.value, req) : wb;
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '');
}

/** As readDocument, on a workbook already read (the import preview also shows its grid and layout key). */
export function documentFromWorkbook(wb: Workbook, req: Omit<ReadRequest, 'bytes'>): Result<ParsedDocument> {
  const file = baseName(req.file);
  // TCVN3 / VNI-Windows cells are read converted (headers included); each conversion becomes a note.
  const sheets = wb.sheets.map(convertLegacyCells);
  const picked = pickTable(file, req.role, sheets, req.override);
  if (!picked.ok) return picked;
  const table = refineColumns(picked.value);
  const body = readBody(table, req.role);
  const header = readHeaderBlock(table, body, req.role);
  const parties = readParties(table, req.role);
  if (body.lines.length === 0) {
    return fail(inputError(file,
      `${file}, sheet "${table.sheet.name}": the ${roleName(req.role)} table under row ${table.headerEnd + 1} has no line items with a model and quantity.`,
      `${file}, trang "${table.sheet.name}": bảng ${roleNameVi(req.role)} dưới dòng ${table.headerEnd + 1} không có dòng hàng nào có model và số lượng.`,
      table.sheet.name));
  }
  return ok({
    role: req.role,
    file,
    sheet: table.sheet.name,
    table: {
      sheet: table.sheet.name,
      headerStart: table.headerStart + 1,
      headerEnd: table.headerEnd + 1,
      firstRow: body.firstRow + 1,
      lastRow: body.lastRow + 1,
      columns: table.columns,
    },
    header,
    lines: body.lines,
    ...permitDirectionOf(req.role, table),
    ...(parties.consignee || parties.shipper ? { parties } : {}),
    notes: [...legacyNotes(table.sheet, 1, table.sheet.rows.length), ...body.notes],
  });
}

function permitDirectionOf(role: Role, table: DetectedTable): Pick<ParsedDocument, 'direction'> {
  if (role !== 'permit') return {};
  const direction = permitDirection(table.sheet.rows, table.headerStart, table.sheet.name);
  return direction ? { direction } : {};
}

function pickTable(file: string, role: Role, sheets: Sheet[], override?: LayoutOverride): Result<DetectedTable> {
  const candidates = override?.sheet ? sheets.filter((s) => s.name === override.sheet) : sheets;
  if (candidates.length === 0) {
    return fail(inputError(file, `${file} has no sheet named "${override?.sheet}": choose one of ${sheets.map((s) => `"${s.name}"`).join(', ')}.`,
      `${file} không có trang tên "${override?.sheet}": hãy chọn một trong ${sheets.map((s) => `"${s.name}"`).join(', ')}.`));
  }
  let best: DetectedTable | null = null;
  let bestRank: number[] = [];
  for (const sheet of candidates) {
    const hint = override?.headerRow !== undefined ? override.headerRow - 1 : undefined;
    let t = detectTable(sheet, role, hint);
    if (t && override?.columns) t = applyColumnOverride(t, override.columns, role);
    if (!t) continue;
    // A workbook holding both documents (sheets "CI" and "PL"): each role takes the usable sheet whose name or
    // title says it, before the one with the most columns.
    const rank = [t.missing.length === 0 ? 1 : 0, candidates.length > 1 ? sheetRoleAffinity(sheet, role, t.headerStart) : 0, tableQuality(t)];
    if (!best || isBetter(rank, bestRank)) {
      best = t;
      bestRank = rank;
    }
  }
  if (!best) {
    const where = candidates.length === 1 ? `sheet "${candidates[0].name}"` : `any of its ${candidates.length} sheets`;
    const whereVi = candidates.length === 1 ? `trang "${candidates[0].name}"` : `${candidates.length} trang của tệp`;
    return fail(inputError(file,
      `${file}: no line-item table found on ${where} (looked for a header row naming columns such as Model, Quantity, Unit price): check that this is the ${roleName(role)}.`,
      `${file}: không tìm thấy bảng hàng hóa trên ${whereVi} (cần một dòng tiêu đề có các cột như Model, Số lượng, Đơn giá): hãy kiểm tra đây có đúng là ${roleNameVi(role)}.`,
      candidates.length === 1 ? candidates[0].name : undefined));
  }
  if (best.missing.length > 0) {
    const field = best.missing[0];
    // Many invoices name the goods only in a description ("SG-100F Firewall appliance"): say where they are.
    const desc = field === 'model' ? best.columns.find((c) => c.field === 'description') : undefined;
    const hint = desc ? ` (the goods are named only in column ${desc.column}, "${quoteText(desc.header.split(' / ')[0])}")` : '';
    const hintVi = desc ? ` (hàng hóa chỉ được ghi ở cột ${desc.column}, "${quoteText(desc.header.split(' / ')[0])}")` : '';
    return fail(inputError(file,
      `${file}, sheet "${best.sheet.name}": no ${describeField(field)} column found in the header on row ${best.headerEnd + 1}${hint}: add or rename that column and retry.`,
      `${file}, trang "${best.sheet.name}": không tìm thấy cột ${describeFieldVi(field)} ở dòng tiêu đề ${best.headerEnd + 1}${hintVi}: hãy thêm hoặc đặt lại tên cột rồi thử lại.`,
      best.sheet.name, describeField(field)));
  }
  return ok(best);
}

function isBetter(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

function applyColumnOverride(t: DetectedTable, columns: Partial<Record<LineField, string | null>>, role: Role): DetectedTable {
  const mapping = new Map(t.columns.map((c) => [c.field, c]));
  for (const field of LINE_FIELDS) {
    if (!(field in columns)) continue;
    const letter = columns[field];
    if (letter === null || letter === undefined) {
      mapping.delete(field);
      continue;
    }
    const c = columnIndex(letter);
    // A column serves one field: moving a field onto it releases the column's previous field.
    for (const [f, m] of mapping) if (m.column === columnLetter(c) && f !== field) mapping.delete(f);
    const header = String(t.sheet.rows[t.headerEnd]?.[c] ?? '');
    mapping.set(field, { field, column: columnLetter(c), header });
  }
  const list = [...mapping.values()].sort((a, b) => columnIndex(a.column) - columnIndex(b.column));
  const index: Partial<Record<LineField, number>> = {};
  for (const m of list) index[m.field] = columnIndex(m.column);
  return { ...t, columns: list, index, missing: REQUIRED_FIELDS[role].filter((f) => index[f] === undefined) };
}
