// verify(): everything an auditor would want to hold, one sentence per problem.
import { verifyAudit } from './audit.ts';
import { verifyFiles, type FileProgress } from './files.ts';
import { staleRegisterEntries } from './permit-entries.ts';
import { verifyRowHashes } from './row-hashes.ts';
import type { Db } from './sql.ts';

export function verifyArchive(db: Db, file: string, onProgress?: FileProgress): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  for (const r of integrity) {
    if (r.integrity_check !== 'ok') problems.push(`${file}: SQLite integrity check: ${r.integrity_check} (restore the archive from a backup).`);
  }
  const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const r of fk) problems.push(`${file}: row ${r.rowid} of ${r.table} refers to a missing ${r.parent} row: restore the archive from a backup.`);
  problems.push(...verifyFiles(db, file, onProgress));
  problems.push(...verifyAudit(db, file));
  problems.push(...verifyRowHashes(db, file));
  // The register's materialised entries are derived: recomputed from the draws, they must be what is stored.
  const stale = staleRegisterEntries(db);
  for (const number of stale.slice(0, 20)) {
    problems.push(`${file}: the permit register's stored entry of permit ${number} differs from its draws recomputed: it was changed outside the application (restore the archive from a backup).`);
  }
  if (stale.length > 20) problems.push(`${file}: ${stale.length - 20} more permits' stored register entries differ from their draws recomputed: restore the archive from a backup.`);
  const counts = db.prepare(`
    SELECT s.ref FROM shipments s LEFT JOIN (
      SELECT shipment_id, sum(severity = 'error') e, sum(severity = 'warning') w, sum(severity = 'info') i FROM findings GROUP BY shipment_id
    ) f ON f.shipment_id = s.id
    WHERE s.errors != coalesce(f.e, 0) OR s.warnings != coalesce(f.w, 0) OR s.infos != coalesce(f.i, 0)`).pluck().all() as string[];
  for (const ref of counts) problems.push(`${file}: shipment folder ${ref}: its summary counts differ from its findings, so rows were changed outside the application.`);
  return problems;
}
