// Full-text search over shipment folders (SQLite FTS5). One index row per folder, rowid = shipments.id,
// holding folded text: no diacritics, đ → d, lower case. The query is folded the same way, so
// "thiet bi" finds "thiết bị". FTS5's own remove_diacritics does not fold đ, hence folding here.
import { stripAccents } from '../../shared/parse/fold.ts';
import { formatHsCode } from '../../shared/parse/hs-code.ts';
import { sql, type Db } from './sql.ts';
import { declarationNumbers } from './declarations.ts';
import { holdsAnyTerm, matchSnippet, mayHoldAll, type SearchSource, type SpreadMatch } from './search-snippet.ts';
import type { FolderMatch, Parties, SearchMatch } from '../../shared/domain/types.ts';

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

const columnCache = new WeakMap<Db, { schema: number; columns: string[] }>();

/**
 * The index table's columns: migrations 002 and 003 index into the table as it was then, without the later
 * columns. Asked once per connection, not on every write (a PRAGMA is compiled anew each time), and asked again
 * whenever the schema changed: migration 009 rebuilds the table on the connection that indexed into the old one.
 */
function indexColumns(db: Db): string[] {
  const schema = sql(db, 'PRAGMA schema_version').pluck().get() as number;
  const cached = columnCache.get(db);
  if (cached?.schema === schema) return cached.columns;
  const columns = (db.pragma('table_info(shipment_search)') as { name: string }[]).map((c) => c.name);
  columnCache.set(db, { schema, columns });
  return columns;
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
  const columns = indexColumns(db).filter((c) => c in row);
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
  const terms = ftsTerms(text);
  return terms.length ? terms.join(' AND ') : null;
}

/** The FTS5 expressions that must all match: one a phrase in quotes or a word. */
function ftsTerms(text: string): string[] {
  // Words in quotes ("Bảo Minh") are a phrase: found only side by side, in that order — never "bảo mật" in one
  // place and "thông minh" in another. The rest are words, each of which must occur somewhere.
  const phrases: string[] = [];
  const rest = text.replace(/["“”]([^"“”]*)["“”]?/g, (_, inner: string) => {
    const words = inner.split(/\s+/).map((w) => stripAccents(w).replace(NOT_WORD, '')).filter(Boolean);
    if (words.length > 0 && !words.some((w) => HAS_CJK.test(w))) phrases.push(`"${words.join(' ')}"`);
    else if (words.length > 0) phrases.push(...words.map(cjkQuery));
    return ' ';
  });
  return [...phrases, ...wordTerms(rest)];
}

