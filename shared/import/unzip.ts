// The parts of a zip package the reader asks for. fflate inflates in JavaScript; where the platform has a native
// inflater (Node's zlib, in the CLI and the main process) it is handed in once at start-up and the entries are
// found through the zip's central directory, about five times faster on a large sheet. Anything unusual in the
// directory (zip64, encryption, a method other than stored or deflate) goes to fflate, which handles or refuses it.
import { unzipSync } from 'fflate';

/** Raw DEFLATE (no zlib header) in, bytes out; throws on damaged data. */
export type InflateRaw = (data: Uint8Array) => Uint8Array;

let nativeInflateRaw: InflateRaw | null = null;

/** Called once by a process that has a native inflater (this module stays free of Node imports). */
export function useInflateRaw(inflate: InflateRaw | null): void {
  nativeInflateRaw = inflate;
}

/** The wanted entries by name, or null when the bytes are not a readable zip. */
export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> | null {
  if (nativeInflateRaw) {
    try {
      const parts = fromCentralDirectory(bytes, wanted, nativeInflateRaw);
      if (parts) return parts;
    } catch {
      // Damaged data: fflate decides below, so both paths refuse the same files.
    }
  }
  try {
    return unzipSync(bytes, { filter: (f) => wanted(f.name) });
  } catch {
    return null;
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const latin1 = new TextDecoder('latin1');

/** null for a zip this path does not take (fflate then reads it). */
function fromCentralDirectory(bytes: Uint8Array, wanted: (name: string) => boolean, inflate: InflateRaw): Record<string, Uint8Array> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || at === 0xffffffff) return null; // zip64
  const parts: Record<string, Uint8Array> = {};
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = latin1.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at = next;
    if (!wanted(name)) continue;
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8) || compressed === 0xffffffff) return null;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) return null;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > bytes.length) return null;
    const data = bytes.subarray(start, start + compressed);
    const out = method === 0 ? data.slice() : inflate(data);
    if (out.length !== size) return null;
    parts[name] = out;
  }
  return parts;
}

/** The end-of-central-directory record: within the last 64 KiB + 22 bytes (its comment may run up to 64 KiB). */
function findEndOfDirectory(view: DataView): number {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 65557); i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}
