// Full-text search over shipment folders (SQLite FTS5). One index row per folder, rowid = shipments.id,
// holding folded text: no diacritics, đ → d, lower case. The query is folded the same way, so
// "thiet bi" finds "thiết bị". FTS5's own remove_diacritics does not fold đ, hence folding here.
import { stripAccents } from '../../shared/parse/fold.ts';
import { formatHsCode } from '../../shared/parse/hs-code.ts';
import { sql, type Db } from './sql.ts';
import { declarationNumbers } from './declarations.ts';
import { matchSnippet, type SearchSource } from './search-snippet.ts';
import type { Parties, SearchMatch } from '../../shared/domain/types.ts';

// Schema 9 added the parties (consignee, shipper) and the acknowledgement notes; archives indexed before it
// have the first six columns only until that migration rebuilds the table (002 keeps its own copy).
export const SEARCH_TABLE_SQL = `
  CREATE VIRTUAL TABLE shipment_search USING fts5(
    ref, models, hs_codes, descriptions, numbers, files, parties, notes,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
  )`;

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
/** Chinese and Japanese write words without spaces between them. */
const CJK = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]+';
const CJK_RUN = new RegExp(CJK, 'gu');
const HAS_CJK = new RegExp(CJK, 'u');
/** The same characters for SQLite's GLOB (kana, CJK extension A and unified ideographs). */
export const CJK_GLOB = '*[\u3040-\u30ff\u3400-\u9fff]*';

/**
 * A run of Chinese characters is one token to FTS5, found only from its start. So each run is also indexed
 * as its overlapping pairs, in order, then its last character: "防火墙" → "防火 火墙 墙". Any part of the
 * run is then a phrase of pairs ("火墙" → "火墙"; "防火墙" → "防火 火墙"), the way CJK search engines do it.
 */
function cjkPairs(run: string): string[] {
  const chars = [...run];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i] + chars[i + 1]);
  pairs.push(chars[chars.length - 1]);
  return pairs;
}

function cjkIndexText(folded: string): string {
  const runs = folded.match(CJK_RUN);
  // Each run's pairs stay together and in order: phrase queries need them consecutive.
  return runs ? runs.map((r) => cjkPairs(r).join(' ')).join(' \n ') : '';
}

/**
 * Folded text plus the compact spelling of each punctuated word ("FG-100F" is also indexed as "fg100f",
 * "8517.62.59" as "85176259"), because the query turns a punctuated word into that one compact token:
 * a single (prefix) token is far cheaper for FTS5 than a phrase. `whole` adds the whole text compacted,
 * for values people type without their inner spaces (a model "VPN GW 2000" found by "vpngw2000").
 */
function indexText(text: string, whole = false): string {
  const folded = stripAccents(text);
  const words = folded.split(/\s+/).filter(Boolean);
  const extra = new Set<string>();
  for (const w of words) {
    const c = w.replace(NOT_WORD, '');
    if (c && c !== w) extra.add(c);
  }
  if (whole) {
    const c = folded.replace(NOT_WORD, '');
    if (c && !words.includes(c)) extra.add(c);
  }
  const cjk = cjkIndexText(folded);
  return [folded, ...(extra.size ? [[...extra].join(' ')] : []), ...(cjk ? [cjk] : [])].join(' \n ');
}

function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v && v.trim() !== ''))];
}

/** What a folder's index row is built from, as written (the snippet shows it so). */
interface Sources {
  ref: string; models: (string | null)[]; hsCodes: (string | null)[]; descriptions: (string | null)[];
  numbers: (string | null)[]; files: string[]; parties: { party: keyof Parties; text: string }[]; notes: (string | null)[];
}

function partiesOf(docs: { parsed_json: string }[]): Sources['parties'] {
  const parties: Sources['parties'] = [];
  for (const d of docs) {
    // Only documents read with parties carry the key: the others are not parsed.
    if (!d.parsed_json.includes('"parties"')) continue;
    const p = (JSON.parse(d.parsed_json) as { parties?: Parties }).parties;
    if (p?.consignee) parties.push({ party: 'consignee', text: p.consignee.value });
    if (p?.shipper) parties.push({ party: 'shipper', text: p.shipper.value });
  }
  return parties;
}