function wordTerms(text: string): string[] {
  const tokens = text.split(/\s+/).map((w) => stripAccents(w).replace(NOT_WORD, '')).filter(Boolean);
  const last = tokens.length - 1;
  return tokens.map((t, i) => {
    if (HAS_CJK.test(t)) return cjkQuery(t);
    return `"${t}"${i === last && (t.length > 1 || last === 0) ? '*' : ''}`;
  });
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


/** A folder's texts the index column was built from, as written, each once, read only as far as they are asked for. */
type Texts = (db: Db, id: number, ref: string, read: Reading) => Iterable<SearchSource>;

/** How far a folder's texts are read: `left` rows (or texts) more at most, those a piece `may` not hold skipped. */
interface Reading { may: (text: string) => boolean; left: number }

function* once(field: SearchSource['field'], values: Iterable<string | null>): Generator<SearchSource> {
  const seen = new Set<string>();
  for (const v of values) {
    if (!v || v.trim() === '' || seen.has(v)) continue;
    seen.add(v);
    yield { field, text: v };
  }
}

/**
 * A lines column of the folder, read in pieces, each a JSON array built by SQLite (a row at a time through
 * better-sqlite3 costs more than folding it) and passed over whole when it `may` not hold the words: a model on the
 * first line is found without reading the others, one on the last without looking at the others one by one.
 */
function* lineValues(db: Db, id: number, column: 'model' | 'description' | 'brand' | 'hs_code', read: Reading): Generator<string> {
  const docs = sql(db, 'SELECT id FROM documents WHERE shipment_id = ? ORDER BY id').pluck().all(id) as number[];
  const piece = sql(db, `SELECT count(*) AS n, max(p) AS last, json_group_array(v) FILTER (WHERE v IS NOT NULL) AS vs
    FROM (SELECT position AS p, ${column} AS v FROM lines WHERE document_id = ? AND position > ? ORDER BY position LIMIT ?)`);
  for (const doc of docs) {
    // Small first: the words are mostly on the first lines.
    for (let after = -1, size = 8; read.left > 0; size *= 5) {
      const limit = Math.min(size, 200, read.left);
      const r = piece.get(doc, after, limit) as { n: number; last: number | null; vs: string };
      const values = JSON.parse(r.vs) as string[];
      // The texts yielded are counted by the reader; a piece passed over counts here.
      if (read.may(values.join(' '))) yield* values;
      else read.left -= r.n;
      if (r.n < limit || r.last === null) break;
      after = r.last;
    }
  }
}

function* partyTexts(db: Db, id: number): Generator<SearchSource> {
  // In SQL: the stored reading of a 1,000-line document is a large JSON text, of which only the title block is wanted.
  const docs = sql(db, `SELECT json_extract(parsed_json, '$.parties.consignee.value') AS consignee, json_extract(parsed_json, '$.parties.shipper.value') AS shipper
    FROM documents WHERE shipment_id = ? AND parsed_json LIKE '%"parties"%'`).all(id) as { consignee: string | null; shipper: string | null }[];
  yield* once('consignee', docs.map((d) => d.consignee));
  yield* once('shipper', docs.map((d) => d.shipper));
}

/** The index's columns in the order people know a folder by (its reference, then models and numbers, then the rest). */
const COLUMN_TEXTS: readonly [column: string, texts: Texts][] = [
  ['ref', (_db, _id, ref) => [{ field: 'ref', text: ref }]],
  ['models', (db, id, _ref, read) => once('model', lineValues(db, id, 'model', read))],
  ['numbers', (db, id) => once('number', [
    ...sql(db, 'SELECT number FROM documents WHERE shipment_id = ? AND number IS NOT NULL').pluck().all(id) as string[],
    ...declarationNumbers(db, id),
  ])],
  // Stored as digits, shown dotted: every piece is looked at (the dotted form holds the digits typed either way).
  ['hs_codes', function* (db, id, _ref, read) {
    for (const s of once('hs_code', lineValues(db, id, 'hs_code', { ...read, may: () => true }))) yield { ...s, text: formatHsCode(s.text) };
  }],
  ['parties', partyTexts],
  ['descriptions', (db, id, _ref, read) => once('description', (function* () {
    yield* lineValues(db, id, 'description', read);
    yield* lineValues(db, id, 'brand', read);
  })())],
  ['notes', (db, id) => once('note', sql(db, 'SELECT ack_note FROM findings WHERE shipment_id = ? AND ack_at IS NOT NULL').pluck().iterate(id) as Iterable<string | null>)],
  ['files', (db, id) => once('file', sql(db, 'SELECT name FROM shipment_files WHERE shipment_id = ?').pluck().iterate(id) as Iterable<string>)],
];

/**
 * Texts read per folder at most. Past them the folder is said to match in those fields, without a text: a page of
 * folders of 2,000 lines each must not hold up the list (this runs in the app's main process on every keystroke).
 */
export const TEXTS_PER_FOLDER = 300;

/**
 * For each of these folders, the columns (in COLUMN_TEXTS's order) matching `q` on their own. One query per column
 * over the page's range of rowids, which FTS5 walks directly; a rowid list (IN) costs a lookup per folder and column.
 */
function columnsMatching(db: Db, ids: number[], q: string): Map<number, string[]> {
  const out = new Map<number, string[]>(ids.map((id) => [id, []]));
  const lo = Math.min(...ids);
  const hi = Math.max(...ids);
  for (const [column] of COLUMN_TEXTS) {
    const hits = sql(db, 'SELECT rowid FROM shipment_search WHERE shipment_search MATCH ? AND rowid BETWEEN ? AND ?').pluck().all(`{${column}} : (${q})`, lo, hi) as number[];
    for (const id of hits) out.get(id)?.push(column);
  }
  return out;
}

/**
 * Why each of these folders matched `text`: the first text (in the order people know a folder by) holding every
 * searched word, its words marked (search-snippet.ts); or, when no one text holds them all (the words spread over
 * several fields, or past the texts read), the fields they were found in. FTS5 says first which columns hold every
 * word, so only those columns' texts are read and folded, and only until one holds them all.
 */
export function whereMatched(db: Db, ids: number[], text: string): Map<number, SearchMatch | SpreadMatch> {
  const out = new Map<number, SearchMatch | SpreadMatch>();
  const terms = ftsTerms(text);
  if (terms.length === 0 || ids.length === 0) return out;
  const whole = columnsMatching(db, ids, terms.join(' AND '));
  const may = mayHoldAll(text);
  // Not pluck(): sql() caches the statement, which reindexShipment shares.
  const refOf = sql(db, 'SELECT ref FROM shipments WHERE id = ?');
  const spread: { id: number; ref: string }[] = [];
  for (const id of ids) {
    const ref = (refOf.get(id) as { ref: string } | undefined)?.ref;
    if (ref === undefined) continue;
    const columns = whole.get(id) ?? [];
    const read: Reading = { may, left: TEXTS_PER_FOLDER };
    const sources = (function* () {
      for (const [column, texts] of COLUMN_TEXTS) {
        if (!columns.includes(column)) continue;
        for (const source of texts(db, id, ref, read)) {
          yield source;
          if (--read.left <= 0) return;
        }
      }
    })();
    const match = matchSnippet(sources, text);
    if (match) out.set(id, match);
    else spread.push({ id, ref });
  }
  if (spread.length === 0) return out;
  // Each word's column, from the index: the texts need not be read again.
  const some = columnsMatching(db, spread.map((s) => s.id), terms.map((t) => `(${t})`).join(' OR '));
  for (const { id, ref } of spread) {
    const fields = spreadFields(db, id, ref, some.get(id) ?? [], text);
    if (fields.length > 0) out.set(id, { fields });
  }
  return out;
}

const FIELD_OF: Record<string, SearchMatch['field']> = {
  ref: 'ref', models: 'model', numbers: 'number', hs_codes: 'hs_code', descriptions: 'description', notes: 'note', files: 'file',
};

/** The fields of these columns, the parties told apart by their (at most two a document) texts. */
function spreadFields(db: Db, id: number, ref: string, columns: string[], text: string): SearchMatch['field'][] {
  const fields: SearchMatch['field'][] = [];
  for (const [column, texts] of COLUMN_TEXTS) {
    if (!columns.includes(column)) continue;
    if (column === 'parties') fields.push(...new Set([...texts(db, id, ref, { may: () => true, left: Infinity })].filter((s) => holdsAnyTerm(s, text)).map((s) => s.field)));
    else fields.push(FIELD_OF[column]);
  }
  return fields;
}

/** The shipments list's matches: a text holding every word, marked, or the fields the words are spread over. */
export function searchMatches(db: Db, ids: number[], text: string): Map<number, FolderMatch> {
  return whereMatched(db, ids, text);
}
