// The body of a detected table: line items until a TOTAL row, skipping blank rows, sub-headings,
// sub-totals and repeated headers. Every value keeps its cell.
import type { DocumentLine, LineField, ReadNote, Role, Sourced } from '../domain/types.ts';
import { NUMERIC_FIELDS } from '../domain/types.ts';
import { canonicalCountry } from '../parse/country.ts';
import { parseHsCode } from '../parse/hs-code.ts';
import { detectConvention, parseNumber, type DecimalConvention } from '../parse/number.ts';
import { columnConvention, twoReadings } from '../parse/ambiguous-number.ts';
import { canonicalUnit, isKnownUnit } from '../parse/unit.ts';
import type { DetectedTable } from './detect-table.ts';
import { classifyColumnHeader, classifyTotal, isCartonNumberHeader, isNonItemText } from './header-vocabulary.ts';
import { columnLetter, displayText, type CellValue } from './workbook.ts';
import { legacyOriginal } from './legacy-cells.ts';

export interface Body {
  lines: DocumentLine[];
  notes: ReadNote[];
  /** 0-based rows of the first and last line item. */
  firstRow: number;
  lastRow: number;
  /** The TOTAL row's numbers, per column field, when the table has one. */
  totals: Partial<Record<LineField, Sourced<number>>>;
  /** 0-based row of the TOTAL row, or -1. */
  totalRow: number;
  /** Currency codes written beside prices or amounts ("USD 1,200.00"). */
  currencies: Set<string>;
  convention: DecimalConvention;
}

/** Beyond these, a value is a typing slip rather than a shipment. */
const ABSURD: Partial<Record<LineField, number>> = {
  quantity: 1e8, packages: 1e7, netWeight: 1e7, grossWeight: 1e7, unitPrice: 1e11, amount: 1e13,
};
const CURRENCY = /^(USD|EUR|VND|CNY|RMB|JPY|KRW|SGD|HKD|TWD|GBP|CHF|AUD|THB|MYR|US\$|\$|€|¥|₫)$/;
const CARTON_RANGE = /^\s*(\d+)\s*[-~–]\s*(\d+)\s*$/;

/** Units, countries and HS codes repeat on every line: each distinct spelling is interpreted once. */
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined && !cache.has(text)) {
      v = fn(text);
      cache.set(text, v);
    }
    return v as T;
  };
}

interface Interpreters {
  unit: (text: string) => string;
  country: (text: string) => string;
  hs: (text: string) => string | null;
}

