// Retention and disposal. A folder is kept until keep_until (its declaration date + the archive's retention
// period) and may be deleted only once that day has passed. Deleting removes the folder's rows and the bytes of
// files no other folder holds, but never the audit trail: it is append-only and hash-chained, so the disposal
// is one more entry (ref, declaration, every file's name and SHA-256) and the chain still verifies.
import { ArchiveError } from './types.ts';
import { sql, type Db } from './sql.ts';
import { addYears, readDeclaration, retentionYears, type Declaration } from './declarations.ts';
import { folderFiles, type FolderFileRow } from './files.ts';
import { hasVersions, versionFiles } from './versions.ts';

export type RetentionStatus = 'keep' | 'due' | 'undeclared';

export interface RetentionEntry {
  ref: string;
  declarationNumber: string | null;
  declaredOn: string | null;
  keepUntil: string | null;
  status: RetentionStatus;
}

/** Every folder's keep-until on `today` (YYYY-MM-DD); with `dueBefore`, only folders whose keep-until is before that day. */
export function retentionReport(db: Db, today: string, dueBefore?: string): RetentionEntry[] {
  const years = retentionYears(db);
  const rows = sql(db, `SELECT s.ref, d.number, d.declared_on FROM shipments s LEFT JOIN declarations d ON d.shipment_id = s.id
                          ORDER BY d.declared_on IS NULL, d.declared_on, s.ref`).all() as { ref: string; number: string | null; declared_on: string | null }[];
  const out: RetentionEntry[] = [];
  for (const r of rows) {
    const keepUntil = r.declared_on === null ? null : addYears(r.declared_on, years);
    if (dueBefore !== undefined && (keepUntil === null || !(keepUntil < dueBefore))) continue;
    out.push({
      ref: r.ref, declarationNumber: r.number, declaredOn: r.declared_on, keepUntil,
      status: keepUntil === null ? 'undeclared' : keepUntil < today ? 'due' : 'keep',
    });
  }
  return out;
}

export interface Disposal {
  ref: string;
  declaration: Declaration | null;
  keepUntil: string | null;
  files: { name: string; sha256: string; bytes: number; role: string | null }[];
  /** Stored contents removed (files no other folder holds). */
  contentsRemoved: number;
}

/**
 * Deletes the folder inside the caller's transaction, or throws (nothing changed) while it must be kept.
 * `record` writes the audit entry before any row goes, so the entry can name everything that was there.
 */
export function disposeShipment(db: Db, shipmentId: number, ref: string, today: string, record: (d: Omit<Disposal, 'contentsRemoved'>) => void): Disposal {
  const declaration = readDeclaration(db, shipmentId) ?? null;
  const keepUntil = declaration ? addYears(declaration.declaredOn, retentionYears(db)) : null;
  if (keepUntil !== null && !(keepUntil < today)) {
    throw new ArchiveError('INVALID', `Folder ${ref} must be kept until ${keepUntil} (declaration ${declaration!.number} of ${declaration!.declaredOn}, ${retentionYears(db)} years): it cannot be deleted before ${addDay(keepUntil)}.`,
      `Thư mục ${ref} phải được lưu đến hết ngày ${keepUntil} (tờ khai ${declaration!.number} ngày ${declaration!.declaredOn}, ${retentionYears(db)} năm): không thể xóa trước ngày ${addDay(keepUntil)}.`);
  }
  const files = folderFiles(db, shipmentId).map((f: FolderFileRow) => ({ name: f.name, sha256: f.sha256, bytes: f.size, role: f.role }));
  record({ ref, declaration, keepUntil, files });
  // The versions a replacement kept go with the folder, their originals too (unless another folder holds them).
  const hashes = [...new Set([...files.map((f) => f.sha256), ...versionFiles(db, shipmentId)])];
  sql(db, 'DELETE FROM findings WHERE shipment_id = ?').run(shipmentId);
  sql(db, 'DELETE FROM lines WHERE document_id IN (SELECT id FROM documents WHERE shipment_id = ?)').run(shipmentId);
  sql(db, 'DELETE FROM documents WHERE shipment_id = ?').run(shipmentId);
  sql(db, 'DELETE FROM shipment_files WHERE shipment_id = ?').run(shipmentId);
  sql(db, 'DELETE FROM declarations WHERE shipment_id = ?').run(shipmentId);
  sql(db, 'DELETE FROM shipment_search WHERE rowid = ?').run(shipmentId);
  // Rows other modules keep per folder (plan events, permit draws …): whatever table refers to the folder goes
  // with it, so a table added by a later migration cannot make a disposal fail on its foreign key.
  for (const { table, column } of rowsReferringToShipments(db)) db.prepare(`DELETE FROM "${table}" WHERE "${column}" = ?`).run(shipmentId);
  sql(db, 'DELETE FROM shipments WHERE id = ?').run(shipmentId);
  let contentsRemoved = 0;
  const stillUsed = sql(db, 'SELECT EXISTS (SELECT 1 FROM shipment_files WHERE sha256 = @h) OR EXISTS (SELECT 1 FROM documents WHERE sha256 = @h) OR EXISTS (SELECT 1 FROM permit_files WHERE sha256 = @h)'
    + (hasVersions(db) ? ' OR EXISTS (SELECT 1 FROM document_versions WHERE sha256 = @h)' : '')).pluck();
  for (const h of hashes) {
    if (stillUsed.get({ h })) continue;
    contentsRemoved += sql(db, 'DELETE FROM files WHERE sha256 = ?').run(h).changes;
  }
  return { ref, declaration, keepUntil, files, contentsRemoved };
}

const HANDLED = new Set(['findings', 'documents', 'shipment_files', 'declarations']);

function rowsReferringToShipments(db: Db): { table: string; column: string }[] {
  const tables = sql(db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[];
  const out: { table: string; column: string }[] = [];
  for (const table of tables) {
    if (HANDLED.has(table)) continue;
    const fks = db.pragma(`foreign_key_list("${table.replace(/"/g, '""')}")`) as { table: string; from: string }[];
    for (const fk of fks) if (fk.table === 'shipments') out.push({ table, column: fk.from });
  }
  return out;
}

function addDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
