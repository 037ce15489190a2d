// The body of a detected table: line items until a TOTAL row, skipping blank rows, sub-headings,
// sub-totals and repeated headers. Every value keeps its cell.
import type { DocumentLine, LineField, ReadNote, Role, Sourced } from '../domain/types.ts';
import { NUMERIC_FIELDS } from '../domain/types.ts';
import { canonicalCountry } from '../parse/country.ts';
import { parseHsCode } from '../parse/hs-code.ts';
import { detectConvention, parseNumber, type DecimalConvention } from '../parse/number.ts';
import { canonicalUnit, isKnownUnit } from '../parse/unit.ts';
import type { DetectedTable } from './detect-table.ts';
import { classifyTotal } from './header-vocabulary.ts';
import { columnLetter, displayText, type CellValue } from './workbook.ts';

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
  const convention = detectConvention(sampleNumberTexts(rows, table.headerEnd + 1, numericCols.map(([, c]) => c)));
  const notes: ReadNote[] = [];
  const lines: DocumentLine[] = [];
  const totals: Body['totals'] = {};
  const currencies = new Set<string>();
  const modelCol = index.model;
  const numericColumns = new Set(numericCols.map(([, c]) => c));
  const uncalculated = new Set(sheet.uncalculated);
  const modelHeaders = new Set(table.columns.find((c) => c.field === 'model')?.header.split(' / ') ?? []);
  let firstRow = -1;
  let lastRow = -1;
  let totalRow = -1;

  for (let r = table.headerEnd + 1; r < rows.length; r++) {
    const row = rows[r];
    if (!row || row.every((v) => v === null)) continue;
    const row1 = r + 1;
    const modelText = modelCol === undefined ? '' : displayText(row[modelCol]).trim();

    const total = totalKind(row, modelText, numericColumns);
    if (total) {
      if (total === 'subtotal') continue;
      totalRow = r;
      for (const [field, c] of numericCols) {
        const cell = columnLetter(c) + row1;
        if (uncalculated.has(cell)) notes.push({ sheet: sheetName, cell, field, raw: '', problem: 'uncalculated_formula' });
        const p = parseNumber(row[c], convention);
        if (p) totals[field] = { value: p.value, sheet: sheetName, cell, raw: rawOf(row[c]) };
        if (p && CURRENCY.test(p.affix)) currencies.add(p.affix);
      }
      break;
    }
    if (!modelText) continue;
    if (modelHeaders.has(modelText)) continue; // the header printed again on a new page

    const line: DocumentLine = { sheet: sheetName, row: row1 };
    for (const [field, c] of textCols) {
      const v = row[c];
      if (v === null || v === undefined) continue;
      const text = displayText(v).trim();
      if (!text) continue;
      const cell = columnLetter(c) + row1;
      setText(line, field, v, text, sheetName, cell, notes, interpret);
    }
    for (const [field, c] of numericCols) {
      const v = row[c];
      const cell = columnLetter(c) + row1;
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) {
        if (uncalculated.has(cell)) notes.push({ sheet: sheetName, cell, field, raw: '', problem: 'uncalculated_formula' });
        continue;
      }
      const parsed = field === 'packages' ? parsePackages(v, convention) : parseNumber(v, convention);
      if (!parsed) {
        notes.push({ sheet: sheetName, cell, field, raw: rawOf(v) ?? String(v), problem: 'not_a_number' });
        continue;
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
    if (!line.quantity && role !== 'catalogue' && index.quantity !== undefined
      && !notes.some((n) => n.cell === columnLetter(index.quantity!) + row1)) {
      notes.push({ sheet: sheetName, cell: columnLetter(index.quantity) + row1, field: 'quantity', raw: '', problem: 'missing' });
    }
    lines.push(line);
    if (firstRow < 0) firstRow = r;
    lastRow = r;
  }
  return { lines, notes, firstRow: Math.max(firstRow, table.headerEnd + 1), lastRow: Math.max(lastRow, table.headerEnd), totals, totalRow, currencies, convention };
}

function setText(line: DocumentLine, field: LineField, v: CellValue, text: string, sheet: string, cell: string, notes: ReadNote[], interpret: Interpreters): void {
  switch (field) {
    case 'hsCode': {
      const hs = typeof v === 'number' ? parseHsCode(v) : interpret.hs(text);
      if (hs) line.hsCode = { value: hs, sheet, cell, raw: text };
      else notes.push({ sheet, cell, field, raw: text, problem: 'bad_hs_code' });
      return;
    }
    case 'unit':
      line.unit = { value: interpret.unit(text), sheet, cell, raw: text };
      return;
    case 'origin':
      line.origin = { value: interpret.country(text), sheet, cell, raw: text };
      return;
    case 'model':
    case 'description':
    case 'brand':
      line[field] = { value: text, sheet, cell };
      return;
    default:
      return;
  }
}

function totalKind(row: CellValue[], modelText: string, numeric: Set<number>): 'total' | 'subtotal' | null {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== 'string' || numeric.has(c) || !TOTAL_START.test(v)) continue;
    const kind = classifyTotal(v);
    // "Total security appliance" in a description is an item, not a total: a total row has no model of its own.
    if (kind && (!modelText || modelText === v.trim())) return kind;
  }
  return null;
}

// Cheap test before the full label match, which folds text: most rows are items, not totals.
const TOTAL_START = /^\s*(total|grand|sub|sum|t[ổo]ng|c[ộo]ng|合|总|共|小)/iu;

function parsePackages(v: CellValue, convention: DecimalConvention): { value: number; affix: string } | null {
  if (typeof v === 'string') {
    const m = v.match(CARTON_RANGE);
    // "1-5" on a packing list numbers cartons 1 to 5: five packages.
    if (m && +m[2] >= +m[1]) return { value: +m[2] - +m[1] + 1, affix: '' };
  }
  return parseNumber(v, convention);
}

function rawOf(v: CellValue | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function sampleNumberTexts(rows: CellValue[][], from: number, cols: number[]): string[] {
  const out: string[] = [];
  for (let r = from; r < rows.length && out.length < 400; r++) {
    const row = rows[r];
    if (!row) continue;
    for (const c of cols) {
      const v = row[c];
      if (typeof v === 'string' && /\d/.test(v)) out.push(v);
    }
  }
  return out;
}
