// Finds the line-item table on a sheet: the header row (or two merged rows), and which column is which field.
import type { ColumnMapping, LineField, Role } from '../domain/types.ts';
import { classifyColumnHeader } from './header-vocabulary.ts';
import { columnLetter, displayText, type Sheet } from './workbook.ts';
import weightGroups from '../vocabulary/weight-groups.json';
import { containsPhrase, fold } from '../parse/fold.ts';

/** Letterheads rarely run past this many rows; scanning further costs time on 10,000-line sheets. */
const SCAN_ROWS = 80;

export const REQUIRED_FIELDS: Record<Role, LineField[]> = {
  invoice: ['model', 'quantity'],
  packing_list: ['model', 'quantity'],
  // A permit's product list without quantities still binds models and HS codes; only the quantity check is skipped.
  permit: ['model'],
  catalogue: ['model'],
};

export interface DetectedTable {
  sheet: Sheet;
  /** 0-based first and last header rows. */
  headerStart: number;
  headerEnd: number;
  columns: ColumnMapping[];
  /** Column index per mapped field. */
  index: Partial<Record<LineField, number>>;
  missing: LineField[];
  /** A currency written in a column of its own beside the prices or amounts ("USD" | 1,200.00), when found. */
  currency?: { value: string; cell: string };
  /** Fields whose header sits over an empty column and whose values were found in the next column. */
  moved?: { field: LineField; from: string; to: string }[];
}

interface Candidate {
  start: number;
  end: number;
  columns: ColumnMapping[];
}

/** Reads header text through merged cells: a merged header counts for every column and row it spans. */
function mergedHeaderText(sheet: Sheet): (r: number, c: number) => string {
  const anchor = new Map<number, [number, number]>();
  for (const m of sheet.merges) {
    if (m.s.r > SCAN_ROWS + 2) continue;
    for (let r = m.s.r; r <= Math.min(m.e.r, SCAN_ROWS + 2); r++) {
      for (let c = m.s.c; c <= Math.min(m.e.c, 256); c++) anchor.set(r * 4096 + c, [m.s.r, m.s.c]);
    }
  }
  return (r, c) => {
    const a = anchor.get(r * 4096 + c);
    const v = a ? sheet.rows[a[0]]?.[a[1]] : sheet.rows[r]?.[c];
    return displayText(v).trim();
  };
}

/** Columns a header may use: the rows' cells, and merged cells reaching past them (a last "Origin" merged down two rows). */
function rowWidth(sheet: Sheet, r: number, r2 = r): number {
  let width = Math.max(sheet.rows[r]?.length ?? 0, sheet.rows[r2]?.length ?? 0);
  for (const m of sheet.merges) if (m.s.r <= r2 && m.e.r >= r) width = Math.max(width, Math.min(m.e.c, 256) + 1);
  return width;
}

/** Whether a header cell is a group title over several columns ("Số lượng / Quantity" over "Q'ty" and "Unit"). */
function isGroupTitle(text: (r: number, c: number) => string, r: number, c: number): boolean {
  const t = text(r, c);
  return t !== '' && ((c > 0 && text(r, c - 1) === t) || text(r, c + 1) === t);
}

function classifyRows(sheet: Sheet, text: (r: number, c: number) => string, start: number, end: number): Candidate {
  const best = new Map<LineField, { c: number; score: number; header: string }>();
  const width = rowWidth(sheet, start, end);
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = start; r <= end; r++) {
      const t = text(r, c);
      if (t && !parts.includes(t)) parts.push(t);
    }
    if (parts.length === 0) continue;
    const header = parts.join(' / ');
    let match = classifyColumnHeader(header);
    // A two-row header may name the field in its lower row only ("Weight (kg)" over "N.W." and "G.W.").
    // Under a group title the lower row names the column itself, whatever words the title shares with a neighbour.
    if (parts.length > 1) {
      const lower = classifyColumnHeader(parts[parts.length - 1]);
      const grouped = end > start && isGroupTitle(text, start, c);
      if (lower && (!match || grouped || lower.score > match.score)) match = lower;
    }
    // "Weight / Trọng lượng (kg)" over "Net / Tịnh" and "Gross / Cả bì": the lower row says only which weight.
    if (parts.length > 1) {
      const weight = weightUnderGroup(parts);
      if (weight && (!match || match.score < 1500)) match = { field: weight, score: 1500 };
    }
    if (!match) continue;
    const prev = best.get(match.field);
    if (!prev || match.score > prev.score) best.set(match.field, { c, score: match.score, header });
  }
  const columns = [...best.entries()]
    .map(([field, m]) => ({ field, column: columnLetter(m.c), header: m.header, c: m.c, score: m.score }))
    .sort((a, b) => a.c - b.c);
  return {
    start,
    end,
    columns: columns.map(({ field, column, header }) => ({ field, column, header })),
  };
}

