// A fast reader for .xlsx values. The checker needs only each cell's value (text, number, true/false), the
// merged ranges and the sheets in order: no styles, formulas, formats or drawings. SheetJS builds all of
// that and spends most of a 10,000-line shipment's check doing so; this reader unzips only the parts that
// hold values and scans them once.
//
// It answers null for anything it does not fully understand (prefixed XML namespaces, ISO date cells, a
// missing part, a damaged zip), and SheetJS then reads the file as before: a workbook is never half-read.
// tests/engine/xlsx-values.test.ts holds it to SheetJS's values on Excel-style parts.
import { strFromU8, unzipSync } from 'fflate';
import type { CellValue, Merge, Sheet } from './workbook.ts';

const WANTED = /^(?:_rels\/\.rels|xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml))$/;

export function readXlsxValues(bytes: Uint8Array): Sheet[] | null {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (f) => WANTED.test(f.name) });
  } catch {
    return null;
  }
  const text = (name: string) => (parts[name] ? strFromU8(parts[name]) : null);
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  // The main part lives elsewhere, or elements carry a namespace prefix (<x:sheet>): leave it to SheetJS.
  if (!workbook || !rels || !/<workbook\b/.test(workbook) || /<\w+:sheet\b/.test(workbook)) return null;
  const rootRels = text('_rels/.rels');
  if (rootRels && !/Target="\/?xl\/workbook\.xml"/.test(rootRels)) return null;

  const targets = relationshipTargets(rels);
  const sharedText = text('xl/sharedStrings.xml');
  const shared = sharedText === null ? [] : sharedStrings(sharedText);
  if (!shared) return null;

  const sheets: Sheet[] = [];
  for (const tag of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(tag[0], 'name');
    const id = /\s[\w]+:id="([^"]*)"/.exec(tag[0])?.[1];
    if (name === null || !id) return null;
    const target = targets.get(id);
    if (!target) return null;
    // Chart sheets and dialog sheets hold no cells.
    if (!target.startsWith('xl/worksheets/')) {
      sheets.push({ name: unescapeXml(name), rows: [], merges: [] });
      continue;
    }
    const xml = text(target);
    if (xml === null) return null;
    const sheet = worksheet(unescapeXml(name), xml, shared);
    if (!sheet) return null;
    sheets.push(sheet);
  }
  return sheets.length > 0 ? sheets : null;
}

function relationshipTargets(rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag[0], 'Id');
    const target = attribute(tag[0], 'Target');
    if (!id || !target) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  return targets;
}

const ATTRIBUTE = new Map<string, RegExp>();

function attribute(tag: string, name: string): string | null {
  let re = ATTRIBUTE.get(name);
  if (!re) ATTRIBUTE.set(name, (re = new RegExp(`\\s${name}="([^"]*)"`)));
  const m = re.exec(tag);
  return m ? m[1] : null;
}

/** The shared-string table: each <si>'s text runs joined, phonetic guides (<rPh>) left out. */
function sharedStrings(xml: string): string[] | null {
  if (/<\w+:si\b/.test(xml) || xml.includes('<![CDATA[')) return null;
  const out: string[] = [];
  for (const si of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) out.push(si[1] === undefined ? '' : runText(si[1]));
  return out;
}

function runText(inner: string): string {
  if (inner.startsWith('<t>') && inner.endsWith('</t>') && inner.indexOf('<', 3) === inner.length - 4) {
    return cellText(inner.slice(3, -4));
  }
  const body = inner.includes('<rPh') ? inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : inner;
  let s = '';
  for (const t of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) s += t[1];
  return cellText(s);
}

/** A cell's text from its XML: escapes undone, and a Windows line break (_x000D_ then a newline) made one
 * newline, as SheetJS and Excel's own editor show it. */
function cellText(xml: string): string {
  const s = unescapeXml(xml);
  return s.includes('\r\n') ? s.replace(/\r\n/g, '\n') : s;
}

