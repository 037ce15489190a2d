// The permit register, materialised (schema 10): each permit as `archive permits` prints it — its entry of the
// `--format json` document (permit_entries), and its text table in English and Vietnamese (permit_texts; the line
// above the table counts the days left to today: written when asked, never stored). The whole register is then the
// stored bytes concatenated (5,000 permits, 200,000 draws: 30 MB of JSON read, never decoded into strings)
// instead of the register rebuilt from every line and draw.
//
// A derived cache, not a record: every entry is rewritten from the rows it derives from (permits, lines, draws,
// adjustments, uses, copies) in the same transaction as any change to them — all of which pass through
// refreshRegisterFindings (permits.ts) — and `verify` recomputes every entry from permit_draws and reports any
// that differs. So it carries no row hash: the rows it is made from do, or are checked against it.
import { drawnJson, permitDraws } from './permit-draws.ts';
import { permitEntryText, registerDocumentChunks } from './permit-json.ts';
import { permitFilter, read } from './permit-register.ts';
import { permitBodyText, permitHeadText, registerTextParts } from './permit-text.ts';
import { sql, type Db } from './sql.ts';
import type { Direction, Lang } from '../../shared/domain/types.ts';
import type { PermitQuery, PermitSummary } from './types.ts';

/** An archive before schema 10 (its migrations running, or a read-only older file) has no entries to keep. */
export function hasPermitEntries(db: Db): boolean {
  return sql(db, `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'permit_entries'`).get() !== undefined;
}

/** Each line's draws as drawn_json keeps them, computed from permit_draws: of one permit, or of every permit. */
function freshDrawn(db: Db, permitId?: number): Map<number, string> {
  const out = new Map<number, string>();
  for (const [line, draws] of permitDraws(db, permitId)) out.set(line, drawnJson(draws));
  return out;
}

interface Entry { entry: Buffer; text_en: Buffer; text_vi: Buffer }

function entryOf(permit: PermitSummary): Entry {
  return { entry: Buffer.from(permitEntryText(permit)), text_en: Buffer.from(permitBodyText(permit, 'en')), text_vi: Buffer.from(permitBodyText(permit, 'vi')) };
}

function computeEntry(db: Db, permitId: number, drawn: ReadonlyMap<number, string>): Entry {
  return entryOf(read(db, { ids: [permitId], drawn })[0]);
}

/** Rewrites a permit's entry and texts from its rows; `drawn`: its lines' draws, already computed from permit_draws. */
export function refreshPermitEntry(db: Db, permitId: number, drawn: ReadonlyMap<number, string>): void {
  if (!hasPermitEntries(db)) return;
  const e = computeEntry(db, permitId, drawn);
  sql(db, `INSERT INTO permit_entries (permit_id, entry) VALUES (?, ?)
             ON CONFLICT (permit_id) DO UPDATE SET entry = excluded.entry WHERE entry != excluded.entry`).run(permitId, e.entry);
  const text = sql(db, `INSERT INTO permit_texts (permit_id, lang, body) VALUES (?, ?, ?)
                          ON CONFLICT (permit_id, lang) DO UPDATE SET body = excluded.body WHERE body != excluded.body`);
  text.run(permitId, 'en', e.text_en);
  text.run(permitId, 'vi', e.text_vi);
}

/** Schema 10 on an existing archive: every permit's entry, from its draws. */
export function backfillPermitEntries(db: Db): void {
  for (const id of sql(db, 'SELECT id FROM permits ORDER BY id').pluck().all() as number[]) refreshPermitEntry(db, id, freshDrawn(db, id));
}

/**
 * `archive permits --format json` for a query, as UTF-8 bytes in pieces, byte for byte JSON.stringify of the contract's
 * shape: the stored entries of the permits it selects. A permit without one (never, unless rows were removed
 * behind the application's back) is computed here rather than left out. `count`: how many permits it holds.
 */
