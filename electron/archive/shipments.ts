// Shipment folders: the rows that documents, files and findings hang from.
import { ArchiveError, type Direction, type ShipmentQuery, type ShipmentSummary } from './types.ts';
import type { FolderStatus } from '../../shared/domain/types.ts';
import { searchMatches, searchShipmentIds } from './search.ts';
import { statusCondition, statusExpr } from './folder-status.ts';
import { sql, type Db } from './sql.ts';

export interface ShipmentRow {
  id: number; ref: string; direction: Direction; eta: string | null;
  /** As the folder shows it: the column (open, reviewed), or declared once a declaration is recorded (folder-status.ts). */
  status: FolderStatus;
  check_date: string | null; controlled_list_id: string | null; created_at: string;
  errors: number; warnings: number; infos: number;
}

export function insertShipment(db: Db, ref: string, direction: Direction, eta: string | undefined, at: string): number {
  if (sql(db, 'SELECT 1 FROM shipments WHERE ref = ?').get(ref)) {
    throw new ArchiveError('REF_EXISTS', `A shipment folder "${ref}" already exists in this archive: choose another reference.`,
      `Kho hồ sơ này đã có thư mục lô hàng "${ref}": hãy chọn số tham chiếu khác.`);
  }
  return Number(sql(db, 'INSERT INTO shipments (ref, direction, eta, created_at) VALUES (?, ?, ?, ?)')
    .run(ref, direction, eta ?? null, at).lastInsertRowid);
}

/** The row's columns, its status as the folder shows it in place of the stored one. */
function rowColumns(db: Db): string {
  return `s.id, s.ref, s.direction, s.eta, ${statusExpr(db, 's')} AS status, s.check_date, s.controlled_list_id, s.created_at,
          s.errors, s.warnings, s.infos`;
}

export function findShipment(db: Db, ref: string): ShipmentRow | undefined {
  return sql(db, `SELECT ${rowColumns(db)} FROM shipments s WHERE s.ref = ?`).get(ref) as ShipmentRow | undefined;
}

export function getShipmentRow(db: Db, ref: string): ShipmentRow {
  const row = findShipment(db, ref);
  if (!row) throw new ArchiveError('NOT_FOUND', `There is no shipment folder "${ref}" in this archive: check the reference (dossier archive list shows them).`,
    `Kho hồ sơ này không có thư mục lô hàng "${ref}": hãy kiểm tra lại số tham chiếu (lệnh dossier archive list liệt kê các thư mục lô hàng).`);
  return row;
}

export function setCheck(db: Db, shipmentId: number, checkDate: string, controlledListId: string | undefined): void {
  sql(db, 'UPDATE shipments SET check_date = ?, controlled_list_id = ? WHERE id = ?').run(checkDate, controlledListId ?? null, shipmentId);
}

export function toSummary(r: ShipmentRow): ShipmentSummary {
  return {
    ref: r.ref, direction: r.direction, ...(r.eta !== null ? { eta: r.eta } : {}), createdAt: r.created_at,
    status: r.status, errors: r.errors, warnings: r.warnings, infos: r.infos,
  };
}

/** The largest page whose folders are told why they matched. */
const MATCHES_PAGE = 500;

/** Newest first; with a query, only the folders the full-text index matches; with a status, only those in it. */
export function listShipments(db: Db, q: ShipmentQuery): { total: number; shipments: ShipmentSummary[] } {
  const limit = q.limit ?? -1;
  const offset = q.offset ?? 0;
  const where = q.status ? statusCondition(db, 's', q.status) : '1';
  if (q.query !== undefined && q.query.trim() !== '') {
    const { total, ids } = searchShipmentIds(db, q.query, limit, offset, q.status ? where : undefined);
    const byId = sql(db, `SELECT ${rowColumns(db)} FROM shipments s WHERE s.id = ?`);
    // Why each matched is worked out for a page only: a whole list (the command line's) has no use for it.
    const matches = limit >= 0 && limit <= MATCHES_PAGE ? searchMatches(db, ids, q.query) : new Map<number, never>();
    return {
      total,
      shipments: ids.map((id) => byId.get(id) as ShipmentRow | undefined).filter((r): r is ShipmentRow => !!r).map((r) => {
        const match = matches.get(r.id);
        return match ? { ...toSummary(r), match } : toSummary(r);
      }),
    };
  }
  const total = sql(db, `SELECT count(*) FROM shipments s WHERE ${where}`).pluck().get() as number;
  const rows = sql(db, `SELECT ${rowColumns(db)} FROM shipments s WHERE ${where} ORDER BY s.id DESC LIMIT ? OFFSET ?`).all(limit, offset) as ShipmentRow[];
  return { total, shipments: rows.map(toSummary) };
}
