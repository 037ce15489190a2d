// What the permit register's writer, its reader and its materialised entries share: permit numbers as keyed,
// the order folders draw in, and each line's counted draws read afresh from permit_draws.
import type { Draw } from '../../shared/permits/register.ts';
import { sql, type Db } from './sql.ts';

/** Permit numbers as people type them: surrounding and doubled spaces do not make another permit. */
export function normalizeNumber(number: string): string {
  return number.trim().replace(/\s+/g, ' ');
}

/**
 * The order folders draw in: declared folders by their declaration's registration date, then the undeclared in
 * the order they were added. The declarations table arrives with a later schema; until it exists, add order.
 * One place, so the order the contract names is decided once for the findings and the listing alike.
 */
export function drawOrderSql(db: Db, shipmentIdColumn: string): string {
  const cols = sql(db, `SELECT name FROM pragma_table_info('declarations')`).pluck().all() as string[];
  const date = ['declared_on', 'registered_on', 'registration_date', 'date'].find((c) => cols.includes(c));
  if (!cols.includes('shipment_id') || !date) return shipmentIdColumn;
  const declared = `(SELECT min(${date}) FROM declarations WHERE shipment_id = ${shipmentIdColumn})`;
  return `${declared} IS NULL, ${declared}, ${shipmentIdColumn}`;
}

/** The counted draws of every line of a permit (without `permitId`: of every permit), in draw order, cancelled folders left out. */
export function permitDraws(db: Db, permitId?: number): Map<number, Draw[]> {
  const rows = sql(db, `SELECT d.permit_line_id, d.shipment_id, s.ref, d.quantity FROM permit_draws d
      JOIN permit_lines l ON l.id = d.permit_line_id
      JOIN permit_uses u ON u.shipment_id = d.shipment_id AND u.cancelled_at IS NULL
      JOIN shipments s ON s.id = d.shipment_id
      WHERE ${permitId === undefined ? '' : 'l.permit_id = ? AND'} d.counted = 1
      ORDER BY d.permit_line_id, ${drawOrderSql(db, 'd.shipment_id')}`).raw().all(...(permitId === undefined ? [] : [permitId])) as [number, number, string, number][];
  const out = new Map<number, Draw[]>();
  for (const [line, folderId, ref, quantity] of rows) {
    let list = out.get(line);
    if (!list) out.set(line, (list = []));
    list.push({ folderId, ref, quantity });
  }
  return out;
}

/** A line's draws as permit_lines.drawn_json keeps them: `[{"ref","quantity"}]` written by JSON.stringify. */
export function drawnJson(draws: readonly Draw[] | undefined): string {
  return JSON.stringify((draws ?? []).map((d) => ({ ref: d.ref, quantity: d.quantity })));
}
