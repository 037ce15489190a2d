// Limits no real shipping document comes near, so that a damaged or hostile file (a zip bomb, a sheet that
// claims a million rows, a cell of a billion characters) is refused in one sentence instead of being read until
// the machine runs out of memory. The numbers are stated in the README ("Limits"); each refusal names the file
// and the limit it passed. A 10,000-line invoice is a 1.2 MB file of 10 parts, its sheet 3.5 MB of XML.

const MiB = 1024 * 1024;

export const LIMITS = {
  /** Bytes of the file itself (.xlsx, .xls or .csv) as it lies on disk. */
  fileBytes: 256 * MiB,
  /** Bytes of a CSV/text file (64 MB is about 500,000 lines). */
  textBytes: 64 * MiB,
  /** Entries in an .xlsx package (Excel writes 10 to 40). */
  parts: 10_000,
  /** Bytes one part unpacks to (a worksheet's XML). */
  partBytes: 200 * MiB,
  /** Bytes all parts together unpack to. */
  totalBytes: 400 * MiB,
  /** Unpacked ÷ packed size of one part over 1 MiB: sheet XML packs 5–30 to 1, a zip bomb 1,000 to 1. */
  ratio: 250,
  ratioFrom: 1 * MiB,
  /** Cells a sheet spans: last row used × widest row (a 1,000,000-row sheet of 20 columns fits). */
  sheetCells: 20_000_000,
  /** Excel's grid: XFD1048576. A reference past it is damage, not a big sheet. */
  rows: 1_048_576,
  columns: 16_384,
  /** Characters of one cell's text (Excel itself stops at 32,767). */
  stringChars: 100_000,
  /** Entries in the shared-string table (10,000 lines of 6 text columns are at most 60,000). */
  sharedStrings: 1_000_000,
} as const;

/** A file refused before or while it is read: `en`/`vi` complete the sentence that begins with the file name. */
export class ReadRefusal extends Error {
  constructor(readonly en: string, readonly vi: string) {
    super(en);
    this.name = 'ReadRefusal';
  }
}

const ASK = { en: 'ask the sender for a new copy.', vi: 'hãy xin người gửi một bản khác.' };

/** The file is damaged: `what` says how, in a few words ("its zip directory does not match its contents"). */
export function damaged(what: string, whatVi: string): ReadRefusal {
  return new ReadRefusal(`is damaged (${what}) and cannot be read as a spreadsheet: ${ASK.en}`,
    `bị hỏng (${whatVi}), không đọc được như bảng tính: ${ASK.vi}`);
}

/** The file passes one of LIMITS: `what` says which, with the figure and the limit. */
export function tooLarge(what: string, whatVi: string): ReadRefusal {
  return new ReadRefusal(`is refused: ${what}, which no real invoice, packing list, permit or catalogue does (a damaged or hostile file); ${ASK.en}`,
    `bị từ chối: ${whatVi}, điều mà không hóa đơn, phiếu đóng gói, giấy phép hay catalogue thật nào có (tệp hỏng hoặc độc hại); ${ASK.vi}`);
}

/** "400 MB" for byte counts in sentences. */
export function megabytes(bytes: number, locale: 'en-US' | 'vi-VN' = 'en-US'): string {
  return bytes >= MiB ? `${Math.round(bytes / MiB).toLocaleString(locale)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The same in Vietnamese figures (4.096 MB). */
export function megabytesVi(bytes: number): string {
  return megabytes(bytes, 'vi-VN');
}

export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** The same figure as Vietnamese writes it (1.048.576). */
export function countVi(n: number): string {
  return n.toLocaleString('vi-VN');
}
