// A fast reader for .xlsx values. The checker needs only each cell's value (text, number, true/false), the
// merged ranges and the sheets in order: no styles, formulas, formats or drawings. SheetJS builds all of
// that and spends most of a 10,000-line shipment's check doing so; this reader unzips only the parts that
// hold values and scans them once.
//
// It answers null for anything it does not fully understand (prefixed XML namespaces, ISO date cells, a
// missing part), and SheetJS then reads the file as before: a workbook is never half-read. A damaged zip, a cell
// past XFD1048576, a number that is not finite or a part past LIMITS throws a ReadRefusal instead: SheetJS would
// only spin longer on it.
// tests/engine/xlsx-values.test.ts holds it to SheetJS's values on Excel-style parts.
import { strFromU8 } from 'fflate';
import { unzipParts } from './unzip.ts';
import { LIMITS, count, countVi, damaged, tooLarge } from './limits.ts';
import { badNumber, checkExtent, longText } from './sheetjs-sheets.ts';
import type { CellValue, Merge, Sheet } from './workbook.ts';

const WANTED = /^(?:_rels\/\.rels|xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml))$/;

export function readXlsxValues(bytes: Uint8Array): Sheet[] | null {
  const parts = unzipParts(bytes, (name) => WANTED.test(name));
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
    // A worksheet kept anywhere else is left to SheetJS rather than read as empty.
    if (!target.startsWith('xl/worksheets/') && !/^xl\/(chartsheets|dialogsheets)\//.test(target)) return null;
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
  // Only up to the last </si>: an <si> with no </si> after it would send the lazy match to the end of the part
  // from every such <si> (quadratic on a hostile table), and is damage anyway.
  const end = xml.lastIndexOf('</si>') + 5;
  if (/<si(?:\s[^>]*[^/>])?>/.test(xml.slice(Math.max(end, 0)))) {
    throw damaged('its shared-string table is cut off', 'bảng chuỗi dùng chung bị cắt cụt');
  }
  const table = end >= 5 ? xml.slice(0, end) : '';
  // Counted before any is built, so that a table past the limit is refused at once.
  let entries = 0;
  for (let i = table.indexOf('<si'); i >= 0; i = table.indexOf('<si', i + 3)) {
    if (++entries > LIMITS.sharedStrings) {
      throw tooLarge(`its shared-string table holds more than the limit of ${count(LIMITS.sharedStrings)} texts`,
        `bảng chuỗi dùng chung có hơn ${countVi(LIMITS.sharedStrings)} chuỗi, vượt giới hạn`);
    }
  }
  for (const si of table.matchAll(/<si\s*\/>|<si(?:\s[^>]*?)?>([\s\S]*?)<\/si>/g)) {
    out.push(si[1] === undefined ? '' : runText(si[1]));
  }
  return out;
}

function runText(inner: string): string {
  if (inner.startsWith('<t>') && inner.endsWith('</t>') && inner.indexOf('<', 3) === inner.length - 4) {
    return cellText(inner.slice(3, -4));
  }
  const withoutPhonetic = inner.includes('<rPh') ? upToLast(inner, '</rPh>').replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : inner;
  // An empty run written <t xml:space="preserve"/> holds nothing, and must not swallow the next run.
  const body = upToLast(withoutPhonetic, '</t>').replace(/<t(?:\s[^>]*)?\/>/g, '');
  let s = '';
  for (const t of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) s += t[1];
  return cellText(s);
}

/** `s` up to its last `close`: lazy matches over it then never scan past it from an open tag that has none. */
function upToLast(s: string, close: string): string {
  const i = s.lastIndexOf(close);
  return i < 0 ? '' : s.slice(0, i + close.length);
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
  if (xml.charCodeAt(openEnd - 1) === 0x2f) return { name, rows: [], merges: merges(name, xml.slice(openEnd)) };
  const end = xml.indexOf('</sheetData>', openEnd);
  if (end < 0) return null;
  const rows: CellValue[][] = [];
  const uncalculated: string[] = [];
  const at: CellPosition = { r: -1, c: -1 };
  let widest = 0;
  // A hand-rolled scan over the one big part, reading positions and types in place: a regex or a substring
  // per cell made garbage collection a fifth of a 10,000-line check.
  let pos = xml.indexOf('<', openEnd);
  while (pos >= 0 && pos < end) {
    const kind = xml.charCodeAt(pos + 1);
    if (kind === 0x72 /* r */ && xml.startsWith('row', pos + 1) && isTagEnd(xml.charCodeAt(pos + 4))) {
      const tagEnd = xml.indexOf('>', pos);
      if (tagEnd < 0) return null;
      if (unusualAttributes(xml, pos, tagEnd)) return null;
      const n = attributeStart(xml, ' r="', pos, tagEnd);
      at.r = n < 0 ? at.r + 1 : digitsAt(xml, n) - 1;
      at.c = -1;
      if (at.r >= LIMITS.rows) {
        const written = shortened(xml.slice(n, Math.min(n + 40, xml.indexOf('"', n))));
        throw pastGrid(name, `row ${written}`, `dòng ${written}`);
      }
      pos = xml.indexOf('<', tagEnd);
      continue;
    }
    if (kind !== 0x63 /* c */ || !isTagEnd(xml.charCodeAt(pos + 2))) {
      pos = xml.indexOf('<', pos + 1);
      continue;
    }
    const tagEnd = xml.indexOf('>', pos);
    if (tagEnd < 0) return null;
    if (unusualAttributes(xml, pos, tagEnd)) return null;
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 0x2f;
    const close = selfClosing ? tagEnd : xml.indexOf('</c>', tagEnd);
    if (close < 0) return null;
    const ref = attributeStart(xml, ' r="', pos, tagEnd);
    if (ref < 0) at.c += 1;
    else if (!readCellRef(xml, ref, at)) return null;
    if (at.r < 0) return null;
    if (at.r >= LIMITS.rows || at.c >= LIMITS.columns) {
      const written = shortened(xml.slice(ref, Math.min(ref + 40, xml.indexOf('"', ref))));
      throw pastGrid(name, `cell ${written}`, `ô ${written}`);
    }
    const value = selfClosing ? null : cellValue(cellType(xml, pos, tagEnd), xml, tagEnd + 1, close, shared);
    if (value === undefined) return null;
    // A number formula with an empty or absent <v> was never calculated (openpyxl writes <v></v>); a text or
    // error result that is empty ( ="" , #DIV/0!) was.
    if (value === null && !selfClosing && cellType(xml, pos, tagEnd) === CellType.Number && hasFormula(xml, tagEnd + 1, close)) {
      uncalculated.push(a1(at));
    }
    if (value !== null) {
      if (typeof value === 'number' && !Number.isFinite(value)) throw badNumber(name, at.r, at.c);
      if (typeof value === 'string' && value.length > LIMITS.stringChars) throw longText(name, at.r, at.c, value.length);
      // Rows and columns are made only up to each value, and the span is checked as it grows: a sheet whose
      // few cells lie far apart is refused before millions of empty cells are built.
      if (at.r >= rows.length || at.c >= widest) {
        widest = Math.max(widest, at.c + 1);
        checkExtent(name, Math.max(rows.length, at.r + 1), widest);
      }
      while (rows.length <= at.r) rows.push([]);
      const row = rows[at.r];
      while (row.length < at.c) row.push(null);
      row[at.c] = value;
    }
    pos = xml.indexOf('<', selfClosing ? tagEnd : close + 4);
  }
  const sheet: Sheet = { name, rows, merges: merges(name, xml.slice(end)) };
  if (uncalculated.length > 0) sheet.uncalculated = uncalculated;
  return sheet;
}

/** A <f> element among the cell's children [from, to). */
function hasFormula(xml: string, from: number, to: number): boolean {
  const f = indexWithin(xml, '<f', from, to);
  return f >= 0 && isTagEnd(xml.charCodeAt(f + 2));
}

/** A row or cell reference past Excel's last cell, XFD1048576: damage, not a big sheet. */
function pastGrid(sheet: string, what: string, whatVi: string) {
  return damaged(`sheet "${sheet}" names ${what}, past XFD1048576, the last cell a spreadsheet has`,
    `trang "${sheet}" ghi ${whatVi}, nằm ngoài XFD1048576, ô cuối cùng của một bảng tính`);
}

/** A reference as written, cut to 20 characters for a sentence. */
function shortened(ref: string): string {
  return ref.length > 20 ? `${ref.slice(0, 20)}…` : ref;
}

function a1(at: CellPosition): string {
  let letters = '';
  for (let n = at.c + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${at.r + 1}`;
}

interface CellPosition {
  r: number;
  c: number;
}

const isTagEnd = (code: number) => code === 0x20 || code === 0x3e || code === 0x2f || code === 0x09 || code === 0x0a || code === 0x0d;

/** Where the value of the attribute introduced by `lead` (' r="') starts inside the tag [from, to), or -1. */
function attributeStart(xml: string, lead: string, from: number, to: number): number {
  // Searched within the tag only: number cells carry no t="…", and an unbounded search would scan the rest of
  // the sheet for every one of them.
  const i = indexWithin(xml, lead, from, to);
  return i < 0 ? -1 : i + lead.length;
}

/** Single-quoted values or spaces around "=": valid XML this scan does not read, so SheetJS does. */
function unusualAttributes(xml: string, from: number, to: number): boolean {
  return indexWithin(xml, "'", from, to) >= 0 || indexWithin(xml, ' =', from, to) >= 0 || indexWithin(xml, '= ', from, to) >= 0;
}

/** indexOf, but never looking at or past `to`. */
function indexWithin(xml: string, needle: string, from: number, to: number): number {
  const first = needle.charCodeAt(0);
  for (let i = from; i + needle.length <= to; i++) {
    if (xml.charCodeAt(i) === first && xml.startsWith(needle, i)) return i;
  }
  return -1;
}

/** The unsigned integer written at `i` (a row number), or 0 when none is. */
function digitsAt(xml: string, i: number): number {
  let n = 0;
  for (let ch = xml.charCodeAt(i); ch >= 48 && ch <= 57; ch = xml.charCodeAt(++i)) n = Math.min(n * 10 + (ch - 48), 1e12);
  return n;
}

/** Reads "B12" at `i` into 0-based row 11, column 1; false when it is not a plain A1 reference. */
function readCellRef(xml: string, i: number, into: CellPosition): boolean {
  let col = 0;
  let ch = xml.charCodeAt(i);
  // Past the grid the figures stop growing (they are refused by the caller): "ZZZZZZZZZZZZ1" must not become a
  // number of 17 digits, nor "B4294967297" wrap round to row 1.
  for (; ch >= 65 && ch <= 90; ch = xml.charCodeAt(++i)) col = Math.min(col * 26 + (ch - 64), 1e9);
  let row = 0;
  let digits = 0;
  for (; ch >= 48 && ch <= 57; ch = xml.charCodeAt(++i), digits++) row = Math.min(row * 10 + (ch - 48), 1e12);
  if (col === 0 || digits === 0 || row < 1 || ch !== 0x22) return false;
  into.r = row - 1;
  into.c = col - 1;
  return true;
}

const enum CellType { Number, Shared, Text, Inline, Bool, Error, Other }

/** The cell's t="…" attribute, read in place. */
function cellType(xml: string, from: number, to: number): CellType {
  const i = attributeStart(xml, ' t="', from, to);
  if (i < 0) return CellType.Number;
  const q = xml.indexOf('"', i);
  switch (q - i) {
    case 1:
      switch (xml.charCodeAt(i)) {
        case 0x6e: return CellType.Number; // n
        case 0x73: return CellType.Shared; // s
        case 0x62: return CellType.Bool; // b
        case 0x65: return CellType.Error; // e
        default: return CellType.Other; // d (an ISO date) and anything unknown
      }
    case 3:
      return xml.startsWith('str', i) ? CellType.Text : CellType.Other;
    case 9:
      return xml.startsWith('inlineStr', i) ? CellType.Inline : CellType.Other;
    default:
      return CellType.Other;
  }
}

/** The cell's value from its inner XML [from, to): null for an empty or error cell; undefined for a kind of
 * cell this reader leaves to SheetJS. */
function cellValue(type: CellType, xml: string, from: number, to: number, shared: string[]): CellValue | undefined {
  if (type === CellType.Other) return undefined;
  if (type === CellType.Inline) {
    const is = /<is(?:\s[^>]*)?>([\s\S]*?)<\/is>/.exec(xml.slice(from, to));
    return is ? text(runText(is[1])) : null;
  }
  const v = indexWithin(xml, '<v', from, to);
  if (v < 0 || !isTagEnd(xml.charCodeAt(v + 2))) return null;
  const gt = xml.indexOf('>', v);
  if (xml.charCodeAt(gt - 1) === 0x2f) return null;
  const ve = xml.indexOf('</v>', gt);
  if (ve < 0 || ve > to || ve === gt + 1) return null;
  switch (type) {
    case CellType.Number: {
      // A number cell holding text (better-xlsx writes a text formula's result so) keeps that text; SheetJS
      // would make it NaN. ±Infinity ("1e999") and NaN itself are refused by the caller as damage.
      const raw = xml.slice(gt + 1, ve);
      const n = parseFloat(raw);
      return Number.isNaN(n) && !/^\s*[+-]?nan\s*$/i.test(raw) ? text(cellText(raw)) : n;
    }
    case CellType.Shared: {
      const s = shared[digitsAt(xml, gt + 1)];
      return s === undefined ? null : text(s);
    }
    case CellType.Text:
      return text(cellText(xml.slice(gt + 1, ve)));
    case CellType.Bool: {
      const ch = xml.charCodeAt(gt + 1);
      return ch === 0x31 /* 1 */ || ch === 0x74 /* t(rue) */;
    }
    default:
      return null;
  }
}

/** Blank text reads as an empty cell, as the rest of the importer expects. */
function text(s: string): string | null {
  return s.trim() === '' ? null : s;
}

function merges(sheet: string, tail: string): Merge[] {
  const out: Merge[] = [];
  for (const m of tail.matchAll(/<mergeCell\b[^>]*\sref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/g)) {
    const s = { r: Number(m[2]) - 1, c: columnIndex(m[1]) };
    const e = m[3] ? { r: Number(m[4]) - 1, c: columnIndex(m[3]) } : s;
    if (e.r >= LIMITS.rows || e.c >= LIMITS.columns || s.r >= LIMITS.rows || s.c >= LIMITS.columns) {
      const written = shortened(m[0].slice(m[0].lastIndexOf('ref="') + 5, -1));
      throw pastGrid(sheet, `a merged range ${written}`, `vùng gộp ${written}`);
    }
    out.push({ s, e });
  }
  return out;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = Math.min(n * 26 + (letters.charCodeAt(i) - 64), 1e9);
  return n - 1;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML entities, and Excel's _xHHHH_ escapes for control characters (a line break in a cell is _x000D_). */
function unescapeXml(s: string): string {
  let out = s;
  if (out.includes('&')) {
    out = out.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) => {
      if (e[0] !== '#') return ENTITIES[e] ?? whole;
      // The character itself, emoji and CJK Extension B included: openpyxl writes every non-ASCII character
      // so ("&#132878;"). SheetJS keeps only the low 16 bits of such a reference; a supplier's name must not
      // change that way. A number past Unicode stays as written rather than throwing.
      const n = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    });
  }
  if (out.includes('_x')) out = out.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return out;
}
