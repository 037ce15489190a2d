// The two ways a package's parts are unzipped: fflate (pure JavaScript) and the central directory with Node's
// zlib. They must return the same bytes for every workbook in the corpus, and refuse the same damaged files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { zipSync, strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipParts, useInflateRaw } from '../../shared/import/unzip.ts';
import { ROOT } from './fixtures.ts';
import { useNodeInflate } from '../../electron/node-inflate.ts';

const CORPUS = [
  ...readdirSync(join(ROOT, 'tests', 'fixtures', 'writers')).filter((f) => f.endsWith('.xlsx')).map((f) => join(ROOT, 'tests', 'fixtures', 'writers', f)),
  ...['invoice', 'packing-list', 'permit', 'catalogue'].map((f) => join(ROOT, 'seeds', 'demo', `${f}.xlsx`)),
];
const xmlParts = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');
let nativeCalls = 0;
const native = (d: Uint8Array) => {
  nativeCalls++;
  const out = inflateRawSync(d);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
};

function bothWays(bytes: Uint8Array) {
  useInflateRaw(null);
  const js = unzipParts(bytes, xmlParts);
  useInflateRaw(native);
  return { js, native: unzipParts(bytes, xmlParts) };
}

afterAll(() => useNodeInflate());

describe('unzipping a workbook', () => {
  it.each(CORPUS.map((p) => [p.replace(`${ROOT}/`, ''), p]))('%s: the same parts either way', (_, path) => {
    const before = nativeCalls;
    const r = bothWays(new Uint8Array(readFileSync(path)));
    expect(r.js).not.toBeNull();
    expect(r.native).toEqual(r.js);
    expect(nativeCalls).toBeGreaterThan(before); // the native path really ran
  });

  it('takes stored (uncompressed) entries and a zip comment', () => {
    const zip = zipSync({ 'xl/workbook.xml': [strToU8('<workbook/>'), { level: 0 }], 'a.rels': strToU8('<r/>') }, { comment: 'x'.repeat(300) });
    const r = bothWays(zip);
    expect(r.native).toEqual(r.js);
    expect(new TextDecoder().decode(r.native!['xl/workbook.xml'])).toBe('<workbook/>');
  });

  it('refuses a truncated or corrupted zip on both paths, with the same reason', () => {
    const good = new Uint8Array(readFileSync(CORPUS[0]));
    const reason = (bytes: Uint8Array) => {
      try {
        bothWays(bytes);
        return 'read';
      } catch (e) {
        return (e as Error).message;
      }
    };
    const why = (bytes: Uint8Array) => {
      useInflateRaw(null);
      const js = reason(bytes);
      useInflateRaw(native);
      return { js, native: reason(bytes) };
    };
    expect(why(good.subarray(0, Math.floor(good.length * 0.7)))).toEqual({ js: expect.stringMatching(/cut short/), native: expect.stringMatching(/cut short/) });
    const corrupted = good.slice();
    for (let i = 200; i < 600; i++) corrupted[i] ^= 0x5a;
    const r = why(corrupted);
    expect(r.js).toMatch(/is damaged/);
    expect(r.native).toBe(r.js);
  });
});

describe('the JavaScript CRC-32 (for processes without zlib)', () => {
  it('equals zlib.crc32 on every length round the 8-byte steps and on a whole sheet', async () => {
    const { crc32 } = await import('../../shared/import/unzip.ts');
    const { crc32: native } = await import('node:zlib');
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + (i >> 3)) & 0xff);
    for (let n = 0; n < 40; n++) expect(crc32(bytes.subarray(0, n)), `${n} bytes`).toBe(native(bytes.subarray(0, n)));
    const sheet = readFileSync(CORPUS.at(-4)!);
    expect(crc32(new Uint8Array(sheet))).toBe(native(sheet));
  });
});

describe('a part whose header lies about its size', () => {
  it('stops unpacking at the declared size on both paths (a 50 MB sheet declared as 4 KB)', async () => {
    const { zipBomb } = await import('../fuzz/build.ts');
    const bomb = zipBomb(50, { declaredSize: 4096 });
    for (const inflate of [null, native]) {
      useInflateRaw(inflate);
      expect(() => unzipParts(bomb, xmlParts), inflate ? 'zlib' : 'fflate').toThrow(/does not unpack to the 4 KB its header declares/);
    }
  });
});
