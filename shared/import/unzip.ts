// The parts of a zip package, read through its central directory after the whole directory has been checked
// against the local headers and against LIMITS: a truncated, byte-flipped or zeroed file, or a zip bomb, is
// refused here (a ReadRefusal) before any reader sees a byte of it. Parts unpack under a cap of their declared
// size (the header is not trusted: inflation stops the moment it passes the cap) and must match their CRC-32.
// Where the platform has a native inflater (Node's zlib, in the CLI and the main process) it is handed in once at
// start-up, about five times faster than fflate's JavaScript on a large sheet, with zlib's CRC-32.
import { Inflate, zipSync, type Zippable } from 'fflate';
import { LIMITS, count, countVi, damaged, megabytes, megabytesVi, tooLarge } from './limits.ts';
import { quoteText } from './quote-text.ts';

/** Raw DEFLATE (no zlib header) in, bytes out, stopping past maxBytes; throws on damaged data or past the cap. */
export type InflateRaw = (data: Uint8Array, maxBytes: number) => Uint8Array;
export type Crc32 = (data: Uint8Array) => number;

let nativeInflateRaw: InflateRaw | null = null;
let nativeCrc32: Crc32 | null = null;

/** Called once by a process that has a native inflater (this module stays free of Node imports). */
export function useInflateRaw(inflate: InflateRaw | null, crc32: Crc32 | null = null): void {
  nativeInflateRaw = inflate;
  nativeCrc32 = crc32;
}

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  /** Offset of the entry's data (after its local header). */
  start: number;
}

/** The wanted entries by name. Throws a ReadRefusal when the package is damaged or passes a limit. */
export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array> = {};
  for (const e of readZipDirectory(bytes)) if (wanted(e.name)) parts[e.name] = inflateEntry(bytes, e);
  return parts;
}

/**
 * The package rebuilt from its checked, unpacked parts, stored without compression: what SheetJS gets, so that
 * it never meets a damaged zip (on which it can spin for minutes) and never unpacks anything itself.
 */
