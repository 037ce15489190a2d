// The header block of a document (above the table, or in its footer) and the totals row:
// invoice number/date/currency/total, packing-list totals, permit number/dates/licensee.
import type { DocumentHeader, HeaderKey, LineField, Role, Sourced } from '../domain/types.ts';
import { parseDate } from '../parse/date.ts';
import { stripAccents } from '../parse/fold.ts';
import { parseNumber } from '../parse/number.ts';
import type { DetectedTable } from './detect-table.ts';
import { matchLabel } from './header-vocabulary.ts';
import type { Body } from './read-lines.ts';
import { columnLetter, displayText, type CellValue } from './workbook.ts';

/** Footers (totals in words, bank details, signatures) rarely run longer than this. */
const FOOTER_ROWS = 40;

type Kind = 'text' | 'date' | 'number' | 'currency';
const KIND: Record<HeaderKey, Kind> = {
  number: 'text', date: 'date', currency: 'currency', total: 'number', total_packages: 'number',
  total_net_weight: 'number', total_gross_weight: 'number', issue_date: 'date', valid_until: 'date', licensee: 'text',
};
const CURRENCY_CODE = /\b(USD|EUR|VND|CNY|RMB|JPY|KRW|SGD|HKD|TWD|GBP|CHF|AUD|THB|MYR)\b/;

export function readHeaderBlock(table: DetectedTable, body: Body, role: Role): DocumentHeader {
  const header: DocumentHeader = {};
  const rows = table.sheet.rows;
  const sheet = table.sheet.name;
  // Keys found through a generic label ("Date:"): a specific one found later ("Invoice Date") wins over them.
  const generic = new Set<HeaderKey>();
  const scan = (from: number, to: number): void => {
    for (let r = from; r < Math.min(to, rows.length); r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== 'string') continue;
        const label = matchLabel(role, v);
        if (!label || (header[label.key] !== undefined && !(generic.has(label.key) && label.specific))) continue;
        // On the TOTAL row a bare "Total" is read by column (fillFromTotals): the number right of it is the quantity sum.
        if (r === body.totalRow && label.key === 'total') continue;
        const found = findValue(rows, r, c, label.rest, KIND[label.key], body.convention, role);
        if (!found) continue;
        (header as Record<string, Sourced<string | number>>)[label.key] = { ...found, sheet };
        if (label.specific) generic.delete(label.key);
        else generic.add(label.key);
      }
    }
  };
  scan(0, table.headerStart);
  // The TOTAL row's own figures come by column, not by label: its "Total" cell sits left of the quantity sum.
  fillFromTotals(header, body.totals, role);
  // From the TOTAL row itself: "Total packages: 3" under the table ends the table and states a total.
  const footer = body.totalRow >= 0 ? body.totalRow : body.lastRow + 1;
  scan(footer, footer + FOOTER_ROWS);
  if (role === 'permit' && !header.issue_date) {
    const dated = officialDateLine(rows, table.headerStart, sheet);
    if (dated) header.issue_date = dated;
  }
  if (role === 'permit' && !header.valid_until) {
    const until = validitySentence(rows, [[0, table.headerStart], [footer, footer + FOOTER_ROWS]], sheet);
    if (until) header.valid_until = until;
  }
  if (role === 'invoice' && !header.currency && table.currency) {
    header.currency = { value: table.currency.value, sheet, cell: table.currency.cell };
  }
  if (role === 'invoice' && !header.currency) {
    const currency = currencyFromTable(table, body);
    if (currency) header.currency = currency;
  }
  return header;
}

// A Vietnamese official document dates itself in the place-and-date line: "Hà Nội, ngày 15 tháng 10 năm 2026".
const PLACE_AND_DATE = /ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}/i;

function officialDateLine(rows: CellValue[][], before: number, sheet: string): Sourced<string> | undefined {
  for (let r = 0; r < Math.min(before, rows.length); r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || !PLACE_AND_DATE.test(v)) continue;
      const date = parseDate(v);
      if (date) return { value: date, sheet, cell: columnLetter(c) + (r + 1), raw: v };
    }
  }
  return undefined;
}

// Permits often state their validity in a sentence rather than beside a label:
// "Giấy phép này có giá trị đến hết ngày 14/10/2027", "This permit is valid until 14 Oct 2027".
const VALID_UNTIL_IN_SENTENCE = /(co gia tri|co hieu luc|valid)\s*(su dung\s*)?(den|toi|until|to|through)\s*(het\s*)?/;

