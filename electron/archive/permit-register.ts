// Reading the permit register: each permit with its lines' permitted / used / remaining and the folders that
// drew them (`dossier archive permits`, the app's Permits screen), and the permit each folder uses.
// A few set-wise queries whatever the number of permits: the listing stays fast at 5,000 permits / 100,000 folders.
import type { Direction } from '../../shared/domain/types.ts';
import { round } from '../../shared/check/context.ts';
import { drawOrderSql, normalizeNumber } from './permit-draws.ts';
import { sql, type Db } from './sql.ts';
import type { FolderPermit, PermitDraw, PermitLineBalance, PermitQuery, PermitSummary } from './types.ts';

interface PermitRow {
  id: number; number: string; direction: Direction | null; licensee: string | null; issue_date: string | null;
  valid_until: string | null; registered_at: string; registered_by_ref: string | null;
}

/** Each listed line's draws as text (canonical JSON of `shipments`), while `shipments` is not replaced. */
const DRAWN_TEXT = new WeakMap<PermitLineBalance, { text: string; nest?: number }>();

/**
 * The JSON text of a line's `shipments`, byte for byte what JSON.stringify(line.shipments) gives (with
 * `nestDrawsAt`: what JSON.stringify(…, null, 2) gives at that depth), when still known.
 */
export function drawnText(line: PermitLineBalance): { text: string; nest?: number } | undefined {
  return DRAWN_TEXT.get(line);
}

/**
 * The sum of the draws' quantities, in their order, from their text without parsing it: the same additions
 * JSON.parse and a loop would make. The key cannot occur inside a JSON string (its quotes would be escaped).
 */
function sumQuantities(drawn: string, key: string): number {
  let used = 0;
  for (let at = drawn.indexOf(key); at !== -1; at = drawn.indexOf(key, at + key.length)) used += parseFloat(drawn.slice(at + key.length, at + key.length + 32));
  return used;
}

/**
 * The stored draws `[{"ref":…,"quantity":…},…]` (written by JSON.stringify) as JSON.stringify(…, null, 2) writes
 * them with items at `@item` spaces, keys at `@key`, the closing bracket at `@close`: only whitespace is added,
 * after markers holding an unescaped quote (so never inside a reference). NULL when the text has another shape.
 */
const SHAPED = `(substr(drawn_json, 1, 8) = '[{"ref":' AND substr(drawn_json, -2) = '}]')`;
const NESTED_DRAWS = `CASE WHEN drawn_json = '[]' THEN '[]'
  WHEN ${SHAPED} THEN
    '[' || char(10) || @item || '{' || char(10) || @key || '"ref": ' ||
    replace(replace(substr(drawn_json, 9, length(drawn_json) - 10),
      '},{"ref":', char(10) || @item || '},' || char(10) || @item || '{' || char(10) || @key || '"ref": '),
      ',"quantity":', ',' || char(10) || @key || '"quantity": ')
    || char(10) || @item || '}' || char(10) || @close || ']'
  END`;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(day + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}

export function listPermits(db: Db, q: PermitQuery = {}): PermitSummary[] {
  return db.transaction(() => read(db, q)).deferred();
}

/** The permits a query selects, as a WHERE on `permits p` (the listing and the materialised entries alike). */
export function permitFilter(q: PermitQuery): { where: string[]; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  if (q.number !== undefined) {
    where.push('p.number = ?');
    args.push(normalizeNumber(q.number));
  }
  if (q.expiringWithin !== undefined) {
    // Today is the query's, never stored: the entries hold nothing that depends on the day they were written.
    const today = q.today ?? new Date().toISOString().slice(0, 10);
    where.push('p.valid_until >= ? AND p.valid_until <= ?');
    args.push(today, addDays(today, q.expiringWithin));
  }
  return { where, args };
}

/**
 * The register's own reads besides a user's query: `ids`, only these permits; `drawn`, each line's draws as
 * drawn_json would hold them (by line id, '[]' when absent) instead of the stored column — computed afresh
 * from permit_draws by whoever passes them (permit-entries.ts). Not with nestDrawsAt.
 */
export interface RegisterRead extends PermitQuery { ids?: number[]; drawn?: ReadonlyMap<number, string> }

