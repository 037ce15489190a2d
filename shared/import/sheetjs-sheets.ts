// SheetJS's reading of a workbook as our sheets of values: .xls, CSV text, and every .xlsx the fast reader
// (xlsx-values.ts) leaves to it.
import * as XLSX from 'xlsx';
import { LIMITS, count, countVi, damaged, tooLarge } from './limits.ts';
import { checkedZip } from './unzip.ts';
import type { CellValue, Merge, Sheet } from './workbook.ts';

/**
 * SheetJS's reading of a workbook, for the formats and features the fast .xlsx reader leaves to it. Throws.
 * `nonFinite: 'keep'` is for the tests that compare SheetJS's cells with the fast reader's; the reader refuses.
 */
export function readWithSheetJs(bytes: Uint8Array, nonFinite: 'refuse' | 'keep' = 'refuse'): Sheet[] {
  // A zip is checked and rebuilt from its checked parts first (checkedZip throws a ReadRefusal on damage or past
  // a limit): SheetJS spins for minutes on some damaged zips, and would unpack a zip bomb whole.
  const input = bytes[0] === 0x50 && bytes[1] === 0x4b ? checkedZip(bytes, refsWithinGrid) : bytes;
  // Only values are needed: no formatted text, formulas or styles (a third of SheetJS's time on large sheets).
  // Dates stay Excel serial numbers; parseDate reads them where a date is expected.
  const wb = quietly(() => XLSX.read(input, { type: 'array', dense: true, cellText: false, cellFormula: false, cellHTML: false, cellStyles: false, cellNF: false }));
  // A damaged .xls can list a sheet SheetJS then fails to build; the others are still read (and a workbook
  // left with none is said as such by readWorkbook).
  return wb.SheetNames.filter((name) => wb.Sheets[name]).map((name) => toSheet(name, wb.Sheets[name], nonFinite));
}

const utf8 = new TextDecoder();

/**
 * SheetJS drops a cell past XFD1048576 without a word: a worksheet's references are checked before it reads them,
 * as the fast reader checks them while it scans.
 */
function refsWithinGrid(name: string, data: Uint8Array): void {
  if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) return;
  const xml = utf8.decode(data);
  for (const m of xml.matchAll(/<(?:\w+:)?(c|row)\s[^>]*?\br="([A-Za-z]*)(\d*)"/g)) {
    const [, tag, letters, digits] = m;
    const row = digits.length > 8 ? Infinity : Number(digits);
    const col = letters.length > 3 ? Infinity : letters === '' ? 0 : XLSX.utils.decode_col(letters.toUpperCase()) + 1;
    if (row > LIMITS.rows || col > LIMITS.columns || (tag === 'c' && letters === '')) {
      const written = `${letters}${digits}`.length > 20 ? `${`${letters}${digits}`.slice(0, 20)}…` : `${letters}${digits}`;
      throw damaged(`part ${name} names ${tag === 'c' ? 'cell' : 'row'} ${written}, past XFD1048576, the last cell a spreadsheet has`,
        `phần ${name} ghi ${tag === 'c' ? 'ô' : 'dòng'} ${written}, nằm ngoài XFD1048576, ô cuối cùng của một bảng tính`);
    }
  }
}

type Console = Pick<typeof console, 'log' | 'info' | 'warn' | 'error' | 'debug'>;

/**
 * SheetJS prints to the console while it reads ("Missing Info for XLS Record 0x…", "Bad uncompressed size"):
 * the CLI's contract allows one line on stderr, ours. What it says is of no use to a user; our sentence is.
 */
export function quietly<T>(read: () => T): T {
  const saved: Console = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  const mute = () => {};
  Object.assign(console, { log: mute, info: mute, warn: mute, error: mute, debug: mute });
  try {
    return read();
  } finally {
    Object.assign(console, saved);
  }
}

export function toSheet(name: string, ws: XLSX.WorkSheet, nonFinite: 'refuse' | 'keep' = 'refuse'): Sheet {
  const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  // SheetJS keeps sparse rows sparse; what we build is dense, so its extent is checked before a cell is made.
  let widest = 0;
  for (let r = 0; r < data.length; r++) if (data[r] && data[r].length > widest) widest = data[r].length;
  checkExtent(name, data.length, widest);
  const rows: CellValue[][] = new Array(data.length);
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    if (!src) {
      rows[r] = [];
      continue;
    }
    const row: CellValue[] = new Array(src.length);
    for (let c = 0; c < src.length; c++) row[c] = cellValue(src[c], name, r, c, nonFinite);
    rows[r] = row;
  }
  return { name, rows, merges: (ws['!merges'] ?? []) as Merge[] };
}

/** Refuses a sheet reaching past Excel's grid, or spanning more cells than LIMITS.sheetCells. */
export function checkExtent(sheet: string, rows: number, widest: number): void {
  if (rows > LIMITS.rows || widest > LIMITS.columns) {
    throw damaged(`sheet "${sheet}" has a cell past XFD1048576, the last cell a spreadsheet has`,
      `trang "${sheet}" có ô nằm ngoài XFD1048576, ô cuối cùng của một bảng tính`);
  }
  if (rows * widest > LIMITS.sheetCells) {
    throw tooLarge(`sheet "${sheet}" spans ${count(rows)} rows × ${count(widest)} columns, more than the limit of ${count(LIMITS.sheetCells)} cells`,
      `trang "${sheet}" trải trên ${countVi(rows)} dòng × ${countVi(widest)} cột, vượt giới hạn ${countVi(LIMITS.sheetCells)} ô`);
  }
}

/** A cell's A1 reference from 0-based row and column. */
export function a1(r: number, c: number): string {
  return `${XLSX.utils.encode_col(c)}${r + 1}`;
}

/** A number that is not finite (±Infinity, NaN from a damaged .xls record) is damage, never shown as a quantity. */
export function badNumber(sheet: string, r: number, c: number) {
  return damaged(`cell ${a1(r, c)} on sheet "${sheet}" holds a number that cannot be read`,
    `ô ${a1(r, c)} trên trang "${sheet}" chứa một số không đọc được`);
}

export function longText(sheet: string, r: number, c: number, length: number) {
  return tooLarge(`cell ${a1(r, c)} on sheet "${sheet}" holds ${count(length)} characters, more than the limit of ${count(LIMITS.stringChars)}`,
    `ô ${a1(r, c)} trên trang "${sheet}" chứa ${countVi(length)} ký tự, vượt giới hạn ${countVi(LIMITS.stringChars)}`);
}

function cellValue(cell: XLSX.CellObject | undefined, sheet: string, r: number, c: number, nonFinite: 'refuse' | 'keep'): CellValue {
  if (!cell || cell.v === undefined || cell.t === 'z' || cell.t === 'e') return null;
  if (cell.t === 's') {
    const s = String(cell.v);
    if (s.length > LIMITS.stringChars) throw longText(sheet, r, c, s.length);
    return s.trim() === '' ? null : s;
  }
  if (typeof cell.v === 'number' && !Number.isFinite(cell.v) && nonFinite === 'refuse') throw badNumber(sheet, r, c);
  return cell.v as CellValue;
}
