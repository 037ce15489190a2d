// Spreadsheets built in code for the engine tests: any layout as rows of cells, written as .xlsx, .xls or
// .csv bytes, read back through the real importer, and findings reduced to what the tests compare exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { Finding, ParsedDocument, Role } from '../../shared/domain/types.ts';
import { readDocument } from '../../shared/import/read-document.ts';
import { readControlledList } from '../../shared/controlled-list/read-list.ts';
import type { ControlledListVersion } from '../../shared/controlled-list/types.ts';
import { runCheck, type CheckResult } from '../../shared/check/run-check.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

export type Cell = string | number | Date | null;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** A1 ranges, e.g. "A9:A10". */
  merges?: string[];
}

export function workbook(...sheets: SheetSpec[]): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows);
    if (s.merges) ws['!merges'] = s.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  return wb;
}

export function xlsxBytes(wb: XLSX.WorkBook, bookType: 'xlsx' | 'biff8' = 'xlsx'): Uint8Array {
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }));
}

/** One sheet as .xlsx bytes. */
export function sheetBytes(rows: Cell[][], name = 'Sheet1', merges?: string[]): Uint8Array {
  return xlsxBytes(workbook({ name, rows, merges }));
}

/** CSV written by hand, as a European Excel or an ERP export writes it: quoting only where needed. */
export function csvBytes(rows: (string | number | null)[][], opts: { sep?: string; bom?: boolean; eol?: string } = {}): Uint8Array {
  const sep = opts.sep ?? ',';
  const quote = (v: string | number | null): string => {
    const s = v === null ? '' : String(v);
    return s.includes(sep) || s.includes('"') || s.includes('\n') ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = rows.map((r) => r.map(quote).join(sep)).join(opts.eol ?? '\r\n') + (opts.eol ?? '\r\n');
  const body = new TextEncoder().encode(text);
  if (!opts.bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** Reads a document through the real importer; a failure fails the test with the engine's own sentence. */
export function readDoc(role: Role, file: string, bytes: Uint8Array): ParsedDocument {
  const r = readDocument({ role, file, bytes });
  if (!r.ok) throw new Error(`readDocument(${role}, ${file}) failed: ${r.error.message}`);
  return r.value;
}

function listFrom(path: string, file: string, id: string, legalBasis: string, effectiveFrom: string): ControlledListVersion {
  const r = readControlledList(file, new Uint8Array(readFileSync(path)), { id, legalBasis, effectiveFrom, source: file });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

export const LIST_2016 = listFrom(join(ROOT, 'resources', 'controlled-lists', 'appendix-ii-58-2016.csv'),
  'appendix-ii-58-2016.csv', '58/2016/NĐ-CP', 'Decree 58/2016/NĐ-CP', '2016-07-01');

export function list2025(): ControlledListVersion {
  return listFrom(join(ROOT, 'seeds', 'controlled-lists', 'appendix-211-2025.csv'),
    'appendix-211-2025.csv', '211/2025/NĐ-CP', 'Decree 211/2025/NĐ-CP', '2025-09-09');
}

export const CHECK_DATE = '2026-11-20';

export function check(docs: ParsedDocument[], date = CHECK_DATE, lists: ControlledListVersion[] = [LIST_2016]): CheckResult {
  return runCheck(docs, { date, lists });
}

export interface Brief {
  code: string;
  model?: string;
  /** For NOT_CHECKED: which rule did not run, and for what it lacked. */
  rule?: string;
  need?: string;
  refs: string[];
}

/** A finding as the tests compare it: code, model, and refs as "role!sheet!cell". */
export function brief(findings: Finding[]): Brief[] {
  return findings.map((f) => ({
    code: f.code,
    ...(f.model !== undefined ? { model: f.model } : {}),
    ...(f.code === 'NOT_CHECKED' ? { rule: String(f.params.rule), need: String(f.params.need) } : {}),
    refs: f.refs.map((r) => `${r.role}!${r.sheet}!${r.cell}`),
  }));
}

export function codes(findings: Finding[]): string[] {
  return findings.map((f) => f.code);
}

// ---------------------------------------------------------------------------------------------------------
// Plain documents for rule tests: a fixed, simple layout so each test states only the lines that matter.

export interface Line {
  model: string;
  description?: string;
  hs?: string | number;
  qty?: number | string;
  unit?: string;
  price?: number | string;
  amount?: number | string;
  origin?: string;
  packages?: number | string;
  net?: number | string;
  gross?: number | string;
}

const v = (x: Cell | undefined): Cell => (x === undefined ? null : x);

/**
 * Invoice on sheet "Invoice": header block rows 1–3, table header on row 5, lines from row 6.
 * Columns: A No. | B Model | C Description | D HS Code | E Quantity | F Unit | G Unit Price | H Amount | I Origin.
 * `amount` defaults to qty × price; `total` adds a TOTAL row right after the lines (amount in column H).
 */
export function invoice(lines: Line[], opts: { total?: number | string; number?: string } = {}): ParsedDocument {
  const rows: Cell[][] = [
    ['COMMERCIAL INVOICE'],
    [`Invoice No.: ${opts.number ?? 'INV-2026-041'}`, null, null, null, null, null, 'Date:', '2026-11-02'],
    ['Currency: USD'],
    [],
    ['No.', 'Model', 'Description', 'HS Code', 'Quantity', 'Unit', 'Unit Price', 'Amount', 'Origin'],
  ];
  lines.forEach((l, i) => {
    const amount = l.amount ?? (typeof l.qty === 'number' && typeof l.price === 'number' ? Math.round(l.qty * l.price * 100) / 100 : null);
    rows.push([i + 1, l.model, v(l.description ?? 'Network appliance'), v(l.hs), v(l.qty), v(l.unit), v(l.price), amount, v(l.origin)]);
  });
  if (opts.total !== undefined) rows.push(['TOTAL', null, null, null, null, null, null, opts.total]);
  return readDoc('invoice', 'invoice.xlsx', sheetBytes(rows, 'Invoice'));
}

/**
 * Packing list on sheet "PL": header on row 1, lines from row 2.
 * Columns: A Model | B Quantity | C Unit | D Packages | E N.W. (kg) | F G.W. (kg) | G Origin.
 * `totals` adds a TOTAL row right after the lines.
 */
export function packingList(lines: Line[], totals?: { packages?: number | string; net?: number | string; gross?: number | string }): ParsedDocument {
  const rows: Cell[][] = [['Model', 'Quantity', 'Unit', 'Packages', 'N.W. (kg)', 'G.W. (kg)', 'Origin']];
  for (const l of lines) rows.push([l.model, v(l.qty), v(l.unit), v(l.packages), v(l.net), v(l.gross), v(l.origin)]);
  if (totals) rows.push(['TOTAL', null, null, v(totals.packages), v(totals.net), v(totals.gross)]);
  return readDoc('packing_list', 'pl.xlsx', sheetBytes(rows, 'PL'));
}

/**
 * Permit on sheet "GP": number row 1, issue date row 2, validity row 3, table header row 5, lines from row 6.
 * Columns: A STT | B Model | C Mã HS | D Số lượng | E Đơn vị tính | F Xuất xứ.
 */
export function permit(lines: Line[], opts: { issued?: Cell; validUntil?: Cell } = {}): ParsedDocument {
  const rows: Cell[][] = [
    ['Số giấy phép:', '245/2026/GP-BCY'],
    ['Ngày cấp:', opts.issued === undefined ? '15/10/2026' : opts.issued],
    ['Có giá trị đến:', opts.validUntil === undefined ? '14/10/2027' : opts.validUntil],
    [],
    ['STT', 'Ký hiệu (Model)', 'Mã HS', 'Số lượng', 'Đơn vị tính', 'Xuất xứ'],
  ];
  lines.forEach((l, i) => rows.push([i + 1, l.model, v(l.hs), v(l.qty), v(l.unit), v(l.origin)]));
  return readDoc('permit', 'permit.xlsx', sheetBytes(rows, 'GP'));
}

/** Catalogue on sheet "Cat": header row 1, lines from row 2. Columns: A Model | B HS Code | C Origin. */
export function catalogue(lines: Line[]): ParsedDocument {
  const rows: Cell[][] = [['Model', 'HS Code', 'Origin']];
  for (const l of lines) rows.push([l.model, v(l.hs), v(l.origin)]);
  return readDoc('catalogue', 'catalogue.xlsx', sheetBytes(rows, 'Cat'));
}

/** A model that is not controlled (a patch cable), agreeing everywhere: the background of most rule tests. */
export const CABLE: Line = { model: 'CBL-CAT6-2M', hs: '8544.42.94', qty: 100, unit: 'PCS', price: 1.75, origin: 'Vietnam', packages: 1, net: 5, gross: 6 };
/** A controlled firewall (8517.62.59, under the 2016 list's 6-digit entry 8517.62). */
export const FIREWALL: Line = { model: 'FW-200E', hs: '8517.62.59', qty: 10, unit: 'PCS', price: 1200.5, origin: 'Taiwan', packages: 2, net: 20, gross: 24 };