export function read(db: Db, q: RegisterRead): PermitSummary[] {
  const { where, args } = permitFilter(q);
  if (q.ids !== undefined) {
    where.push('p.id IN (SELECT value FROM json_each(?))');
    args.push(JSON.stringify(q.ids));
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const permits = sql(db, `SELECT p.id, p.number, p.direction, p.licensee, p.issue_date, p.valid_until, p.registered_at, s.ref AS registered_by_ref
                             FROM permits p LEFT JOIN shipments s ON s.id = p.registered_by ${filter} ORDER BY p.id`).all(...args) as PermitRow[];
  if (permits.length === 0) return [];
  // A filtered listing reads the rows of its permits only (their ids as one JSON parameter, however many);
  // the whole register reads every row once, with no IN list at all.
  const few = where.length > 0;
  const ids = permits.map((p) => p.id);
  const scope = (col: string) => (few ? `WHERE ${col} IN (SELECT value FROM json_each(?))` : '');
  const scoped = few ? [JSON.stringify(ids)] : [];

  const out = new Map<number, PermitSummary>();
  for (const p of permits) {
    out.set(p.id, {
      number: p.number, direction: p.direction,
      ...(p.licensee !== null ? { licensee: p.licensee } : {}),
      ...(p.issue_date !== null ? { issueDate: p.issue_date } : {}),
      ...(p.valid_until !== null ? { validUntil: p.valid_until } : {}),
      registeredAt: p.registered_at,
      ...(p.registered_by_ref !== null ? { registeredBy: p.registered_by_ref } : {}),
      files: [], lines: [], cancelled: [],
    });
  }
  const lines = new Map<number, PermitLineBalance>();
  const nest = q.nestDrawsAt;
  const lineRows = (nest === undefined
    ? sql(db, `SELECT id, permit_id, model, name, brand, hs_code, country, quantity, unit, drawn_json, NULL FROM permit_lines
                 ${scope('permit_id')} ORDER BY permit_id, position`).raw().all(...scoped)
    : sql(db, `SELECT id, permit_id, model, name, brand, hs_code, country, quantity, unit, ${NESTED_DRAWS},
                 CASE WHEN drawn_json != '[]' AND NOT ${SHAPED} THEN drawn_json END FROM permit_lines ${scope('permit_id')} ORDER BY permit_id, position`)
      .raw().all(...scoped, { item: ' '.repeat(nest + 2), key: ' '.repeat(nest + 4), close: ' '.repeat(nest) })) as
    [number, number, string, string | null, string | null, string | null, string | null, number | null, string | null, string | null, string | null][];
  for (const [id, pid, model, name, brand, hs, country, quantity, unit, stored, odd] of lineRows) {
    const text = q.drawn ? (q.drawn.get(id) ?? '[]') : stored;
    const permit = out.get(pid);
    if (!permit) continue;
    // The register keeps each line's counted draws in draw order (permits.ts refreshRegisterFindings), as the
    // text JSON.stringify wrote. Parsing 200,000 draws was most of the whole register's time: they are parsed
    // only when someone reads `shipments`, and a writer that copies them out takes the text (drawnText).
    // Nested text that still holds `,"` or `{"` had another key than ref and quantity: taken the general way.
    let drawn = text ?? odd!;
    if (nest !== undefined && (text === null || text.includes(',"') || text.includes('{"'))) {
      drawn = JSON.stringify(JSON.parse(odd ?? text!), null, 2).replaceAll('\n', '\n' + ' '.repeat(nest));
    }
    let parsed: PermitDraw[] | undefined;
    const line: PermitLineBalance = {
      model, ...(name !== null ? { name } : {}), ...(brand !== null ? { brand } : {}), ...(hs !== null ? { hsCode: hs } : {}),
      ...(country !== null ? { country } : {}), ...(unit !== null ? { unit } : {}), ...(quantity !== null ? { permitted: quantity } : {}),
      // Compact text of another shape than the register writes (keys in another order): summed from the parse.
      used: nest === undefined && drawn !== '[]' && !drawn.startsWith('[{"ref":')
        ? (JSON.parse(drawn) as PermitDraw[]).reduce((sum, d) => sum + d.quantity, 0)
        : sumQuantities(drawn, nest === undefined ? ',"quantity":' : '"quantity": '),
      get shipments(): PermitDraw[] { return (parsed ??= JSON.parse(drawn) as PermitDraw[]); },
      set shipments(v: PermitDraw[]) { parsed = v; DRAWN_TEXT.delete(line); },
      notCounted: [], adjustments: [],
    };
    DRAWN_TEXT.set(line, nest === undefined ? { text: drawn } : { text: drawn, nest });
    permit.lines.push(line);
    lines.set(id, line);
  }
  // Draws in another unit than the permit's: rare, found through a partial index (a permit's entry, rewritten on
  // every add, reads its own only).
  const notCounted = sql(db, `SELECT d.permit_line_id, s.ref, d.quantity, d.unit FROM permit_draws AS d INDEXED BY permit_draws_not_counted
                                JOIN permit_uses u ON u.shipment_id = d.shipment_id AND u.cancelled_at IS NULL
                                JOIN shipments s ON s.id = d.shipment_id WHERE d.counted = 0
                                ${few ? 'AND d.permit_line_id IN (SELECT id FROM permit_lines WHERE permit_id IN (SELECT value FROM json_each(?)))' : ''}
                                ORDER BY ${drawOrderSql(db, 'd.shipment_id')}`).raw().all(...scoped) as [number, string, number, string | null][];
  for (const [lineId, ref, quantity, unit] of notCounted) lines.get(lineId)?.notCounted.push({ ref, quantity, unit: unit ?? '' });
  const adjustments = sql(db, `SELECT a.permit_line_id, a.quantity, a.note, a.at FROM permit_adjustments a
                                 ${few ? `JOIN permit_lines l ON l.id = a.permit_line_id ${scope('l.permit_id')}` : ''} ORDER BY a.id`)
    .raw().all(...scoped) as [number, number, string, string][];
  for (const [lineId, quantity, note, at] of adjustments) {
    const line = lines.get(lineId);
    if (!line) continue;
    line.adjustments.push({ quantity, note, at });
    line.used += quantity;
  }
  for (const line of lines.values()) {
    line.used = round(line.used);
    if (line.permitted !== undefined) line.remaining = round(line.permitted - line.used);
  }
  const files = sql(db, `SELECT f.permit_id, f.name, f.sha256, s.ref FROM permit_files f LEFT JOIN shipments s ON s.id = f.shipment_id
                           ${scope('f.permit_id')} ORDER BY f.added_at`).raw().all(...scoped) as [number, string, string, string | null][];
  for (const [pid, name, sha256, ref] of files) out.get(pid)?.files.push({ name, sha256, ...(ref !== null ? { ref } : {}) });
  const cancelled = sql(db, `SELECT u.permit_id, s.ref, u.cancelled_at, u.cancel_note FROM permit_uses u JOIN shipments s ON s.id = u.shipment_id
                               WHERE u.cancelled_at IS NOT NULL ${few ? 'AND u.permit_id IN (SELECT value FROM json_each(?))' : ''} ORDER BY u.shipment_id`)
    .raw().all(...scoped) as [number, string, string, string | null][];
  for (const [pid, ref, at, note] of cancelled) out.get(pid)?.cancelled.push({ ref, at, note: note ?? '' });
  return [...out.values()];
}

/** The permit a folder is checked against, or undefined when it uses none of the register; `lines`: its short lines too. */
export function folderPermit(db: Db, shipmentId: number, opts: { lines?: boolean } = {}): FolderPermit | undefined {
  const row = sql(db, `SELECT p.number, u.via, p.direction, p.licensee, p.issue_date, p.valid_until, u.cancelled_at, u.cancel_note,
                         EXISTS (SELECT 1 FROM findings f WHERE f.shipment_id = u.shipment_id AND f.code = 'PERMIT_BALANCE_EXCEEDED') AS overdrawn
                         FROM permit_uses u JOIN permits p ON p.id = u.permit_id WHERE u.shipment_id = ?`).get(shipmentId) as {
    number: string; via: 'file' | 'number'; direction: Direction | null; licensee: string | null; issue_date: string | null;
    valid_until: string | null; cancelled_at: string | null; cancel_note: string | null; overdrawn: number;
  } | undefined;
  if (!row) return undefined;
  return {
    number: row.number, via: row.via, direction: row.direction,
    ...(row.licensee !== null ? { licensee: row.licensee } : {}),
    ...(row.issue_date !== null ? { issueDate: row.issue_date } : {}),
    ...(row.valid_until !== null ? { validUntil: row.valid_until } : {}),
    ...(row.cancelled_at !== null ? { cancelled: { at: row.cancelled_at, note: row.cancel_note ?? '' } } : {}),
    overdrawn: row.overdrawn === 1,
    ...(opts.lines ? { shortLines: shortLines(db, row.number) } : {}),
  };
}

function shortLines(db: Db, number: string): NonNullable<FolderPermit['shortLines']> {
  const out: NonNullable<FolderPermit['shortLines']> = [];
  for (const p of read(db, { number })) {
    for (const l of p.lines) {
      if (l.permitted === undefined || l.remaining === undefined || l.remaining >= 0) continue;
      out.push({ model: l.model, ...(l.unit !== undefined ? { unit: l.unit } : {}), permitted: l.permitted, used: l.used, remaining: l.remaining });
    }
  }
  return out;
}

/** The permits of many folders at once, by reference (the shipments list flags expired, expiring, over-drawn). */
export function folderPermits(db: Db, refs: string[]): Map<string, FolderPermit> {
  const out = new Map<string, FolderPermit>();
  for (let i = 0; i < refs.length; i += 500) {
    const chunk = refs.slice(i, i + 500);
    const rows = db.prepare(`SELECT s.ref, u.shipment_id FROM shipments s JOIN permit_uses u ON u.shipment_id = s.id
                               WHERE s.ref IN (${chunk.map(() => '?').join(',')})`).raw().all(...chunk) as [string, number][];
    for (const [ref, id] of rows) {
      const p = folderPermit(db, id);
      if (p) out.set(ref, p);
    }
  }
  return out;
}
