// Schema 5 (audits): customs declarations of folders, the e-customs outage register and per-archive settings
// (the retention period). keep_until is not stored: it follows from the declaration date and the archive's
// retention period, so changing the period (5 → 10 years) applies to every folder at once, with one audit entry.

import type { Migration } from './types.ts';

export const migration005: Migration = {
  version: 5,
  name: 'audit',
  up(db) {
    db.exec(`
      -- An outage of VNACCS/VCIS as the customs notice states it: local time, minutes ('YYYY-MM-DD HH:MM').
      CREATE TABLE outages (
        id INTEGER PRIMARY KEY,
        from_at TEXT NOT NULL,
        to_at TEXT,
        notice TEXT,
        recorded_at TEXT NOT NULL,
        CHECK (to_at IS NULL OR to_at >= from_at)
      );

      -- One declaration per folder (a correction replaces it; the audit trail keeps the earlier one).
      CREATE TABLE declarations (
        shipment_id INTEGER PRIMARY KEY REFERENCES shipments(id),
        number TEXT NOT NULL,
        declared_on TEXT NOT NULL,
        office TEXT,
        paper INTEGER NOT NULL DEFAULT 0 CHECK (paper IN (0, 1)),
        -- The outage a paper declaration was made during (NULL until one covering its date is recorded).
        outage_id INTEGER REFERENCES outages(id),
        -- Set when the paper declaration has been entered electronically once the system was back.
        electronic_number TEXT,
        reentered_at TEXT,
        recorded_at TEXT NOT NULL,
        CHECK (paper = 1 OR (outage_id IS NULL AND electronic_number IS NULL))
      );
      CREATE INDEX declarations_by_outage ON declarations(outage_id);
      CREATE INDEX declarations_by_date ON declarations(declared_on);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
