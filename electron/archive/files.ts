// Stored files: content-addressed by SHA-256, so the same bytes given twice are kept once.
import { ArchiveError } from './types.ts';
import { sha256Hex, type Db, sql } from './sql.ts';
import type { Role } from '../../shared/domain/types.ts';

/** Stores the bytes unless already there; returns their SHA-256. */
export function storeFile(db: Db, bytes: Uint8Array, at: string): string {
  const sha256 = sha256Hex(bytes);
  sql(db, 'INSERT INTO files (sha256, size, stored_at, content) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING')
    .run(sha256, bytes.byteLength, at, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return sha256;
}

/** Records that the folder holds the file under `name` (role null: an attachment). */
export function linkFile(db: Db, shipmentId: number, name: string, sha256: string, role: Role | null, at: string, group?: string): void {
  sql(db, 'INSERT INTO shipment_files (shipment_id, name, sha256, role, grp, added_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(shipmentId, name, sha256, role, group ?? null, at);
}

export function readStoredFile(db: Db, sha256: string): Uint8Array {
  const row = sql(db, 'SELECT content FROM files WHERE sha256 = ?').get(sha256) as { content: Buffer } | undefined;
  if (!row) throw new ArchiveError('NOT_FOUND', `No stored file has SHA-256 ${sha256}: check the hash.`,
    `Không có tệp đã lưu nào có mã SHA-256 ${sha256}: hãy kiểm tra lại mã băm.`);
  return new Uint8Array(row.content.buffer, row.content.byteOffset, row.content.byteLength);
}

export interface FolderFileRow { name: string; sha256: string; size: number; role: Role | null; grp: string | null }

export function folderFiles(db: Db, shipmentId: number): FolderFileRow[] {
  return sql(db, `SELECT sf.name, sf.sha256, f.size, sf.role, sf.grp FROM shipment_files sf JOIN files f ON f.sha256 = sf.sha256
                     WHERE sf.shipment_id = ? ORDER BY sf.id`).all(shipmentId) as FolderFileRow[];
}

/** Called after each stored file is re-hashed: `done` of `total` (the app's progress bar). */
export type FileProgress = (done: number, total: number) => void;

/** Every stored file re-hashed, streaming one at a time so a large archive does not fill memory. */
export function verifyFiles(db: Db, file: string, onProgress?: FileProgress): string[] {
  const bad: string[] = [];
  const total = onProgress ? (sql(db, 'SELECT count(*) FROM files').pluck().get() as number) : 0;
  let done = 0;
  onProgress?.(0, total); // the bar's length is known before the first file is read
  const rows = sql(db, 'SELECT sha256, size, content FROM files ORDER BY id').iterate() as IterableIterator<{ sha256: string; size: number; content: Buffer | null }>;
  for (const row of rows) {
    const content = row.content ?? Buffer.alloc(0);
    if (sha256Hex(content) !== row.sha256 || content.byteLength !== row.size) bad.push(row.sha256);
    onProgress?.(++done, Math.max(total, done));
  }
  // Named only after the scan: better-sqlite3 allows no other statement while an iterator is open.
  const versions = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_versions'`).get() !== undefined;
  // A replaced version's original is named too (schema 8 keeps it in the folder's history).
  const names = sql(db, `SELECT group_concat(DISTINCT n) FROM (
                            SELECT s.ref || '/' || sf.name n FROM shipment_files sf JOIN shipments s ON s.id = sf.shipment_id WHERE sf.sha256 = @h
                            ${versions ? `UNION SELECT s.ref || '/' || v.file_name || ' (replaced version)' FROM document_versions v JOIN shipments s ON s.id = v.shipment_id WHERE v.sha256 = @h` : ''})`).pluck();
  return bad.map((sha256) => {
    const where = (names.get({ h: sha256 }) as string | null) ?? 'not used by any folder';
    return `${file}: stored file ${where} (SHA-256 ${sha256}) no longer matches its SHA-256: restore the archive from a backup.`;
  });
}
