// Bytes → sheets of cells, with one clear sentence when the bytes are not a usable spreadsheet.
import * as XLSX from 'xlsx';
import type { InputError, Result } from '../domain/types.ts';
import { fail, ok } from '../domain/types.ts';
import { readXlsxValues } from './xlsx-values.ts';
import { readWithSheetJs, toSheet } from './sheetjs-sheets.ts';

export type CellValue = string | number | boolean | Date | null;

export interface Merge {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export interface Sheet {
  name: string;
  /** rows[r][c], 0-based; row 0 is sheet row 1, column 0 is column A. Rows may be ragged. */
  rows: CellValue[][];
  merges: Merge[];
}

export interface Workbook {
  sheets: Sheet[];
  /** True for CSV: every cell is text as written, numbers included. */
  textOnly: boolean;
}

type Format = 'zip' | 'ole' | 'text' | 'unknown';

function sniff(bytes: Uint8Array): Format {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  // Excel's "Unicode text" export is UTF-16 with a byte-order mark: text, though full of zero bytes.
  if (utf16Of(bytes)) return 'text';
  const probe = bytes.subarray(0, 4096);
  for (const b of probe) if (b === 0) return 'unknown';
  return 'text';
}

function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Documents that travel with a dossier and get attached in the wrong slot: said by name, not as "damaged". */
function otherDocumentKind(bytes: Uint8Array): { en: string; vi: string } | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  if (head.startsWith('%PDF')) return { en: 'PDF document', vi: 'tài liệu PDF' };
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return { en: 'JPEG image', vi: 'ảnh JPEG' };
  if (head.startsWith('\x89PNG')) return { en: 'PNG image', vi: 'ảnh PNG' };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // A zip's entry names are stored in plain text: Word and PowerPoint files name their own folders.
    const names = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 65536)));
    if (!names.includes('xl/') && names.includes('word/')) return { en: 'Word document', vi: 'tài liệu Word' };
    if (!names.includes('xl/') && names.includes('ppt/')) return { en: 'PowerPoint presentation', vi: 'bản trình chiếu PowerPoint' };
  }
  return null;
}

function extensionOf(file: string): string {
  const m = file.toLowerCase().match(/\.([a-z0-9]+)$/);
  return m ? m[1] : '';
}

export function inputError(file: string, message: string, messageVi: string, sheet?: string, column?: string): InputError {
  return { file, sheet, column, message, messageVi };
}

/** Reads .xlsx, .xls or .csv bytes. */
export function readWorkbook(file: string, bytes: Uint8Array): Result<Workbook> {
  if (bytes.length === 0) {
    return fail(inputError(file, `${file} is empty (0 bytes): export the document again from its source and retry.`,
      `${file} rỗng (0 byte): hãy xuất lại tài liệu từ nguồn và thử lại.`));
  }
  const ext = extensionOf(file);
  const format = sniff(bytes);
  const other = otherDocumentKind(bytes);
  if (other) {
    return fail(inputError(file, `${file} is a ${other.en}, not a spreadsheet: ask the sender for the Excel file (.xlsx, .xls or .csv).`,
      `${file} là ${other.vi}, không phải bảng tính: hãy xin người gửi tệp Excel (.xlsx, .xls hoặc .csv).`));
  }
  if (format === 'unknown') {
    return fail(inputError(file, `${file} is not a spreadsheet: save it as .xlsx, .xls or .csv and retry.`,
      `${file} không phải bảng tính: hãy lưu thành .xlsx, .xls hoặc .csv rồi thử lại.`));
  }
  if (format === 'text' && (ext === 'xlsx' || ext === 'xlsm' || ext === 'xls') && !looksLikeMarkup(bytes)) {
    return fail(inputError(file, `${file} is not an Excel workbook but plain text renamed to .${ext}: open it in Excel and save it as .xlsx.`,
      `${file} không phải tệp Excel mà là văn bản thường bị đổi tên thành .${ext}: hãy mở bằng Excel và lưu thành .xlsx.`));
  }
  if (format === 'text') return readText(file, bytes);
  const fast = format === 'zip' ? readXlsxValues(bytes) : null;
  if (fast) return ok({ sheets: fast, textOnly: false });
  try {
    return ok({ sheets: readWithSheetJs(bytes), textOnly: false });
  } catch (e) {
    return fail(describeReadFailure(file, e, format));
  }
}

function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith('<');
}

function describeReadFailure(file: string, e: unknown, format: Format): InputError {
  const text = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(text) || (format === 'ole' && /ecma-376|encryption/i.test(text))) {
    return inputError(file, `${file} is password-protected: open it in Excel, remove the password and save a copy.`,
      `${file} được đặt mật khẩu: hãy mở bằng Excel, gỡ mật khẩu và lưu một bản sao.`);
  }
  return inputError(file, `${file} is damaged and cannot be read as a spreadsheet: ask the sender for a new copy.`,
    `${file} bị hỏng, không đọc được như bảng tính: hãy xin người gửi một bản khác.`);
}

// CSV: decoded as UTF-8, or UTF-16 when a byte-order mark says so (BOM stripped), and kept as text so our number parser, not SheetJS's, decides
// what "1.200" means. The separator is whichever of ; , tab | splits the first lines most consistently.
function readText(file: string, bytes: Uint8Array): Result<Workbook> {
  let text = new TextDecoder(utf16Of(bytes) ?? 'utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const sep = detectSeparator(text);
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(text, { type: 'string', raw: true, dense: true, FS: sep } as XLSX.ParsingOptions);
  } catch (e) {
    return fail(describeReadFailure(file, e, 'text'));
  }
  const sheets = wb.SheetNames.map((name) => toSheet(name, wb.Sheets[name]));
  if (sheets.length === 1) sheets[0].name = baseName(file);
  return ok({ sheets, textOnly: true });
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'Sheet1';
}

function detectSeparator(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 30);
  let best = ',';
  let bestScore = -1;
  for (const sep of [';', ',', '\t', '|']) {
    const counts = lines.map((l) => splitOutsideQuotes(l, sep));
    const max = Math.max(0, ...counts);
    // Prefer the separator that gives many columns on many lines.
    const score = counts.filter((n) => n === max).length * max;
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

function splitOutsideQuotes(line: string, sep: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) n++;
  }
  return n;
}

/** Every sheet as display text, for the import preview and side-by-side source rows. */
export function readGrid(file: string, bytes: Uint8Array): Result<Grid> {
  const wb = readWorkbook(file, bytes);
  return wb.ok ? ok(gridOf(wb.value)) : wb;
}

export interface Grid {
  sheets: { name: string; rows: string[][] }[];
}

export function gridOf(wb: Workbook): Grid {
  return { sheets: wb.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => Array.from(r, displayText)) })) };
}

export function displayText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const y = v.getFullYear();
    if (Number.isNaN(y)) return '';
    return `${y}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
  }
  return String(v);
}

const LETTERS: string[] = [];
/** Column letter for a 0-based column index (cached: called for every cell read). */
export function columnLetter(c: number): string {
  let s = LETTERS[c];
  if (s === undefined) {
    s = XLSX.utils.encode_col(c);
    LETTERS[c] = s;
  }
  return s;
}

export function columnIndex(letter: string): number {
  return XLSX.utils.decode_col(letter.toUpperCase());
}