export function checkedZip(bytes: Uint8Array, inspect?: (name: string, data: Uint8Array) => void): Uint8Array {
  const files: Zippable = {};
  for (const e of readZipDirectory(bytes)) {
    if (e.name.endsWith('/')) continue; // a folder entry holds nothing
    const data = inflateEntry(bytes, e);
    inspect?.(e.name, data);
    files[e.name] = [data, { level: 0 }];
  }
  return zipSync(files);
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder();

const cut = () => damaged('it is cut short or its end is damaged: the zip directory is missing', 'tệp bị cắt ngắn hoặc phần cuối bị hỏng: thiếu thư mục zip');
/**
 * A part's name as a message may quote it: a damaged length field makes the "name" run over the rest of the
 * zip directory, binary bytes and line breaks included, and the answer must stay one readable line.
 */
export function partLabel(name: string): string {
  return quoteText(name);
}

const disagree = (what: string) => damaged(`its zip directory and its contents do not agree: ${what}`, `thư mục zip và nội dung không khớp: ${what}`);

/** Every entry of the central directory, each checked against its local header, the file's length and LIMITS. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) throw cut();
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) throw disagree('it claims to span several disks');
  let entries = view.getUint16(eocd + 10, true);
  let dirSize = view.getUint32(eocd + 12, true);
  let at = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || dirSize === 0xffffffff || at === 0xffffffff) {
    // Zip64: the real figures are in a record the locator just before the end record points at.
    if (eocd < 20 || view.getUint32(eocd - 20, true) !== EOCD64_LOCATOR) throw disagree('its zip64 record is missing');
    const rec = safeNumber(view.getBigUint64(eocd - 12, true));
    if (rec + 56 > eocd || view.getUint32(rec, true) !== EOCD64) throw disagree('its zip64 record is missing');
    entries = safeNumber(view.getBigUint64(rec + 32, true));
    dirSize = safeNumber(view.getBigUint64(rec + 40, true));
    at = safeNumber(view.getBigUint64(rec + 48, true));
  }
  if (entries > LIMITS.parts) {
    throw tooLarge(`it holds ${count(entries)} parts, more than the limit of ${count(LIMITS.parts)}`,
      `tệp có ${countVi(entries)} phần, vượt giới hạn ${countVi(LIMITS.parts)}`);
  }
  const dirEnd = at + dirSize;
  if (dirEnd > eocd) throw cut();
  const out: ZipEntry[] = [];
  const names = new Set<string>();
  const spans: [number, number][] = [];
  let total = 0;
  let bomb: { name: string; size: number; compressed: number } | null = null;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > dirEnd || view.getUint32(at, true) !== CENTRAL) throw disagree(`entry ${i + 1} of ${entries} is not where the directory says`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    let compressed = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    let local = view.getUint32(at + 42, true);
    const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
    if (next > dirEnd) throw disagree(`entry ${i + 1} of ${entries} runs past the directory`);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    if (size === 0xffffffff || compressed === 0xffffffff || local === 0xffffffff) {
      const z = zip64Extra(view, at + 46 + nameLength, extraLength, size === 0xffffffff, compressed === 0xffffffff, local === 0xffffffff);
      if (!z) throw disagree(`part ${partLabel(name)} has no zip64 sizes`);
      [size, compressed, local] = [z.size ?? size, z.compressed ?? compressed, z.local ?? local];
    }
    at = next;
    if (names.has(name)) throw disagree(`part ${partLabel(name)} appears twice`);
    names.add(name);
    if (flags & 1) throw damaged(`part ${partLabel(name)} is encrypted inside the zip`, `phần ${partLabel(name)} bị mã hóa bên trong zip`);
    if (method !== 0 && method !== 8) throw damaged(`part ${partLabel(name)} uses a compression Excel does not write`, `phần ${partLabel(name)} dùng kiểu nén Excel không dùng`);
    if (method === 0 && compressed !== size) throw disagree(`part ${partLabel(name)} has two sizes`);
    if (size > LIMITS.partBytes) {
      throw tooLarge(`part ${partLabel(name)} unpacks to ${megabytes(size)}, more than the limit of ${megabytes(LIMITS.partBytes)} for one part`,
        `phần ${partLabel(name)} giải nén ra ${megabytesVi(size)}, vượt giới hạn ${megabytesVi(LIMITS.partBytes)} cho một phần`);
    }
    total += size;
    if (total > LIMITS.totalBytes) {
      throw tooLarge(`its parts unpack to more than the limit of ${megabytes(LIMITS.totalBytes)} in all`,
        `các phần giải nén ra hơn giới hạn ${megabytesVi(LIMITS.totalBytes)} tổng cộng`);
    }
    // Said after the sizes of every part are known: a bomb that also passes the total is said by its total.
    if (!bomb && size > LIMITS.ratioFrom && size / Math.max(1, compressed) > LIMITS.ratio) bomb = { name, size, compressed };
    // The local header must name the same part, at a place inside the file, before the directory.
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw disagree(`part ${partLabel(name)} is not where the directory says`);
    const localNameLength = view.getUint16(local + 26, true);
    if (localNameLength !== nameLength || !sameBytes(bytes.subarray(local + 30, local + 30 + nameLength), nameBytes)) {
      throw disagree(`part ${partLabel(name)} is named differently inside`);
    }
    const localFlags = view.getUint16(local + 6, true);
    if ((localFlags & 8) === 0) {
      // Without a data descriptor, the local header repeats the checksum and packed size.
      const localCompressed = view.getUint32(local + 18, true);
      if (view.getUint32(local + 14, true) !== crc || (localCompressed !== 0xffffffff && localCompressed !== compressed)) {
        throw disagree(`part ${partLabel(name)} has two checksums or sizes`);
      }
    }
    const start = local + 30 + localNameLength + view.getUint16(local + 28, true);
    if (start + compressed > Math.min(bytes.length, dirEnd - dirSize)) throw cut();
    spans.push([local, start + compressed]);
    out.push({ name, method, crc, compressed, size, start });
  }
  if (bomb) {
    const ratio = Math.round(bomb.size / Math.max(1, bomb.compressed));
    throw tooLarge(`part ${bomb.name} unpacks to ${count(ratio)} times its packed size (${megabytes(bomb.size)}), more than the limit of ${LIMITS.ratio} times (a zip bomb)`,
      `phần ${bomb.name} giải nén ra gấp ${countVi(ratio)} lần kích thước nén (${megabytesVi(bomb.size)}), vượt giới hạn ${LIMITS.ratio} lần (zip bomb)`);
  }
  // Parts never share bytes: overlapping entries are how the smallest zip bombs are made.
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) throw disagree('two parts share the same bytes');
  return out;
}

/** One entry's bytes, unpacked under a cap of its declared size and checked against its CRC-32. */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const data = bytes.subarray(e.start, e.start + e.compressed);
  let out: Uint8Array;
  if (e.method === 0) out = data.slice();
  else if (e.size === 0 && e.compressed === 0) out = new Uint8Array(0);
  else {
    try {
      out = (nativeInflateRaw ?? inflateCapped)(data, e.size);
    } catch {
      throw wrongSize(e);
    }
  }
  if (out.length !== e.size) {
    throw wrongSize(e);
  }
  // The CRC-32 is checked wherever it is cheap: always with zlib's (the CLI, the main process), and for stored
  // parts, which nothing else checks. Without zlib a deflated part is held to its exact declared length and to
  // deflate's own structure only: the JavaScript CRC would add a fifth to the reading of a large shipment.
  const crc = nativeCrc32 ?? (e.method === 0 ? crc32 : null);
  if (crc && crc(out) !== e.crc) throw damaged(`part ${e.name} fails its checksum`, `phần ${e.name} sai tổng kiểm tra`);
  return out;
}

