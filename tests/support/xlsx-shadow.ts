// Every .xlsx the node tests read goes through the fast reader (shared/import/xlsx-values.ts) AND through
// SheetJS, and the two must agree cell for cell: the whole engine suite's workbooks double as its test.
import { expect, vi } from 'vitest';
import { readWithSheetJs } from '../../shared/import/sheetjs-sheets.ts';
import type { Sheet } from '../../shared/import/workbook.ts';
import { useNodeInflate } from '../../electron/node-inflate.ts';

// As in the CLI and the main process; tests/engine/unzip.test.ts covers the pure-JavaScript path.
useNodeInflate();

vi.mock('../../shared/import/xlsx-values.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../shared/import/xlsx-values.ts')>();
  return {
    ...real,
    readXlsxValues(bytes: Uint8Array): Sheet[] | null {
      const fast = real.readXlsxValues(bytes);
      if (fast) expectSameCells(fast, readWithSheetJs(bytes, 'keep'));
      return fast;
    },
  };
});

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeOnce = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) =>
  (e[0] !== '#' ? ENTITY[e.toLowerCase()] ?? whole : String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))));

/** What SheetJS makes of a character past U+FFFF written as a numeric reference: its low 16 bits only. */
const cutTo16Bits = (s: string) => Array.from(s, (ch) => { const cp = ch.codePointAt(0)!; return cp > 0xffff ? String.fromCharCode(cp & 0xffff) : ch; }).join('');

/**
 * The fast reader's cells equal SheetJS's, but for two SheetJS quirks where the fast reader keeps what Excel
 * shows: XML escapes undone twice in formula-text cells (t="str"), so text that itself reads "&amp;" comes out
 * "&"; and numeric references past U+FFFF (openpyxl writes emoji and rare CJK so) cut to 16 bits. A reference
 * past Unicode, which SheetJS reads as U+0000, the fast reader leaves as written. A third: a number cell
 * whose value is text reads as that text, where SheetJS makes NaN of it.
 */
export function expectSameCells(fast: Sheet[], slow: Sheet[]): void {
  const a = comparable(fast);
  for (const [i, sheet] of a.entries()) if (slow[i] && sheet.name !== slow[i].name && sheetJsReading(sheet.name) === slow[i].name) sheet.name = slow[i].name;
  const b = comparable(slow);
  for (const [i, sheet] of a.entries()) {
    for (const [r, row] of sheet.rows.entries()) {
      for (const [c, v] of row.entries()) {
        const w = b[i]?.rows[r]?.[c];
        if (typeof v === 'string' && typeof w === 'string' && v !== w && sheetJsReading(v) === w) row[c] = w;
        // A number cell holding text: SheetJS makes NaN of it (and the reader then refuses it), the fast reader
        // keeps the text.
        if (typeof v === 'string' && typeof w === 'number' && Number.isNaN(w)) row[c] = w;
      }
    }
  }
  expect(a, 'fast .xlsx reader disagrees with SheetJS').toEqual(b);
}

function sheetJsReading(v: string): string {
  const cut = cutTo16Bits(v.replace(/&#1114112;|&#x110000;/gi, '\u0000'));
  return cut === v ? unescapeOnce(v) : cut;
}

/** Trailing empty cells and rows carry nothing: SheetJS keeps those of formatted empty cells, the fast reader not. */
export function comparable(sheets: Sheet[]): Sheet[] {
  return sheets.map((s) => {
    const rows = s.rows.map((r) => {
      let n = r.length;
      while (n > 0 && (r[n - 1] === null || r[n - 1] === undefined)) n--;
      return Array.from(r.slice(0, n), (v) => v ?? null);
    });
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    return { name: s.name, rows, merges: s.merges.map((m) => ({ s: { r: m.s.r, c: m.s.c }, e: { r: m.e.r, c: m.e.c } })) };
  });
}
