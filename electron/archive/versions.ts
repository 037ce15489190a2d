// Replaced documents, kept: the folder's history lists each version with its file, hash and who replaced it,
// and can show what was read from it. The original bytes stay in `files`, referred to by SHA-256.
import type { ParsedDocument, Role } from '../../shared/domain/types.ts';
import { ArchiveError, type DocumentVersion, type StoredDocument } from './types.ts';
import { readDocuments } from './documents.ts';
import { sql, type Db } from './sql.ts';

interface VersionRow {
  id: number; role: Role; file_name: string; sha256: string; added_at: string | null; parsed_json: string;
  replaced_at: string; replaced_by: string; next_file_name: string; next_sha256: string;
}

export function hasVersions(db: Db): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_versions'`).get() !== undefined;
}

/** Keeps `old` (about to be removed from the folder) as a version, before its rows go. */
export function keepVersion(db: Db, shipmentId: number, old: StoredDocument, at: string, by: string, next: { name: string; sha256: string }): DocumentVersion {
  const added = sql(db, 'SELECT added_at FROM shipment_files WHERE shipment_id = ? AND role = ? AND sha256 = ? ORDER BY id DESC LIMIT 1')
    .pluck().get(shipmentId, old.role, old.sha256) as string | undefined;
  const id = Number(sql(db, `INSERT INTO document_versions (shipment_id, role, file_name, sha256, added_at, parsed_json, replaced_at, replaced_by, next_file_name, next_sha256)
                             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(shipmentId, old.role, old.file, old.sha256, added ?? null, JSON.stringify(old.parsed), at, by, next.name, next.sha256).lastInsertRowid);
  return readVersions(db, shipmentId).find((v) => v.id === id)!;
}

const toVersion = (r: VersionRow): DocumentVersion => ({
  id: r.id, role: r.role, file: r.file_name, sha256: r.sha256, ...(r.added_at !== null ? { addedAt: r.added_at } : {}),
  lines: (JSON.parse(r.parsed_json) as ParsedDocument).lines.length,
  replacedAt: r.replaced_at, replacedBy: r.replaced_by, nextFile: r.next_file_name, nextSha256: r.next_sha256,
});

export function readVersions(db: Db, shipmentId: number): DocumentVersion[] {
  if (!hasVersions(db)) return [];
  return (sql(db, 'SELECT * FROM document_versions WHERE shipment_id = ? ORDER BY id').all(shipmentId) as VersionRow[]).map(toVersion);
}

/** The version as read and the document after it: the next kept version of its role, else the current one. */
export function readVersion(db: Db, shipmentId: number, versionId: number): { version: DocumentVersion; parsed: ParsedDocument; next: ParsedDocument } {
  const row = (hasVersions(db) ? sql(db, 'SELECT * FROM document_versions WHERE id = ? AND shipment_id = ?').get(versionId, shipmentId) : undefined) as VersionRow | undefined;
  if (!row) throw new ArchiveError('NOT_FOUND', `Version ${versionId} is not in this shipment folder's history: reload the folder.`,
    `Phiên bản ${versionId} không có trong lịch sử của thư mục lô hàng này: hãy tải lại thư mục.`);
  const later = sql(db, 'SELECT parsed_json FROM document_versions WHERE shipment_id = ? AND role = ? AND id > ? ORDER BY id LIMIT 1')
    .pluck().get(shipmentId, row.role, versionId) as string | undefined;
  const next = later !== undefined ? (JSON.parse(later) as ParsedDocument) : readDocuments(db, shipmentId).find((d) => d.role === row.role)?.parsed;
  if (!next) throw new ArchiveError('NOT_FOUND', `The ${row.role} that replaced ${row.file_name} is no longer in the folder.`,
    `Chứng từ đã thay thế ${row.file_name} không còn trong thư mục.`);
  return { version: toVersion(row), parsed: JSON.parse(row.parsed_json) as ParsedDocument, next };
}

/** Every stored file a folder's kept versions refer to (a disposal removes them with the folder). */
export function versionFiles(db: Db, shipmentId: number): string[] {
  if (!hasVersions(db)) return [];
  return sql(db, 'SELECT DISTINCT sha256 FROM document_versions WHERE shipment_id = ?').pluck().all(shipmentId) as string[];
}
