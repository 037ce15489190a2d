// Node's zlib for the spreadsheet reader. shared/ stays free of Node imports, so each Node process (the CLI,
// the main process, the e2e bridge) hands it in once at start.
import { crc32, inflateRawSync } from 'node:zlib';
import { useInflateRaw } from '../shared/import/unzip.ts';

export function useNodeInflate(): void {
  useInflateRaw((data, maxBytes) => {
    // maxOutputLength stops inflation as soon as the output passes the part's declared size (a zip bomb lies).
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
    // A plain Uint8Array view, so parts look the same whichever path unzipped them.
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }, (data) => crc32(data));
}