export function readBody(table: DetectedTable, role: Role): Body {
  const interpret: Interpreters = { unit: memo(canonicalUnit), country: memo(canonicalCountry), hs: memo(parseHsCode) };
  const { sheet, index } = table;
  const rows = sheet.rows;
  const sheetName = sheet.name;
  const numericCols = Object.entries(index).filter(([f]) => NUMERIC_FIELDS.has(f as LineField)) as [LineField, number][];
  const textCols = Object.entries(index).filter(([f]) => !NUMERIC_FIELDS.has(f as LineField)) as [LineField, number][];
  const samples = sampleNumberTexts(rows, table.headerEnd + 1, numericCols.map(([, c]) => c));
  const convention = detectConvention(samples.all);
  // "1.000" is decided by its own column: a quantity column of integers says nothing about a price column's "12,50".
  const columnConv = new Map(numericCols.map(([, c]) => [c, columnConvention(samples.byColumn.get(c) ?? [])]));
  const notes: ReadNote[] = [];
  const lines: DocumentLine[] = [];
  const totals: Body['totals'] = {};
  const currencies = new Set<string>();
  if (table.currency) currencies.add(table.currency.value);
  const modelCol = index.model;
  const numericColumns = new Set(numericCols.map(([, c]) => c));
  const uncalculated = new Set(sheet.uncalculated);
  const modelHeaders = headerTexts(table);
  const merged = bodyMerges(table);
  const cartonNumbers = index.packages !== undefined && isCartonNumberHeader(table.columns.find((c) => c.field === 'packages')?.header ?? '');
  const headerUnit = index.unit === undefined ? unitInHeader(table.columns.find((c) => c.field === 'quantity')?.header ?? '') : null;
  let firstRow = -1;
  let lastRow = -1;
  let totalRow = -1;
  // A row of sums with no label, waiting for a "合计" alone on the next row to say it is the total.
  let unlabelledSums = -1;

  const cellAt = (r: number, c: number): CellValue => {
    const v = rows[r]?.[c];
    if (v !== null && v !== undefined) return v;
    return merged.fill.get(r * 4096 + c) ?? null;
  };

  for (let r = table.headerEnd + 1; r < rows.length; r++) {
    const row = rows[r];
    if (!row || row.every((v) => v === null)) continue;
    const row1 = r + 1;
    const modelText = modelCol === undefined ? '' : displayText(cellAt(r, modelCol)).trim();
    const hasNumbers = numericCols.some(([, c]) => isFilled(row[c]));

    // Vietnamese VAT invoices number their columns under the header: "1 | 2 | 3 | 4 | 5 | 6 = 4 x 5".
    if (r <= table.headerEnd + 2 && lines.length === 0 && isColumnNumbering(row)) continue;
    const total = totalKind(row, modelText, numericColumns, modelCol);
    if (total) {
      // "Total container 1" followed by another block's header is that block's subtotal, not the document's total.
      if (total.kind === 'subtotal' || anotherBlockFollows(rows, r + 1)) {
        unlabelledSums = -1;
        continue;
      }
      const sumsRow = numericCols.some(([, c]) => isFilled(row[c])) || unlabelledSums < 0 ? r : unlabelledSums;
      totalRow = r;
      const sums = rows[sumsRow];
      for (const [field, c] of numericCols) {
        const cell = columnLetter(c) + (sumsRow + 1);
        if (uncalculated.has(cell)) notes.push({ sheet: sheetName, cell, field, raw: '', problem: 'uncalculated_formula' });
        const p = parseNumber(sums[c], columnConv.get(c) === 'unknown' ? convention : columnConv.get(c));
        if (p) totals[field] = { value: p.value, sheet: sheetName, cell, raw: rawOf(sums[c]) };
        if (p && CURRENCY.test(p.affix)) currencies.add(p.affix);
      }
      statedInLabel(row, r, total.column, totals, sheetName, convention, role);
      // "TOTAL OF:" | "12 PALLETS": the package count written where the model goes.
      if (!totals.packages && modelCol !== undefined && total.column !== modelCol) {
        const m = PACKAGE_COUNT.exec(modelText);
        if (m) totals.packages = { value: Number(m[1]), sheet: sheetName, cell: columnLetter(modelCol) + row1, raw: modelText };
      }
      break;
    }
    if (!modelText) {
      if (hasNumbers && lines.length > 0) unlabelledSums = r;
      continue;
    }
    unlabelledSums = -1;
    if (modelHeaders.has(modelText)) continue; // the header printed again on a new page, or over the next block
    // Footers, notes and block titles inside the table area: no quantity, price or weight, and merged across the
    // table or worded as a note ("FOR CUSTOMS PURPOSE ONLY", "Container No. 2").
    // "2 Parcels" where the model goes, on a pack family's title row, is a count of parcels, not an item.
    if (!hasNumbers && isNotAnItem(row, modelText, merged.across.has(r))) continue;

    const line: DocumentLine = { sheet: sheetName, row: row1 };
    // "/" or "N/A" where the model goes: the line is read (its weights count) but has no model to match, and says so.
    // "PALLET 3" where the model goes, with the pallet's weights and no quantity: a pallet row of a pallet-level
    // packing list. Its numbers count toward the totals; it is no item to match.
    const palletRow = PALLET_LABEL.test(modelText) && index.quantity !== undefined && !isFilled(row[index.quantity]);
    const placeholder = !palletRow && MODEL_PLACEHOLDER.test(modelText);
    if (placeholder && modelCol !== undefined) {
      notes.push({ sheet: sheetName, cell: columnLetter(modelCol) + row1, field: 'model', raw: modelText, problem: 'missing' });
    }
    for (const [field, c] of textCols) {
      if ((placeholder || palletRow) && field === 'model') continue;
      const v = cellAt(r, c);
      if (v === null || v === undefined) continue;
      const text = displayText(v).trim();
      if (!text) continue;
      // A value merged down over several rows points at the merged cell, where it is written.
      const cell = merged.anchorOf.get(r * 4096 + c) ?? columnLetter(c) + row1;
      setText(line, field, v, text, sheetName, cell, notes, interpret, legacyOriginal(sheet, cell));
    }
    let quantityNoted = false;
    for (const [field, c] of numericCols) {
      const v = row[c];
      const cell = columnLetter(c) + row1;
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) {
        if (uncalculated.has(cell)) {
          notes.push({ sheet: sheetName, cell, field, raw: '', problem: 'uncalculated_formula' });
          if (field === 'quantity') quantityNoted = true;
        }
        // Under a cell merged down over several rows the value is the merged cell's, counted once.
        if (field === 'quantity' && merged.covered.has(r * 4096 + c)) quantityNoted = true;
        continue;
      }
      const own = columnConv.get(c) ?? 'unknown';
      const parsed = field === 'packages' ? parsePackages(v, convention, cartonNumbers) : parseNumber(v, own === 'unknown' ? convention : own);
      if (!parsed) {
        notes.push({ sheet: sheetName, cell, field, raw: rawOf(v) ?? String(v), problem: 'not_a_number' });
        if (field === 'quantity') quantityNoted = true;
        continue;
      }
      // Nothing in its own column decides (contract: AMBIGUOUS_NUMBER): the reading of the document's other columns
      // is used, and both readings are said rather than one chosen silently.
      if (own === 'unknown' && typeof v === 'string' && !(field === 'packages' && cartonNumbers)) {
        const two = twoReadings(v);
        if (two) {
          const other = parsed.value === two.thousands ? two.decimal : two.thousands;
          notes.push({ sheet: sheetName, cell, field, raw: v, problem: 'ambiguous_number', readings: [parsed.value, other] });
        }
      }
      const value: Sourced<number> = { value: parsed.value, sheet: sheetName, cell, raw: rawOf(v) };
      (line[field] as Sourced<number>) = value;
      if (CURRENCY.test(parsed.affix)) currencies.add(parsed.affix);
      if (field === 'quantity' && index.unit === undefined && parsed.affix && isKnownUnit(parsed.affix)) {
        line.unit = { value: canonicalUnit(parsed.affix), sheet: sheetName, cell, raw: parsed.affix };
      }
      if (parsed.value < 0 && field !== 'amount') {
        notes.push({ sheet: sheetName, cell, field, raw: rawOf(v) ?? String(v), problem: 'negative' });
      } else if (Math.abs(parsed.value) > (ABSURD[field] ?? Infinity)) {
        notes.push({ sheet: sheetName, cell, field, raw: rawOf(v) ?? String(v), problem: 'absurd' });
      }
    }
    // The unit written in the quantity header ("Q'TY (PCS)", "数量(台)") when there is no unit column.
    if (!line.unit && headerUnit && line.quantity) line.unit = { ...headerUnit, sheet: sheetName };
    // One flag per row instead of searching every note so far: 40,000 lines without a quantity stay linear.
    if (!line.quantity && role !== 'catalogue' && index.quantity !== undefined && !quantityNoted && !palletRow) {
      notes.push({ sheet: sheetName, cell: columnLetter(index.quantity) + row1, field: 'quantity', raw: '', problem: 'missing' });
    }
    lines.push(line);
    if (firstRow < 0) firstRow = r;
    lastRow = r;
  }
  return { lines, notes, firstRow: Math.max(firstRow, table.headerEnd + 1), lastRow: Math.max(lastRow, table.headerEnd), totals, totalRow, currencies, convention };
}

