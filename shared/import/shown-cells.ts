// The cells as the sheet shows them, for the source-cell view only: a date cell holds an Excel serial (46112)
// that the import engine reads as a date where one is expected, but a person reads 31/03/2026. The engine's
// values are unchanged; this second read with number formats is paid only when a finding's cells are opened.
import * as XLSX from 'xlsx';
import type { Grid } from './workbook.ts';
import { quietly } from './sheetjs-sheets.ts';
import { checkedZip } from './unzip.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy for an Excel serial in the workbook's date system (1904 for old Mac workbooks); null if not a date. */
export function serialAsDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  const d = XLSX.SSF.parse_date_code(serial, { date1904 });
  if (!d || !d.y) return null;
  const day = `${pad(d.d)}/${pad(d.m)}/${d.y}`;
  // A time is shown only when the cell has one: most dossier dates are whole days.
  return d.H || d.M ? `${day} ${pad(d.H)}:${pad(d.M)}` : day;
}

/** The text one cell shows: a date-formatted number as dd/mm/yyyy, otherwise the sheet's formatted text. */
export function shownText(cell: XLSX.CellObject | undefined, date1904: boolean): string | undefined {
  if (!cell) return undefined;
  if (cell.t === 'n' && typeof cell.v === 'number' && typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)) {
    return serialAsDate(cell.v, date1904) ?? undefined;
  }
  if (cell.t === 'd' && cell.v instanceof Date) return `${pad(cell.v.getDate())}/${pad(cell.v.getMonth() + 1)}/${cell.v.getFullYear()}`;
  return typeof cell.w === 'string' && cell.w !== '' ? cell.w : undefined;
}

/**
 * The grid with each cell replaced by its shown text where the sheet formats it. Bytes already read by
 * readWorkbook (so checked); any failure of this second read leaves the plain values, which are still right.
 */
export function withShownText(bytes: Uint8Array, grid: Grid): Grid {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf;
  if (!isZip && !isOle) return grid;
  let wb: XLSX.WorkBook;
  try {
    const input = isZip ? checkedZip(bytes, () => {}) : bytes;
    wb = quietly(() => XLSX.read(input, { type: 'array', cellNF: true, cellText: true, cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false }));
  } catch {
    return grid;
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  return {
    sheets: grid.sheets.map((s) => {
      const ws = wb.Sheets[s.name];
      if (!ws) return s;
      return {
        ...s,
        rows: s.rows.map((row, r) => row.map((text, c) => shownText(ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined, date1904) ?? text)),
      };
    }),
  };
}