export function registerJson(db: Db, q: PermitQuery = {}): { chunks: Uint8Array[]; count: number } {
  return db.transaction(() => {
    // Only the entries, as bytes: the 30 MB of a whole register are never decoded, copied, nor read into row objects.
    const { where, args } = permitFilter(q);
    const rows = sql(db, `SELECT p.id, e.entry FROM permits p LEFT JOIN permit_entries e ON e.permit_id = p.id
                            ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.id`).raw().all(...args) as [number, Buffer | null][];
    const entries = rows.map(([id, entry]) => entry ?? computeEntry(db, id, freshDrawn(db, id)).entry);
    return { chunks: registerDocumentChunks(entries), count: entries.length };
  }).deferred();
}

/** `archive permits` (text) for a query, as UTF-8 bytes in pieces: each permit's first line as of `day`, then its stored table. */
export function registerText(db: Db, q: PermitQuery, lang: Lang, day: string): { chunks: Uint8Array[]; count: number } {
  return db.transaction(() => {
    const column = lang === 'vi' ? 'text_vi' : 'text_en';
    const entries = selected(db, q, lang).map((r) => ({
      head: permitHeadText(r, lang, day),
      body: r.stored ?? computeEntry(db, r.id, freshDrawn(db, r.id))[column],
    }));
    const filtered = q.number !== undefined || q.expiringWithin !== undefined;
    return { chunks: registerTextParts<Uint8Array>(entries, lang, filtered, (s) => Buffer.from(s)), count: entries.length };
  }).deferred();
}

/** The permits a query selects, in register order, each with its first line's fields and one stored text (null when its row is missing). */
function selected(db: Db, q: PermitQuery, lang: Lang) {
  const { where, args } = permitFilter(q);
  const rows = sql(db, `SELECT p.id, p.number, p.direction, p.licensee, p.issue_date, p.valid_until, t.body AS stored
                          FROM permits p LEFT JOIN permit_texts t ON t.permit_id = p.id AND t.lang = ?
                          ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.id`).all(lang, ...args) as {
    id: number; number: string; direction: Direction | null; licensee: string | null; issue_date: string | null; valid_until: string | null; stored: Buffer | null;
  }[];
  return rows.map((r) => ({
    id: r.id, number: r.number, direction: r.direction, stored: r.stored,
    ...(r.licensee !== null ? { licensee: r.licensee } : {}),
    ...(r.issue_date !== null ? { issueDate: r.issue_date } : {}),
    ...(r.valid_until !== null ? { validUntil: r.valid_until } : {}),
  }));
}

/**
 * The permits whose stored entry, or a line's drawn_json, is not what their rows give now, by number (verify, the
 * crash test). Recomputed from permit_draws for the whole register at once, a few seconds on 200,000 draws.
 */
export function staleRegisterEntries(db: Db): string[] {
  if (!hasPermitEntries(db)) return [];
  const check = () => {
    const drawn = freshDrawn(db);
    const ids = sql(db, 'SELECT id FROM permits ORDER BY id').pluck().all() as number[];
    const stored = new Map<number, Partial<Entry>>();
    const at = (id: number) => stored.get(id) ?? stored.set(id, {}).get(id)!;
    for (const [id, entry] of sql(db, 'SELECT permit_id, entry FROM permit_entries').raw().all() as [number, Buffer][]) at(id).entry = entry;
    for (const [id, lang, body] of sql(db, 'SELECT permit_id, lang, body FROM permit_texts').raw().all() as [number, 'en' | 'vi', Buffer][]) at(id)[`text_${lang}`] = body;
    const stale = new Set<number>();
    for (const [line, pid, text] of sql(db, 'SELECT id, permit_id, drawn_json FROM permit_lines').raw().all() as [number, number, string][]) {
      if (text !== (drawn.get(line) ?? '[]')) stale.add(pid);
    }
    // Both in permit id order, read in this one transaction.
    const permits = read(db, { drawn });
    ids.forEach((id, k) => {
      const [now, was] = [entryOf(permits[k]), stored.get(id)];
      if (!was || !(['entry', 'text_en', 'text_vi'] as const).every((c) => was[c]?.equals(now[c]))) stale.add(id);
    });
    const known = new Set(ids);
    for (const id of stored.keys()) if (!known.has(id)) stale.add(id);
    const numbers = new Map(sql(db, 'SELECT id, number FROM permits').raw().all() as [number, string][]);
    return [...stale].sort((a, b) => a - b).map((id) => numbers.get(id) ?? `#${id}`);
  };
  return db.inTransaction ? check() : db.transaction(check).deferred();
}