const PALLET_LABEL = /^\s*(pallet|plt|palette|skid|kiện|pallet số|托盘|栈板)\s*(no\.?|#|số|编号)?\s*[:.]?\s*\d+[\w\-/]*\s*$/iu;
const MODEL_PLACEHOLDER = /^\s*(n\s*\/\s*a|none|nil|[-–—/\\.*]+)\s*$/i;
const PACKAGE_COUNT = /^\s*(\d+)\s*(pallets?|plts?|ctns?|cartons?|pkgs?|packages?|parcels?|boxes|box|cases?|kiện|kien|thùng|thung|件|箱|托)\b/iu;

/** A row of column numbers or letters under the header ("1 2 3 4 5 6=4x5", "A B C 1 2 3"). */
function isColumnNumbering(row: CellValue[]): boolean {
  let n = 0;
  let last = 0;
  for (const v of row) {
    if (!isFilled(v)) continue;
    const t = typeof v === 'number' ? String(v) : displayText(v).trim();
    if (/^[A-Z]$/.test(t)) {
      n++;
      continue;
    }
    const m = /^\(?(\d{1,2})\)?(\s*=\s*[\d\s x×*+().]+)?$/.exec(t);
    if (!m) return false;
    const k = Number(m[1]);
    if (last && k !== last + 1) return false;
    last = k;
    n++;
  }
  return n >= 3 && last > 0;
}

function isFilled(v: CellValue | undefined): boolean {
  return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
}

/** Every text the header shows in the model column (both rows, merged cells, and the parts of "Model / Mã hàng"). */
function headerTexts(table: DetectedTable): Set<string> {
  const out = new Set(table.columns.find((c) => c.field === 'model')?.header.split(' / ') ?? []);
  const header = table.columns.find((c) => c.field === 'model')?.header;
  if (header) out.add(header);
  const c = table.index.model;
  if (c !== undefined) {
    for (let r = table.headerStart; r <= table.headerEnd; r++) {
      const t = displayText(table.sheet.rows[r]?.[c]).trim();
      if (t) out.add(t);
    }
  }
  return out;
}

interface BodyMerges {
  /** Values of cells under a text cell merged down (one item over several pallet rows), keyed r*4096+c. */
  fill: Map<number, CellValue>;
  /** The anchor cell (A1) each filled cell takes its value from. */
  anchorOf: Map<number, string>;
  /** Cells under a merged anchor in any mapped column: their value is the anchor's, counted once. */
  covered: Set<number>;
  /** Rows where one merged cell spans the model column and another mapped column: a note or footer, not an item. */
  across: Set<number>;
}

function bodyMerges(table: DetectedTable): BodyMerges {
  const out: BodyMerges = { fill: new Map(), anchorOf: new Map(), covered: new Set(), across: new Set() };
  const { sheet, index } = table;
  const textColumns = new Set(Object.entries(index).filter(([f]) => !NUMERIC_FIELDS.has(f as LineField)).map(([, c]) => c));
  const mapped = Object.values(index);
  const modelCol = index.model;
  for (const m of sheet.merges) {
    if (m.s.r <= table.headerEnd) continue;
    if (modelCol !== undefined && m.e.c > m.s.c && m.s.c <= modelCol && m.e.c >= modelCol && mapped.some((c) => c !== modelCol && c >= m.s.c && c <= m.e.c)) {
      for (let r = m.s.r; r <= m.e.r; r++) out.across.add(r);
      continue;
    }
    if (m.e.r === m.s.r) continue;
    const anchor = sheet.rows[m.s.r]?.[m.s.c] ?? null;
    for (let r = m.s.r + 1; r <= Math.min(m.e.r, m.s.r + 10000); r++) {
      for (let c = m.s.c; c <= m.e.c; c++) out.covered.add(r * 4096 + c);
      // The merged model, description and HS code apply to every row they span; numbers are not repeated.
      if (textColumns.has(m.s.c) && anchor !== null) {
        out.fill.set(r * 4096 + m.s.c, anchor);
        out.anchorOf.set(r * 4096 + m.s.c, columnLetter(m.s.c) + (m.s.r + 1));
      }
    }
  }
  return out;
}

/**
 * A row with no number that is a footer, note, block title or repeated header rather than an item. A permit's or
 * catalogue's rows have no numbers either, so each test needs a positive sign, never the mere lack of numbers.
 */
function isNotAnItem(row: CellValue[], modelText: string, mergedAcross: boolean): boolean {
  if (isNonItemText(modelText) || PACKAGE_COUNT.test(modelText)) return true;
  // Merged across the table: a sentence ("For customs purpose only"), not a part number merged over two columns.
  if (mergedAcross && modelText.split(/\s+/).length >= 3) return true;
  // Another block's header: its model cell names a field too ("Model", "Mã hàng"). Part numbers have digits,
  // header words do not: the cheap test first (a catalogue calls this on every row).
  return !/\d/.test(modelText) && classifyColumnHeader(modelText) !== null && isHeaderLike(row);
}

/** A header row printed again (another block's header): two or more cells name line fields, and no number. */
function isHeaderLike(row: CellValue[]): boolean {
  let named = 0;
  for (const v of row) {
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string') return false;
    if (v.length < 40 && classifyColumnHeader(v)) named++;
  }
  return named >= 2;
}

/** Whether another block's header follows a total row within a few rows (one table per container). */
function anotherBlockFollows(rows: CellValue[][], from: number): boolean {
  for (let r = from; r < Math.min(rows.length, from + 8); r++) {
    const row = rows[r];
    if (row && isHeaderLike(row)) return true;
  }
  return false;
}

/** "TỔNG CỘNG: 353.200.000" in one cell: the stated amount total is written inside its label. */
function statedInLabel(row: CellValue[], r: number, c: number, totals: Body['totals'], sheet: string, convention: DecimalConvention, role: Role): void {
  if (role !== 'invoice' || totals.amount) return;
  const text = row[c];
  if (typeof text !== 'string') return;
  const colon = text.search(/[:：]/);
  if (colon < 0) return;
  const p = parseNumber(text.slice(colon + 1), convention);
  if (p) totals.amount = { value: p.value, sheet, cell: columnLetter(c) + (r + 1), raw: text };
}

/** A unit named by the quantity header itself: "PCS", "Q'TY (PCS)", "SỐ LƯỢNG (CÁI)", "数量(台)". */
function unitInHeader(header: string): { value: string; cell: string; raw: string } | null {
  const last = header.split(' / ').pop() ?? '';
  const inParens = /[(（]\s*([^()（）]+?)\s*[)）]\s*$/.exec(last);
  const word = inParens ? inParens[1] : last.trim();
  if (!word || !isKnownUnit(word)) return null;
  return { value: canonicalUnit(word), cell: '', raw: word };
}

function setText(line: DocumentLine, field: LineField, v: CellValue, text: string, sheet: string, cell: string, notes: ReadNote[], interpret: Interpreters, original?: string): void {
  switch (field) {
    case 'hsCode': {
      const hs = typeof v === 'number' ? parseHsCode(v) : interpret.hs(text);
      if (hs) line.hsCode = { value: hs, sheet, cell, raw: text };
      else notes.push({ sheet, cell, field, raw: text, problem: 'bad_hs_code' });
      return;
    }
    case 'unit':
      line.unit = { value: interpret.unit(text), sheet, cell, raw: original ?? text };
      return;
    case 'origin':
      line.origin = { value: interpret.country(text), sheet, cell, raw: original ?? text };
      return;
    case 'model':
    case 'description':
    case 'brand':
      // Text converted from TCVN3 / VNI keeps what was written beside it.
      line[field] = original === undefined ? { value: text, sheet, cell } : { value: text, sheet, cell, raw: original };
      return;
    default:
      return;
  }
}

function totalKind(row: CellValue[], modelText: string, _numeric: Set<number>, modelCol: number | undefined): { kind: 'total' | 'subtotal'; column: number } | null {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    // A label may sit in a number column (a "TOTAL" under "PLT No."): it is text, so it cannot be a value there.
    if (typeof v !== 'string' || !TOTAL_START.test(v)) continue;
    const kind = classifyTotal(v);
    // "Total security appliance" in a description is an item, not a total: a total row has no model of its own,
    // unless its label sits left of the model column ("TOTAL OF:" | "12 PALLETS").
    if (kind && (!modelText || modelText === v.trim() || (modelCol !== undefined && c < modelCol && PACKAGE_COUNT.test(modelText)))) return { kind, column: c };
  }
  return null;
}