function wrongSize(e: ZipEntry) {
  return damaged(`part ${e.name} does not unpack to the ${megabytes(e.size)} its header declares`, `phần ${e.name} không giải nén ra đúng ${megabytesVi(e.size)} như tiêu đề khai`);
}

/** fflate's streaming inflater fed 64 KiB at a time, stopped as soon as the output passes maxBytes. */
function inflateCapped(data: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    length += chunk.length;
    if (length > maxBytes) throw new Error('past its declared size');
    chunks.push(chunk);
    if (final) ended = true;
  });
  // 64 KiB in gives at most about 66 MB out (deflate stops near 1,032 to 1) before the cap is checked again.
  const STEP = 65536;
  if (data.length === 0) inflater.push(data, true);
  for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  if (!ended) throw new Error('cut short');
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// CRC-32 by slicing-by-8 (eight tables, eight bytes a step): about 3 times the byte-at-a-time loop, for the
// processes without a native one (zlib.crc32 is about 10 times faster again).
const CRC_TABLES: Int32Array[] = [];

function crcTables(): Int32Array[] {
  if (CRC_TABLES.length === 0) {
    const t0 = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      t0[n] = c;
    }
    CRC_TABLES.push(t0);
    for (let k = 1; k < 8; k++) {
      const prev = CRC_TABLES[k - 1];
      const t = new Int32Array(256);
      for (let n = 0; n < 256; n++) t[n] = (prev[n] >>> 8) ^ t0[prev[n] & 0xff];
      CRC_TABLES.push(t);
    }
  }
  return CRC_TABLES;
}

export function crc32(d: Uint8Array): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = crcTables();
  let c = -1;
  let i = 0;
  for (const n8 = d.length - 7; i < n8; i += 8) {
    const a = c ^ (d[i] | (d[i + 1] << 8) | (d[i + 2] << 16) | (d[i + 3] << 24));
    c = t7[a & 0xff] ^ t6[(a >>> 8) & 0xff] ^ t5[(a >>> 16) & 0xff] ^ t4[a >>> 24] ^ t3[d[i + 4]] ^ t2[d[i + 5]] ^ t1[d[i + 6]] ^ t0[d[i + 7]];
  }
  for (; i < d.length; i++) c = t0[(c ^ d[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function zip64Extra(view: DataView, from: number, length: number, wantSize: boolean, wantCompressed: boolean, wantLocal: boolean) {
  for (let p = from; p + 4 <= from + length;) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const end = q + len;
      const take = () => {
        if (q + 8 > end) return null;
        const v = safeNumber(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      const size = wantSize ? take() : undefined;
      const compressed = wantCompressed ? take() : undefined;
      const local = wantLocal ? take() : undefined;
      if (size === null || compressed === null || local === null) return null;
      return { size, compressed, local };
    }
    p += 4 + len;
  }
  return null;
}

function safeNumber(n: bigint): number {
  // Past 2^53 no real file goes; the figure then fails the limits or the bounds checks.
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The end-of-central-directory record: within the last 64 KiB + 22 bytes (its comment may run up to 64 KiB). */
function findEndOfDirectory(view: DataView): number {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 65557); i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}
