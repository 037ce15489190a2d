// Damaged and hostile spreadsheets, built byte by byte: a zip writer that can lie in its headers (zip bombs,
// sizes that do not match), workbooks with cells past the grid or far apart, and the mutations the fuzz suite
// applies to real files (truncation, bit flips, zeroed ranges, shuffled or duplicated entries, XML damage).
import { crc32, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';

export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** Deflate the data (default) or store it. */
  store?: boolean;
  /** Lie about the unpacked size in both headers. */
  declaredSize?: number;
}

const enc = new TextEncoder();

/** A zip written the plain way (no data descriptors), entries in the order given. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(enc.encode(e.name));
    const packed = e.store ? Buffer.from(e.data) : deflateRawSync(e.data);
    const size = e.declaredSize ?? e.data.length;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a one-sheet .xlsx around the given <sheetData> content (and an optional shared-string table). */
export function workbookParts(sheetData: string, opts: { shared?: string; dimension?: string; tail?: string; sheets?: string } = {}): RawEntry[] {
  const x = (name: string, xml: string): RawEntry => ({ name, data: enc.encode(xml) });
  const sheets = opts.sheets ?? '<sheet name="Invoice" sheetId="1" r:id="rId1"/>';
  return [
    x('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${opts.shared !== undefined ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`),
    x('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    x('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets>${sheets}</sheets></workbook>`),
    x('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${opts.shared !== undefined ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`),
    x('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${opts.dimension ? `<dimension ref="${opts.dimension}"/>` : ''}<sheetData>${sheetData}</sheetData>${opts.tail ?? ''}</worksheet>`),
    ...(opts.shared !== undefined ? [x('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${opts.shared}</sst>`)] : []),
  ];
}

/** An inline-string cell and a number cell, as XML. */
export const textCell = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;
export const numberCell = (ref: string, v: string | number) => `<c r="${ref}"><v>${v}</v></c>`;

/** A small invoice table in sheet XML: header on row 1, two lines. Cells of `extra` are added to row 3. */
export function invoiceSheetData(extra = '', quantity: string | number = 100): string {
  return `<row r="1">${textCell('A1', 'Model')}${textCell('B1', 'HS Code')}${textCell('C1', 'Quantity')}${textCell('D1', 'Unit')}${textCell('E1', 'Unit Price')}${textCell('F1', 'Amount')}</row>`
    + `<row r="2">${textCell('A2', 'CBL-CAT6-2M')}${textCell('B2', '8544.42.94')}${typeof quantity === 'number' ? numberCell('C2', quantity) : textCell('C2', quantity)}${textCell('D2', 'PCS')}${numberCell('E2', 1.75)}${numberCell('F2', 175)}</row>`
    + `<row r="3">${textCell('A3', 'CBL-CAT6-3M')}${textCell('B3', '8544.42.94')}${numberCell('C3', 10)}${textCell('D3', 'PCS')}${numberCell('E3', 2)}${numberCell('F3', 20)}${extra}</row>`;
}

/** A zip bomb of one sheet: `megabytes` of spaces inside a valid worksheet, honest headers. */
export function zipBomb(megabytes: number, opts: { declaredSize?: number } = {}): Uint8Array {
  const parts = workbookParts(invoiceSheetData());
  const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
  const head = new TextDecoder().decode(sheet.data).replace('</sheetData>', '');
  const filler = Buffer.alloc(megabytes * 1024 * 1024, 0x20);
  sheet.data = Buffer.concat([Buffer.from(head), filler, Buffer.from('</sheetData></worksheet>')]);
  sheet.declaredSize = opts.declaredSize;
  return rawZip(parts);
}

// ---- Mutations of real files, for the fuzz suite ----

/** A small deterministic generator (mulberry32), so a failing mutant can be rebuilt from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const int = (rnd: () => number, n: number) => Math.floor(rnd() * n);

export type Mutation = (bytes: Uint8Array, rnd: () => number) => Uint8Array;

const truncate: Mutation = (b, rnd) => b.subarray(0, rnd() < 0.3 ? int(rnd, 64) : int(rnd, b.length));
const flip: Mutation = (b, rnd) => {
  const out = b.slice();
  for (let k = 1 + int(rnd, 4); k > 0; k--) out[int(rnd, out.length)] ^= 1 << int(rnd, 8);
  return out;
};
const zero: Mutation = (b, rnd) => {
  const out = b.slice();
  const at = int(rnd, out.length);
  out.fill(0, at, at + 1 + int(rnd, 400));
  return out;
};

/** The entries of a zip, or null when the seed is not one. */
function entriesOf(b: Uint8Array): RawEntry[] | null {
  try {
    return Object.entries(unzipSync(b)).map(([name, data]) => ({ name, data }));
  } catch {
    return null;
  }
}

const shuffleEntries: Mutation = (b, rnd) => {
  const es = entriesOf(b);
  if (!es) return flip(b, rnd);
  for (let i = es.length - 1; i > 0; i--) {
    const j = int(rnd, i + 1);
    [es[i], es[j]] = [es[j], es[i]];
  }
  return rawZip(es);
};
const duplicateEntry: Mutation = (b, rnd) => {
  const es = entriesOf(b);
  if (!es) return flip(b, rnd);
  const e = pick(rnd, es);
  return rawZip([...es, { ...e, data: rnd() < 0.5 ? e.data : enc.encode('<x/>') }]);
};
const hugeDeclaredSize: Mutation = (b, rnd) => {
  const es = entriesOf(b);
  if (!es) return flip(b, rnd);
  const e = pick(rnd, es);
  e.declaredSize = pick(rnd, [0xffffffff - 1, 0x7fffffff, 500 * 1024 * 1024, 0, 1, e.data.length + 1]);
  return rawZip(es);
};

/** Text damage inside one XML part of an otherwise valid zip. */
const xmlDamage: Mutation = (b, rnd) => {
  const es = entriesOf(b);
  if (!es) return flip(b, rnd);
  const xmlParts = es.filter((e) => /\.(xml|rels)$/.test(e.name));
  if (xmlParts.length === 0) return flip(b, rnd); // an earlier mutation left no XML part to damage
  const e = rnd() < 0.6 ? es.find((x) => /worksheets\/sheet1\.xml$/.test(x.name)) ?? pick(rnd, xmlParts) : pick(rnd, xmlParts);
  let s = new TextDecoder().decode(e.data);
  const at = int(rnd, s.length);
  switch (int(rnd, 9)) {
    case 0: s = s.slice(0, at) + s.slice(at + 1 + int(rnd, 200)); break; // a range cut out
    case 1: s = s.slice(0, at) + pick(rnd, ['<', '>', '"', '&', '</', '<c', '<row', '<si>', ']]>', '<![CDATA[']) + s.slice(at); break;
    case 2: s = s.slice(0, at) + s.slice(at, at + int(rnd, 2000)).repeat(2 + int(rnd, 20)) + s.slice(at); break; // repeated
    case 3: s = s.replace(/ r="[A-Z]+\d+"/, ` r="${pick(rnd, ['ZZZZZZZ1', 'B4294967297', `AB${'9'.repeat(60)}`, 'XFD1048577', 'XFE1', 'A0', '', 'A-1', '1A', 'XFD1048576'])}"`); break;
    case 4: s = s.replace(/<row r="\d+"/, `<row r="${pick(rnd, ['4294967297', '1048577', '0', '99999999999999999999', '-5'])}"`); break;
    case 5: s = s.replace(/<v>[^<]*<\/v>/, `<v>${pick(rnd, ['1e999', '-1e999', 'NaN', 'Infinity', '-Infinity', 'abc', '1'.repeat(400), '', '0x10'])}</v>`); break;
    case 6: s = s.replace(/<t([^>]*)>[^<]*<\/t>/, (_, a: string) => `<t${a}>${'x '.repeat(20000 + int(rnd, 40000))}1</t>`); break; // a long text
    case 7: s = s.replace(/<dimension ref="[^"]*"/, '<dimension ref="A1:XFD1048576"').replace(/<mergeCell ref="[^"]*"/, '<mergeCell ref="A1:XFD1048576"'); break;
    default: s = s.replace(/<\/sheetData>/, ''); break;
  }
  e.data = enc.encode(s);
  return rawZip(es);
};

/** Garbage for text files: control bytes, unbalanced quotes, very long lines and cells. */
const textDamage: Mutation = (b, rnd) => {
  let s = new TextDecoder().decode(b);
  const at = int(rnd, s.length);
  switch (int(rnd, 5)) {
    case 0: s = s.slice(0, at) + '"' + s.slice(at); break;
    case 1: s = s.slice(0, at) + '\u0000\u0001\uFFFD' + s.slice(at); break;
    case 2: s = s.slice(0, at) + 'a '.repeat(20000) + '1' + s.slice(at); break;
    case 3: s = s.slice(0, at) + (',' + 'x').repeat(5000) + s.slice(at); break;
    default: s = s.slice(0, at) + '\n'.repeat(2000) + s.slice(at); break;
  }
  return enc.encode(s);
};

export const ZIP_MUTATIONS: Record<string, Mutation> = { truncate, flip, zero, shuffleEntries, duplicateEntry, hugeDeclaredSize, xmlDamage };
export const BINARY_MUTATIONS: Record<string, Mutation> = { truncate, flip, zero };
export const TEXT_MUTATIONS: Record<string, Mutation> = { truncate, flip, textDamage };