function searchSources(db: Db, shipmentId: number, ref: string): Sources {
  const lines = sql(db, `
    SELECT l.model, l.description, l.brand, l.hs_code FROM lines l JOIN documents d ON d.id = l.document_id
    WHERE d.shipment_id = ?`).all(shipmentId) as { model: string | null; description: string | null; brand: string | null; hs_code: string | null }[];
  const docs = sql(db, 'SELECT number, parsed_json FROM documents WHERE shipment_id = ?').all(shipmentId) as { number: string | null; parsed_json: string }[];
  return {
    ref,
    models: lines.map((l) => l.model),
    hsCodes: lines.map((l) => l.hs_code),
    descriptions: [...lines.map((l) => l.description), ...lines.map((l) => l.brand)],
    numbers: [...docs.map((d) => d.number), ...declarationNumbers(db, shipmentId)],
    files: sql(db, 'SELECT name FROM shipment_files WHERE shipment_id = ?').pluck().all(shipmentId) as string[],
    parties: partiesOf(docs),
    notes: sql(db, 'SELECT ack_note FROM findings WHERE shipment_id = ? AND ack_at IS NOT NULL').pluck().all(shipmentId) as (string | null)[],
  };
}

/** Rebuilds the folder's index row from what the tables hold; call inside the write transaction. */
export function reindexShipment(db: Db, shipmentId: number): void {
  const ship = sql(db, 'SELECT ref FROM shipments WHERE id = ?').get(shipmentId) as { ref: string } | undefined;
  sql(db, 'DELETE FROM shipment_search WHERE rowid = ?').run(shipmentId);
  if (!ship) return;
  const src = searchSources(db, shipmentId, ship.ref);
  const hs = distinct(src.hsCodes);
  const row: Record<string, string> = {
    ref: indexText(ship.ref, true),
    models: distinct(src.models).map((m) => indexText(m, true)).join(' \n '),
    // Digits and the dotted form's parts, so "85176259", "8517.62.59" and "8517 62 59" are all found.
    hs_codes: hs.map((code) => `${code} ${formatHsCode(code).replace(/\./g, ' ')}`).join(' \n '),
    descriptions: distinct(src.descriptions).map((d) => indexText(d)).join(' \n '),
    numbers: distinct(src.numbers).map((n) => indexText(n, true)).join(' \n '),
    files: distinct(src.files).map((f) => indexText(f)).join(' \n '),
    parties: distinct(src.parties.map((p) => p.text)).map((p) => indexText(p)).join(' \n '),
    notes: distinct(src.notes).map((n) => indexText(n)).join(' \n '),
  };
  // Migrations 002 and 003 index into the table as it was then, without the later columns.
  const columns = (db.pragma('table_info(shipment_search)') as { name: string }[]).map((c) => c.name).filter((c) => c in row);
  sql(db, `INSERT INTO shipment_search (rowid, ${columns.join(', ')}) VALUES (?${', ?'.repeat(columns.length)})`)
    .run(shipmentId, ...columns.map((c) => row[c]));
}

export function reindexAll(db: Db): void {
  const ids = sql(db, 'SELECT id FROM shipments').pluck().all() as number[];
  for (const id of ids) reindexShipment(db, id);
}

/**
 * The user's words → an FTS5 query, or null when nothing searchable is left. Each whitespace-separated
 * word is folded and compacted to one token (matching indexText's compact spellings), all must occur,
 * and the last is a prefix so results follow the typing — unless it is a single character among other
 * words, whose expansion would cost more than it finds. Only letters and digits reach FTS5: no syntax.
 */
export function toFtsQuery(text: string): string | null {
  // Words in quotes ("Bảo Minh") are a phrase: found only side by side, in that order — never "bảo mật" in one
  // place and "thông minh" in another. The rest are words, each of which must occur somewhere.
  const phrases: string[] = [];
  const rest = text.replace(/["“”]([^"“”]*)["“”]?/g, (_, inner: string) => {
    const words = inner.split(/\s+/).map((w) => stripAccents(w).replace(NOT_WORD, '')).filter(Boolean);
    if (words.length > 0 && !words.some((w) => HAS_CJK.test(w))) phrases.push(`"${words.join(' ')}"`);
    else if (words.length > 0) phrases.push(...words.map(cjkQuery));
    return ' ';
  });
  const words = wordsQuery(rest);
  const all = [...phrases, ...(words ? [words] : [])];
  return all.length ? all.join(' AND ') : null;
}

function wordsQuery(text: string): string | null {
  const tokens = text.split(/\s+/).map((w) => stripAccents(w).replace(NOT_WORD, '')).filter(Boolean);
  if (tokens.length === 0) return null;
  const last = tokens.length - 1;
  return tokens.map((t, i) => {
    if (HAS_CJK.test(t)) return cjkQuery(t);
    return `"${t}"${i === last && (t.length > 1 || last === 0) ? '*' : ''}`;
  }).join(' AND ');
}

