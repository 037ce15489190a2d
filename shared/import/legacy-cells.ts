// Cells typed in TCVN3 or VNI-Windows are converted to Unicode before the table is looked for, so that headers
// ("M· hµng", "Sè l­îng") and values match; the original text is kept beside each converted cell and every
// conversion is said (import preview and report).
import type { ReadNote } from '../domain/types.ts';
import { detectLegacyVietnamese } from '../parse/legacy-vietnamese.ts';
import { columnLetter, type CellValue, type Sheet } from './workbook.ts';

const CANDIDATE = /[\u00a0-\u00ff]/;

export interface LegacyCell {
  cell: string;
  raw: string;
  converted: string;
  encoding: 'TCVN3' | 'VNI';
  unconverted: string;
}

const ORIGINALS = new WeakMap<Sheet, Map<string, LegacyCell>>();

/** The sheet with its legacy-encoded cells converted (the same object when there are none). */
export function convertLegacyCells(sheet: Sheet): Sheet {
  let rows: CellValue[][] | null = null;
  const found = new Map<string, LegacyCell>();
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    let copy: CellValue[] | null = null;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || !CANDIDATE.test(v)) continue;
      const conv = detectLegacyVietnamese(v);
      if (!conv) continue;
      copy ??= row.slice();
      copy[c] = conv.converted;
      const cell = columnLetter(c) + (r + 1);
      found.set(cell, { cell, raw: v, ...conv });
    }
    if (copy) {
      rows ??= sheet.rows.slice();
      rows[r] = copy;
    }
  }
  if (!rows) return sheet;
  const out: Sheet = { ...sheet, rows };
  ORIGINALS.set(out, found);
  return out;
}

/** The cells of a sheet that were converted, in sheet order. */
export function legacyCells(sheet: Sheet): LegacyCell[] {
  return [...(ORIGINALS.get(sheet)?.values() ?? [])];
}

/** The text as written, for a converted cell. */
export function legacyOriginal(sheet: Sheet, cell: string): string | undefined {
  return ORIGINALS.get(sheet)?.get(cell)?.raw;
}

/** One note per converted cell of the rows a document was read from. */
export function legacyNotes(sheet: Sheet, fromRow: number, toRow: number): ReadNote[] {
  const out: ReadNote[] = [];
  for (const l of legacyCells(sheet)) {
    const row = Number(l.cell.replace(/^[A-Z]+/, ''));
    if (row < fromRow || row > toRow) continue;
    out.push({ sheet: sheet.name, cell: l.cell, field: 'description', raw: l.raw, problem: 'legacy_encoding', encoding: l.encoding, converted: l.converted, unconverted: l.unconverted });
  }
  return out;
}
