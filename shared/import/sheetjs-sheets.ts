// SheetJS's reading of a workbook as our sheets of values: .xls, CSV text, and every .xlsx the fast reader
// (xlsx-values.ts) leaves to it.
import * as XLSX from 'xlsx';
import type { CellValue, Merge, Sheet } from './workbook.ts';

/** SheetJS's reading of a workbook, for the formats and features the fast .xlsx reader leaves to it. Throws. */
export function readWithSheetJs(bytes: Uint8Array): Sheet[] {
  // Only values are needed: no formatted text, formulas or styles (a third of SheetJS's time on large sheets).
  // Dates stay Excel serial numbers; parseDate reads them where a date is expected.
  const wb = XLSX.read(bytes, { type: 'array', dense: true, cellText: false, cellFormula: false, cellHTML: false, cellStyles: false, cellNF: false });
  return wb.SheetNames.map((name) => toSheet(name, wb.Sheets[name]));
}

export function toSheet(name: string, ws: XLSX.WorkSheet): Sheet {
  const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const rows: CellValue[][] = new Array(data.length);
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    if (!src) {
      rows[r] = [];
      continue;
    }
    const row: CellValue[] = new Array(src.length);
    for (let c = 0; c < src.length; c++) row[c] = cellValue(src[c]);
    rows[r] = row;
  }
  return { name, rows, merges: (ws['!merges'] ?? []) as Merge[] };
}

function cellValue(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell || cell.v === undefined || cell.t === 'z' || cell.t === 'e') return null;
  if (cell.t === 's') {
    const s = String(cell.v);
    return s.trim() === '' ? null : s;
  }
  return cell.v as CellValue;
}
