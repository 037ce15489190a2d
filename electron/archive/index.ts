// The archive module's entry point: what the app's handlers and the CLI call.
import { SqliteArchive, type ArchiveOptions } from './archive.ts';

export * from './types.ts';
export { SqliteArchive, type ArchiveOptions } from './archive.ts';
export { SCHEMA_VERSION } from './migrations/index.ts';
export { exportShipment, type ExportResult } from './export.ts';
export { shipmentReportText } from './report.ts';
export { permitsJson, permitsJsonText, SHIPMENTS_DEPTH } from './permit-json.ts';
export { permitsText } from './permit-text.ts';
export { restoreBackup, type RestoreResult } from './restore.ts';
export { exportBag, type BagResult } from './bagit.ts';
export type { Declaration, DeclarationInput } from './declarations.ts';
export type { RetentionEntry, Disposal } from './retention.ts';
export type { Outage } from './outages.ts';

/**
 * Opens (or with `create`, makes) an archive file. Refuses, without writing to it, a file that is not an
 * archive (ArchiveError NOT_AN_ARCHIVE) or was written by a newer version (NEWER_SCHEMA).
 */
export function openArchive(path: string, opts: ArchiveOptions = {}): SqliteArchive {
  return new SqliteArchive(path, opts);
}
