// After the header is found: check each number column against what its lines hold. Suppliers often put the
// currency in a column of its own under "Amount" and the number in the next, header-less column; or the header
// sits one column off the values. A mapped column that holds no number on any line is never accepted silently:
// its field moves to the neighbour that holds the numbers, or stays empty and the check says what it could not do.
import type { LineField } from '../domain/types.ts';
import { NUMERIC_FIELDS } from '../domain/types.ts';
import { parseNumber } from '../parse/number.ts';
import type { DetectedTable } from './detect-table.ts';
import { columnLetter, displayText } from './workbook.ts';

/** Enough lines to judge a column; the rest of a 10,000-line table adds nothing. */
const SAMPLE_ROWS = 200;
const CURRENCY_ONLY = /^\s*(USD|EUR|VND|CNY|RMB|JPY|KRW|SGD|HKD|TWD|GBP|CHF|AUD|THB|MYR|US\$|\$|€|¥|₫)\s*$/i;

interface ColumnStats {
  numbers: number;
  currencies: number;
  other: number;
  currency?: { value: string; cell: string };
}

export function refineColumns(table: DetectedTable): DetectedTable {
  const { sheet, index } = table;
  const modelCol = index.model;
  if (modelCol === undefined) return table;
  const sample: number[] = [];
  for (let r = table.headerEnd + 1; r < sheet.rows.length && sample.length < SAMPLE_ROWS; r++) {
    const row = sheet.rows[r];
    if (row && displayText(row[modelCol]).trim() !== '') sample.push(r);
  }
  if (sample.length === 0) return table;
  const mapped = new Set(Object.values(index));
  const stats = (c: number): ColumnStats => {
    const s: ColumnStats = { numbers: 0, currencies: 0, other: 0 };
    for (const r of sample) {
      const v = sheet.rows[r]?.[c];
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
      if (typeof v === 'string' && CURRENCY_ONLY.test(v)) {
        s.currencies++;
        s.currency ??= { value: normaliseCurrency(v.trim().toUpperCase()), cell: columnLetter(c) + (r + 1) };
      } else if (parseNumber(v)) s.numbers++;
      else s.other++;
    }
    return s;
  };
  let columns = table.columns;
  const newIndex = { ...index };
  const moved: NonNullable<DetectedTable['moved']> = [];
  let currency = table.currency;
  for (const [field, c] of Object.entries(index) as [LineField, number][]) {
    if (!NUMERIC_FIELDS.has(field)) continue;
    const own = stats(c);
    if (own.numbers > 0) continue;
    for (const n of [c + 1, c - 1]) {
      // Only a header-less neighbour (or the rest of a merged header): a column with a header of its own
      // ("Qty per carton") holds something else.
      if (n < 0 || mapped.has(n) || !headerless(table, n)) continue;
      const next = stats(n);
      if (next.numbers === 0) continue;
      newIndex[field] = n;
      mapped.add(n);
      columns = columns.map((m) => (m.field === field ? { ...m, column: columnLetter(n) } : m));
      moved.push({ field, from: columnLetter(c), to: columnLetter(n) });
      if (own.currency && (field === 'amount' || field === 'unitPrice')) currency ??= own.currency;
      break;
    }
  }
  if (moved.length === 0) return table;
  return { ...table, columns, index: newIndex, moved, ...(currency ? { currency } : {}) };
}

function headerless(table: DetectedTable, c: number): boolean {
  for (let r = table.headerStart; r <= table.headerEnd; r++) {
    const v = table.sheet.rows[r]?.[c];
    if (v !== null && v !== undefined && displayText(v).trim() !== '') return false;
  }
  return true;
}

function normaliseCurrency(c: string): string {
  return c === 'US$' || c === '$' ? 'USD' : c === '€' ? 'EUR' : c === '₫' ? 'VND' : c === 'RMB' || c === '¥' ? 'CNY' : c;
}