/** A word with Chinese in it: each Chinese run as the phrase of its pairs, the rest as whole tokens. */
function cjkQuery(word: string): string {
  const parts: string[] = [];
  for (const piece of word.split(new RegExp(`(${CJK})`, 'u'))) {
    if (!piece) continue;
    if (!HAS_CJK.test(piece)) {
      parts.push(`"${piece}"*`);
      continue;
    }
    const chars = [...piece];
    // One character: any pair starting with it, or a run's last character.
    parts.push(chars.length === 1 ? `"${piece}"*` : `"${cjkPairs(piece).slice(0, -1).join(' ')}"`);
  }
  return parts.join(' AND ');
}

/** Matching folder ids, newest first (FTS5 walks its doclists backwards for ORDER BY rowid DESC). */
/**
 * `where`: a condition on the shipments row `s` the matches must also meet (the list's status filter), counted and
 * paged so. A join, not `rowid IN (subquery)`: the latter took 0.6 s on 20,000 folders, the join a few ms.
 */
export function searchShipmentIds(db: Db, text: string, limit: number, offset: number, where?: string): { total: number; ids: number[] } {
  const q = toFtsQuery(text);
  if (q === null) return { total: 0, ids: [] };
  if (where) {
    const from = `FROM shipment_search f JOIN shipments s ON s.id = f.rowid WHERE shipment_search MATCH ? AND ${where}`;
    const total = sql(db, `SELECT count(*) ${from}`).pluck().get(q) as number;
    const ids = sql(db, `SELECT f.rowid ${from} ORDER BY f.rowid DESC LIMIT ? OFFSET ?`).pluck().all(q, limit, offset) as number[];
    return { total, ids };
  }
  const total = sql(db, 'SELECT count(*) FROM shipment_search WHERE shipment_search MATCH ?').pluck().get(q) as number;
  const ids = sql(db, 'SELECT rowid FROM shipment_search WHERE shipment_search MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?')
    .pluck().all(q, limit, offset) as number[];
  return { total, ids };
}

/**
 * A folder's texts in the order people know a folder by (its reference, then models and numbers, then the rest),
 * each table read only when the texts before it did not hold every searched word.
 */
function* snippetSources(db: Db, id: number, ref: string): Generator<SearchSource> {
  const of = (field: SearchSource['field'], values: (string | null)[]): SearchSource[] => distinct(values).map((v) => ({ field, text: v }));
  yield* of('ref', [ref]);
  const lines = sql(db, `
    SELECT l.model, l.description, l.brand, l.hs_code FROM lines l JOIN documents d ON d.id = l.document_id
    WHERE d.shipment_id = ?`).all(id) as { model: string | null; description: string | null; brand: string | null; hs_code: string | null }[];
  yield* of('model', lines.map((l) => l.model));
  const docs = sql(db, 'SELECT number, parsed_json FROM documents WHERE shipment_id = ?').all(id) as { number: string | null; parsed_json: string }[];
  yield* of('number', [...docs.map((d) => d.number), ...declarationNumbers(db, id)]);
  yield* of('hs_code', distinct(lines.map((l) => l.hs_code)).map(formatHsCode));
  yield* partiesOf(docs).map((p) => ({ field: p.party, text: p.text }));
  yield* of('description', [...lines.map((l) => l.description), ...lines.map((l) => l.brand)]);
  yield* of('note', sql(db, 'SELECT ack_note FROM findings WHERE shipment_id = ? AND ack_at IS NOT NULL').pluck().all(id) as (string | null)[]);
  yield* of('file', sql(db, 'SELECT name FROM shipment_files WHERE shipment_id = ?').pluck().all(id) as string[]);
}

/** Why each of these folders matched `text`: the text to show, its matching words marked (search-snippet.ts). */
export function searchMatches(db: Db, ids: number[], text: string): Map<number, SearchMatch> {
  const out = new Map<number, SearchMatch>();
  // Not pluck(): sql() caches the statement, which reindexShipment shares.
  const refOf = sql(db, 'SELECT ref FROM shipments WHERE id = ?');
  for (const id of ids) {
    const ref = (refOf.get(id) as { ref: string } | undefined)?.ref;
    if (ref === undefined) continue;
    const match = matchSnippet(snippetSources(db, id, ref), text);
    if (match) out.set(id, match);
  }
  return out;
}