function validitySentence(rows: CellValue[][], ranges: [number, number][], sheet: string): Sourced<string> | undefined {
  for (const [from, to] of ranges) {
    for (let r = from; r < Math.min(to, rows.length); r++) {
      const row = rows[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== 'string') continue;
        const text = stripAccents(v);
        const m = VALID_UNTIL_IN_SENTENCE.exec(text);
        if (!m) continue;
        const date = parseDate(text.slice(m.index + m[0].length));
        if (date) return { value: date, sheet, cell: columnLetter(c) + (r + 1), raw: v };
      }
    }
  }
  return undefined;
}

interface Found {
  value: string | number;
  cell: string;
  raw?: string;
}

/** The label's value: after it in the same cell, else the next filled cell to the right, else the cell below. */
function findValue(rows: CellValue[][], r: number, c: number, rest: string, kind: Kind, convention: Body['convention'], role: Role): Found | null {
  const here = columnLetter(c) + (r + 1);
  if (rest) {
    const v = parseAs(rest, kind, convention);
    if (v !== null) return { value: v, cell: here, raw: rest };
  }
  const row = rows[r];
  let labelBeside = false;
  for (let k = c + 1; k < Math.min(row.length, c + 6); k++) {
    const cand = row[k];
    if (cand === null || cand === undefined) continue;
    // A row of labels ("Invoice No" | "Invoice date") with the values on the row below.
    if (kind === 'text' && typeof cand === 'string' && matchLabel(role, cand)) {
      labelBeside = true;
      break;
    }
    const v = parseAs(cand, kind, convention);
    if (v !== null) return { value: v, cell: columnLetter(k) + (r + 1), raw: typeof cand === 'string' ? cand : undefined };
    break;
  }
  const below = rows[r + 1]?.[c];
  if (below !== null && below !== undefined) {
    const v = parseAs(below, kind, convention);
    const belowIsLabel = typeof below === 'string' && matchLabel(role, below) !== null;
    if (v !== null && (kind !== 'text' || (labelBeside && !belowIsLabel))) return { value: v, cell: columnLetter(c) + (r + 2) };
  }
  return null;
}

function parseAs(v: CellValue, kind: Kind, convention: Body['convention']): string | number | null {
  switch (kind) {
    case 'date':
      return parseDate(v);
    case 'number':
      return parseNumber(v, convention)?.value ?? null;
    case 'currency': {
      const m = displayText(v).toUpperCase().match(CURRENCY_CODE);
      return m ? (m[1] === 'RMB' ? 'CNY' : m[1]) : null;
    }
    case 'text': {
      const t = displayText(v).trim().replace(/^[:：#.\s]+/, '');
      return t === '' ? null : t;
    }
  }
}

const TOTAL_FROM_COLUMN: Partial<Record<LineField, HeaderKey>> = {
  amount: 'total', packages: 'total_packages', netWeight: 'total_net_weight', grossWeight: 'total_gross_weight',
};

function fillFromTotals(header: DocumentHeader, totals: Body['totals'], role: Role): void {
  for (const [field, key] of Object.entries(TOTAL_FROM_COLUMN) as [LineField, HeaderKey][]) {
    const t = totals[field];
    if (!t || header[key] !== undefined) continue;
    if (role === 'invoice' && key !== 'total') continue;
    if (role === 'packing_list' && key === 'total') continue;
    if (role !== 'invoice' && role !== 'packing_list') continue;
    (header as Record<string, Sourced<number>>)[key] = t;
  }
}

function currencyFromTable(table: DetectedTable, body: Body): Sourced<string> | undefined {
  for (const col of table.columns) {
    if (col.field !== 'amount' && col.field !== 'unitPrice') continue;
    const m = col.header.toUpperCase().match(CURRENCY_CODE);
    if (m) return { value: m[1] === 'RMB' ? 'CNY' : m[1], sheet: table.sheet.name, cell: col.column + (table.headerEnd + 1) };
  }
  const [first] = body.currencies;
  if (first) {
    const code = first === 'US$' || first === '$' ? 'USD' : first === '€' ? 'EUR' : first === '₫' ? 'VND' : first === 'RMB' ? 'CNY' : first;
    const line = body.lines.find((l) => l.amount?.raw || l.unitPrice?.raw);
    const at = line?.amount ?? line?.unitPrice;
    if (at) return { value: code, sheet: at.sheet, cell: at.cell };
  }
  return undefined;
}
