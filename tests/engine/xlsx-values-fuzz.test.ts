// Random workbooks, written by SheetJS with and without a shared-string table: whatever the cells hold (any
// Unicode, XML-special characters, line breaks, _xHHHH_-looking text, numbers of every size, booleans, blanks,
// merges, several sheets), the fast reader gives SheetJS's values, or leaves the file to SheetJS.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readXlsxValues } from '../../shared/import/xlsx-values.ts';
import { readWithSheetJs } from '../../shared/import/sheetjs-sheets.ts';
import { expectSameCells } from '../support/xlsx-shadow.ts';

const textCell = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.constantFrom('Số lượng / Qty / 数量', 'A&B <C> "D" \'E\'', 'line\nbreak', 'win\r\nbreak', '_x000D_ literal', '  padded  ',
    'Tổng cộng', '1.200,50', 'USD 1,200.00', '8517.62.59', '🙂 emoji', '&amp; already escaped', ']]>', '\t tab'),
);
const cell = fc.oneof(
  { weight: 4, arbitrary: textCell },
  { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -1e9, max: 1e9 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
);
const sheet = fc.record({
  rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
  merge: fc.option(fc.record({ r: fc.nat(5), c: fc.nat(5), h: fc.nat(2), w: fc.nat(3) })),
});
const book = fc.record({
  sheets: fc.array(sheet, { minLength: 1, maxLength: 3 }),
  sst: fc.boolean(),
});

function bytesOf(b: { sheets: { rows: unknown[][]; merge: { r: number; c: number; h: number; w: number } | null }[]; sst: boolean }): Uint8Array {
  const wb = XLSX.utils.book_new();
  b.sheets.forEach((s, i) => {
    const ws = XLSX.utils.aoa_to_sheet(s.rows);
    if (s.merge) ws['!merges'] = [{ s: { r: s.merge.r, c: s.merge.c }, e: { r: s.merge.r + s.merge.h, c: s.merge.c + s.merge.w } }];
    XLSX.utils.book_append_sheet(wb, ws, `S${i} & Ω`);
  });
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', bookSST: b.sst, compression: true }));
}

describe('fast .xlsx reader on random workbooks', () => {
  // SheetJS undoes XML escapes twice in formula-text cells (t="str", which its own writer uses for every string
  // without a shared-string table): a cell whose text is "&amp;" reads as "&". The fast reader keeps the text.
  it('keeps the text Excel shows where SheetJS unescapes formula text twice', () => {
    const ws = XLSX.utils.aoa_to_sheet([['&amp; already escaped', 'R&amp;D']]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }));
    expect(readXlsxValues(bytes)![0].rows[0]).toEqual(['&amp; already escaped', 'R&amp;D']);
    expect(readWithSheetJs(bytes)[0].rows[0]).toEqual(['& already escaped', 'R&D']);
  });


  it('agrees with SheetJS cell for cell', () => {
    let fast = 0;
    fc.assert(fc.property(book, (b) => {
      const bytes = bytesOf(b);
      const read = readXlsxValues(bytes);
      if (read === null) return;
      fast++;
      expectSameCells(read, readWithSheetJs(bytes));
    }), { numRuns: 300 });
    // The point is the fast path: if it stepped aside for most workbooks, this test would prove nothing.
    expect(fast).toBeGreaterThan(250);
  });
});
