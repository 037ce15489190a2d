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

/** The folder's unacknowledged errors, each by what it says (code, model, parameters): new ones re-open a review. */
export function unacknowledgedErrorKeys(db: Db, shipmentId: number): Set<string> {
  const rows = sql(db, `SELECT code, model, params_json FROM findings WHERE shipment_id = ? AND severity = 'error' AND ack_at IS NULL`)
    .raw().all(shipmentId) as [string, string | null, string][];
  return new Set(rows.map((r) => JSON.stringify(r)));
}

/**
 * A reviewed folder that now has an unacknowledged error it did not have before (a re-check after a replaced
 * document or under another list, an acknowledgement re-opened because its cells changed, a register finding brought
 * by another folder's draw) is open again: "reviewed" must not stand over an error nobody has looked at. The same
 * errors, fewer, or another error gone are no reason. Audited as a status change with the reason, in the caller's
 * transaction; a declared folder stays declared. `before` is unacknowledgedErrorKeys from before the change.
 */
export function reopenIfNewErrors(db: Db, shipmentId: number, before: ReadonlySet<string>, at: string): void {
  const row = sql(db, `SELECT s.ref, ${statusExpr(db, 's')} AS status FROM shipments s WHERE s.id = ?`).get(shipmentId) as { ref: string; status: FolderStatus } | undefined;
  if (row?.status !== 'reviewed') return;
  const now = unacknowledgedErrorKeys(db, shipmentId);
  if (![...now].some((k) => !before.has(k))) return;
  putReviewStatus(db, shipmentId, 'open');
  appendAudit(db, at, 'shipment.status_set', row.ref, { from: 'reviewed', to: 'open', reopenedByCheck: true, unacknowledgedErrors: now.size });
}