// Cheap test before the full label match, which folds text: most rows are items, not totals.
const TOTAL_START = /^\s*(total|grand|sub|sum|gesamt|endsumme|t[ổo]ng|c[ộo]ng|合|总|共|小)/iu;

function parsePackages(v: CellValue, convention: DecimalConvention, cartonNumbers = false): { value: number; affix: string } | null {
  if (typeof v === 'string') {
    const m = v.match(CARTON_RANGE);
    // "1-5" on a packing list numbers cartons 1 to 5: five packages.
    if (m && +m[2] >= +m[1]) return { value: +m[2] - +m[1] + 1, affix: '' };
  }
  const p = parseNumber(v, convention);
  // Under "Carton No." a single number is the number of one carton: "4" is carton number 4, one package.
  if (p && cartonNumbers && Number.isInteger(p.value) && p.value > 0) return { value: 1, affix: p.affix };
  return p;
}

function rawOf(v: CellValue | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function sampleNumberTexts(rows: CellValue[][], from: number, cols: number[]): { all: string[]; byColumn: Map<number, string[]> } {
  const all: string[] = [];
  const byColumn = new Map<number, string[]>(cols.map((c) => [c, []]));
  // Every text number of the table, not a first sample: a column's "12,50" on line 9,000 still decides its "1.000".
  for (let r = from; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (const c of cols) {
      const v = row[c];
      if (typeof v === 'string' && /\d/.test(v)) {
        if (all.length < 400) all.push(v);
        byColumn.get(c)!.push(v);
      }
    }
  }
  return { all, byColumn };
}
