// Schema 4: a folder's plan events (filed, sent back for
// supplementation, filed again, permit received) and the archive's swap days (an extra day off, a make-up
// Saturday) that the working-day calendar adds to the holiday table.
import type { Migration } from './types.ts';

export const migration004: Migration = {
  version: 4,
  name: 'plan',
  up(db) {
    db.exec(`
      -- Append-only like the audit: a wrong date is corrected by a later event of the same kind, never edited,
      -- so the folder's history of filings and returns stays as it happened.
      CREATE TABLE plan_events (
        id INTEGER PRIMARY KEY,
        shipment_id INTEGER NOT NULL REFERENCES shipments(id),
        kind TEXT NOT NULL CHECK (kind IN ('filed', 'returned', 'resubmitted', 'permit_received')),
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX plan_events_by_shipment ON plan_events(shipment_id, id);

      CREATE TABLE swap_days (
        day TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        kind TEXT NOT NULL CHECK (kind IN ('off', 'work')),
        note TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL
      );
    `);
  },
};