function worksheet(name: string, xml: string, shared: string[]): Sheet | null {
  const start = xml.indexOf('<sheetData');
  if (start < 0) return /<\w+:sheetData\b/.test(xml) ? null : { name, rows: [], merges: [] };
  // Excel never writes CDATA; whoever does gets SheetJS, which reads it.
  if (xml.includes('<![CDATA[', start)) return null;
  const openEnd = xml.indexOf('>', start);
  if (openEnd < 0) return null;
  if (xml.charCodeAt(openEnd - 1) === 0x2f) return { name, rows: [], merges: merges(xml.slice(openEnd)) };
  const endTag = xml.indexOf('</sheetData>', openEnd);
  if (endTag < 0) return null;
  const end = endTag;
  const rows: CellValue[][] = [];
  let r = -1;
  let c = -1;
  // A hand-rolled scan over the one big part: a regex per cell allocated enough to make garbage collection a
  // fifth of a 10,000-line check.
  let pos = xml.indexOf('<', openEnd);
  while (pos >= 0 && pos < end) {
    const kind = xml.charCodeAt(pos + 1);
    const after = xml.charCodeAt(pos + 2);
    if (kind === 0x72 /* r */ && xml.startsWith('row', pos + 1) && isTagEnd(xml.charCodeAt(pos + 4))) {
      const tagEnd = xml.indexOf('>', pos);
      const rowNumber = attributeAt(xml, ' r="', pos, tagEnd);
      r = rowNumber ? Number(rowNumber) - 1 : r + 1;
      c = -1;
      pos = xml.indexOf('<', tagEnd);
      continue;
    }
    if (kind !== 0x63 /* c */ || !isTagEnd(after)) {
      pos = xml.indexOf('<', pos + 1);
      continue;
    }
    const tagEnd = xml.indexOf('>', pos);
    if (tagEnd < 0) return null;
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 0x2f;
    const close = selfClosing ? tagEnd : xml.indexOf('</c>', tagEnd);
    if (close < 0) return null;
    const ref = attributeAt(xml, ' r="', pos, tagEnd);
    if (ref) {
      const at = cellAt(ref);
      if (!at) return null;
      [r, c] = at;
    } else {
      c += 1;
    }
    if (r < 0) return null;
    const value = selfClosing ? null : cellValue(attributeAt(xml, ' t="', pos, tagEnd), xml, tagEnd + 1, close, shared);
    if (value === undefined) return null;
    if (value !== null) {
      while (rows.length <= r) rows.push([]);
      const row = rows[r];
      while (row.length < c) row.push(null);
      row[c] = value;
    }
    pos = xml.indexOf('<', selfClosing ? tagEnd : close + 4);
  }
  return { name, rows, merges: merges(xml.slice(endTag)) };
}

const isTagEnd = (code: number) => code === 0x20 || code === 0x3e || code === 0x2f || code === 0x09 || code === 0x0a || code === 0x0d;

/** The value of the attribute introduced by `lead` (' r="') inside the tag [from, to), or null. */
function attributeAt(xml: string, lead: string, from: number, to: number): string | null {
  const i = xml.indexOf(lead, from);
  if (i < 0 || i > to) return null;
  const q = xml.indexOf('"', i + lead.length);
  return q < 0 || q > to ? null : xml.slice(i + lead.length, q);
}

/** "B12" → [11, 1] (row, column), 0-based. */
function cellAt(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  const row = Number(ref.slice(i));
  return i === 0 || !Number.isInteger(row) || row < 1 ? null : [row - 1, col - 1];
}

/** The cell's value from its inner XML [from, to): null for an empty or error cell; undefined for a kind of
 * cell this reader leaves to SheetJS. */
function cellValue(type: string | null, xml: string, from: number, to: number, shared: string[]): CellValue | undefined {
  if (type === 'inlineStr') {
    const is = /<is(?:\s[^>]*)?>([\s\S]*?)<\/is>/.exec(xml.slice(from, to));
    return is ? text(runText(is[1])) : null;
  }
  const v = xml.indexOf('<v', from);
  if (v < 0 || v >= to || !isTagEnd(xml.charCodeAt(v + 2))) return null;
  const gt = xml.indexOf('>', v);
  if (xml.charCodeAt(gt - 1) === 0x2f) return null;
  const ve = xml.indexOf('</v>', gt);
  if (ve < 0 || ve > to) return null;
  const raw = xml.slice(gt + 1, ve);
  switch (type) {
    case null:
    case 'n':
      return raw === '' ? null : parseFloat(raw);
    case 's': {
      const s = shared[Number(raw)];
      return s === undefined ? null : text(s);
    }
    case 'str':
      return text(cellText(raw));
    case 'b':
      return raw === '1' || raw === 'true';
    case 'e':
      return null;
    default:
      return undefined;
  }
}

/** Blank text reads as an empty cell, as the rest of the importer expects. */
function text(s: string): string | null {
  return s.trim() === '' ? null : s;
}

function merges(tail: string): Merge[] {
  const out: Merge[] = [];
  for (const m of tail.matchAll(/<mergeCell\b[^>]*\sref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/g)) {
    const s = { r: Number(m[2]) - 1, c: columnIndex(m[1]) };
    out.push({ s, e: m[3] ? { r: Number(m[4]) - 1, c: columnIndex(m[3]) } : s });
  }
  return out;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML entities, and Excel's _xHHHH_ escapes for control characters (a line break in a cell is _x000D_). */
function unescapeXml(s: string): string {
  let out = s;
  if (out.includes('&')) {
    out = out.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) => {
      if (e[0] !== '#') return ENTITIES[e] ?? whole;
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    });
  }
  if (out.includes('_x')) out = out.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return out;
}
