// A folder's status as the declarant sets it. `shipments.status` holds what a person chose before the declaration
// (open, reviewed: the schema's CHECK since schema 1); "declared" is the recorded customs declaration itself, so the
// status and the declaration can never disagree and no table rebuild is needed to widen the CHECK. The column is
// among the row-hashed ones (row-hashes.ts): a change through the application re-hashes the row, one behind its back
// shows in verify.
import type { FolderStatus } from '../../shared/domain/types.ts';
import { appendAudit } from './audit.ts';
import { hasDeclarations } from './declarations.ts';
import { sql, type Db } from './sql.ts';

/** The SQL expression of the status of shipments row `alias` (an archive before schema 5 has no declarations). */
export function statusExpr(db: Db, alias: string): string {
  if (!hasDeclarations(db)) return `${alias}.status`;
  return `CASE WHEN EXISTS (SELECT 1 FROM declarations dcl WHERE dcl.shipment_id = ${alias}.id) THEN 'declared' ELSE ${alias}.status END`;
}

/** A WHERE condition keeping the shipments row `alias` with that status (the list's filter). */
export function statusCondition(db: Db, alias: string, status: FolderStatus): string {
  const declared = hasDeclarations(db) ? `EXISTS (SELECT 1 FROM declarations dcl WHERE dcl.shipment_id = ${alias}.id)` : '0';
  return status === 'declared' ? declared : `(${alias}.status = '${status === 'reviewed' ? 'reviewed' : 'open'}' AND NOT ${declared})`;
}

/** Open or reviewed; "declared" comes only with a declaration (declarations.ts). */
export function putReviewStatus(db: Db, shipmentId: number, status: 'open' | 'reviewed'): void {
  sql(db, 'UPDATE shipments SET status = ? WHERE id = ?').run(status, shipmentId);
}

/** Errors of the last check not acknowledged: marking a folder reviewed over them is said, never silent. */
export function unacknowledgedErrors(db: Db, shipmentId: number): number {
  return sql(db, `SELECT count(*) FROM findings WHERE shipment_id = ? AND severity = 'error' AND ack_at IS NULL`).pluck().get(shipmentId) as number;
}

/**
 * A reviewed folder whose re-check leaves more unacknowledged errors than it had (a replaced document, another
 * list) is open again: "reviewed" must not stand over errors nobody has looked at. Audited as a status change with
 * the reason, inside the re-check's transaction. `errorsBefore` is the count before the re-check.
 */
export function reopenIfNewErrors(db: Db, ship: { id: number; status: FolderStatus }, errorsBefore: number, ref: string, at: string): void {
  if (ship.status !== 'reviewed') return;
  const errors = unacknowledgedErrors(db, ship.id);
  if (errors <= errorsBefore) return;
  putReviewStatus(db, ship.id, 'open');
  appendAudit(db, at, 'shipment.status_set', ref, { from: 'reviewed', to: 'open', reopenedByCheck: true, unacknowledgedErrors: errors });
}
