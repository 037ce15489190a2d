// Schema 8: a replaced document is kept, not dropped. Its row as read (lines included) moves to
// document_versions with who replaced it and when; its original stays in `files` (content-addressed) and the
// version row refers to it, so `verify` re-hashes it like any other and a disposal keeps it until the folder goes.
// findings.reopened_json says why an acknowledgement was not carried over (its cells changed in a replacement).
import type { Migration } from './types.ts';

export const migration008: Migration = {
  version: 8,
  name: 'document_versions',
  up(db) {
    db.exec(`
      CREATE TABLE document_versions (
        id INTEGER PRIMARY KEY,
        shipment_id INTEGER NOT NULL REFERENCES shipments(id),
        role TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL REFERENCES files(sha256),
        -- When the replaced version had been added (NULL if unknown).
        added_at TEXT,
        -- The whole document as read, lines included: what the folder held before the replacement.
        parsed_json TEXT NOT NULL,
        replaced_at TEXT NOT NULL,
        replaced_by TEXT NOT NULL,
        -- The file that took its place.
        next_file_name TEXT NOT NULL,
        next_sha256 TEXT NOT NULL
      );
      CREATE INDEX document_versions_by_shipment ON document_versions(shipment_id, role, id);
      ALTER TABLE findings ADD COLUMN reopened_json TEXT;
    `);
    // No backfill: the table is empty, and findings' hashes stay valid (reopened_json is hashed only once set).
  },
};