const WEIGHT_GROUP = weightGroups.group.map(fold);
const WEIGHT_NET = new Set(weightGroups.net.map(fold));
const WEIGHT_GROSS = new Set(weightGroups.gross.map(fold));

function weightUnderGroup(parts: string[]): LineField | null {
  const upper = fold(parts.slice(0, -1).join(' '));
  if (!WEIGHT_GROUP.some((w) => containsPhrase(upper, w))) return null;
  const lower = fold(parts[parts.length - 1]);
  const words = lower.split(' ');
  const has = (set: Set<string>): boolean => set.has(lower) || words.some((w) => set.has(w))
    || [...set].some((p) => p.includes(' ') && containsPhrase(lower, p));
  const net = has(WEIGHT_NET);
  const gross = has(WEIGHT_GROSS);
  if (net === gross) return null;
  return net ? 'netWeight' : 'grossWeight';
}

/** A row that can be part of a header: some text, and no real numbers (numbers mean data). */
function isTextRow(sheet: Sheet, r: number): boolean {
  const row = sheet.rows[r];
  if (!row) return false;
  let text = 0;
  for (const v of row) {
    if (v === null || v === undefined) continue;
    if (typeof v === 'number' || v instanceof Date) return false;
    if (typeof v === 'string' && /^[\s\d.,\-+()$€]+$/.test(v) && /\d/.test(v)) return false;
    text++;
  }
  return text > 0;
}

function quality(c: Candidate, role: Role): number {
  const fields = new Set(c.columns.map((x) => x.field));
  const required = REQUIRED_FIELDS[role].filter((f) => fields.has(f)).length;
  return required * 100 + fields.size * 10;
}

/** The best header of a sheet, or null when no row names at least two fields. */
export function detectTable(sheet: Sheet, role: Role, headerRowHint?: number): DetectedTable | null {
  const text = mergedHeaderText(sheet);
  let best: Candidate | null = null;
  let bestQ = -1;
  const last = Math.min(sheet.rows.length, SCAN_ROWS);
  const rows = headerRowHint !== undefined ? [headerRowHint] : Array.from({ length: last }, (_, i) => i);
  for (const r of rows) {
    const single = classifyRows(sheet, text, r, r);
    if (single.columns.length < 2 && headerRowHint === undefined) continue;
    const q = quality(single, role);
    if (q > bestQ) {
      best = single;
      bestQ = q;
    }
  }
  if (!best) return null;
  best = extendToTwoRows(sheet, text, best, role);
  return finish(sheet, best, role);
}

function extendToTwoRows(sheet: Sheet, text: (r: number, c: number) => string, single: Candidate, role: Role): Candidate {
  const r = single.start;
  const baseQ = quality(single, role);
  let chosen = single;
  let chosenQ = baseQ;
  if (r + 1 < sheet.rows.length && isTextRow(sheet, r + 1)) {
    const below = classifyRows(sheet, text, r + 1, r + 1);
    const pair = classifyRows(sheet, text, r, r + 1);
    const q = quality(pair, role);
    // A second header row either adds fields, or repeats the header in another language.
    if (q > chosenQ || (q === chosenQ && below.columns.length >= 2)) {
      chosen = pair;
      chosenQ = q;
    }
  }
  if (chosen === single && r > 0 && isTextRow(sheet, r - 1)) {
    const pair = classifyRows(sheet, text, r - 1, r);
    // A cell merged down across both rows ("STT / No.", "Xuất xứ / Origin") proves they are one header.
    const q = quality(pair, role);
    if (q > baseQ || (q === baseQ && sheet.merges.some((m) => m.s.r <= r - 1 && m.e.r >= r))) chosen = pair;
  }
  return chosen;
}

function finish(sheet: Sheet, c: Candidate, role: Role): DetectedTable {
  const index: Partial<Record<LineField, number>> = {};
  for (const col of c.columns) index[col.field] = columnIndexOf(col.column);
  const missing = REQUIRED_FIELDS[role].filter((f) => index[f] === undefined);
  return { sheet, headerStart: c.start, headerEnd: c.end, columns: c.columns, index, missing };
}

function columnIndexOf(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** How good a detected table is, for choosing among sheets: required columns first, then how many are known. */
export function tableQuality(t: DetectedTable): number {
  return -t.missing.length * 100 + t.columns.length * 10;
}
