// Schema 6: the permit register. A permit is kept once per archive by its number; folders use it (by file or
// by number), draw quantities from its lines, and adjustments record goods declared outside the archive.
// Permits already inside folders of an older archive are registered from them, in the order they were added.
import { backfillPermits } from '../permits.ts';
import type { Migration } from './types.ts';

export const migration006: Migration = {
  version: 6,
  name: 'permits',
  up(db) {
    db.exec(`
      CREATE TABLE permits (
        id INTEGER PRIMARY KEY,
        -- Case-insensitive: "125/gp-bcy" typed is the permit "125/GP-BCY" (and the unique index serves the lookup).
        number TEXT NOT NULL UNIQUE COLLATE NOCASE,
        -- NULL: the permit's title and header do not say (never assumed).
        direction TEXT CHECK (direction IN ('import', 'export')),
        licensee TEXT,
        issue_date TEXT,
        valid_until TEXT,
        -- The registered copy as read (ParsedDocument with its lines): a folder using the permit by number is
        -- checked against it, even after the folder that brought the file has replaced it.
        parsed_json TEXT NOT NULL,
        registered_at TEXT NOT NULL,
        registered_by INTEGER REFERENCES shipments(id)
      );
      CREATE INDEX permits_by_valid_until ON permits(valid_until);

      CREATE TABLE permit_lines (
        id INTEGER PRIMARY KEY,
        permit_id INTEGER NOT NULL REFERENCES permits(id),
        position INTEGER NOT NULL,
        model TEXT NOT NULL,
        model_key TEXT NOT NULL,
        name TEXT,
        brand TEXT,
        hs_code TEXT,
        country TEXT,
        quantity REAL,
        unit TEXT,
        -- The counted draws of folders not cancelled, in draw order, as [{"ref","quantity"}]: kept by the register
        -- in the same transaction as the draws, so listing 5,000 permits reads 20,000 rows, not every draw.
        drawn_json TEXT NOT NULL DEFAULT '[]',
        UNIQUE (permit_id, position)
      );

      -- Every copy of the permit given to the archive, byte for byte in files.
      CREATE TABLE permit_files (
        permit_id INTEGER NOT NULL REFERENCES permits(id),
        sha256 TEXT NOT NULL REFERENCES files(sha256),
        name TEXT NOT NULL,
        shipment_id INTEGER REFERENCES shipments(id),
        added_at TEXT NOT NULL,
        PRIMARY KEY (permit_id, sha256)
      );

      -- Which permit a folder is checked against. A cancelled folder keeps its row (and its draws, for the
      -- record) but draws nothing.
      CREATE TABLE permit_uses (
        shipment_id INTEGER PRIMARY KEY REFERENCES shipments(id),
        permit_id INTEGER NOT NULL REFERENCES permits(id),
        via TEXT NOT NULL CHECK (via IN ('file', 'number')),
        -- PERMIT_COPIES_DIFFER's params when the folder's copy differs from the registered one.
        differs_json TEXT,
        cancelled_at TEXT,
        cancel_note TEXT
      );
      CREATE INDEX permit_uses_by_permit ON permit_uses(permit_id);
      CREATE INDEX permit_uses_cancelled ON permit_uses(permit_id) WHERE cancelled_at IS NOT NULL;

      -- Written with the folder in one transaction and rewritten whenever its invoice or permit changes.
      CREATE TABLE permit_draws (
        permit_line_id INTEGER NOT NULL REFERENCES permit_lines(id),
        shipment_id INTEGER NOT NULL REFERENCES shipments(id),
        quantity REAL NOT NULL,
        -- The invoice's unit when it is not the permit line's: said, not summed.
        unit TEXT,
        counted INTEGER NOT NULL CHECK (counted IN (0, 1)),
        PRIMARY KEY (permit_line_id, shipment_id)
      ) WITHOUT ROWID;
      CREATE INDEX permit_draws_by_shipment ON permit_draws(shipment_id);
      CREATE INDEX permit_draws_not_counted ON permit_draws(permit_line_id) WHERE counted = 0;

      CREATE TABLE permit_adjustments (
        id INTEGER PRIMARY KEY,
        permit_line_id INTEGER NOT NULL REFERENCES permit_lines(id),
        quantity REAL NOT NULL,
        note TEXT NOT NULL CHECK (length(trim(note)) > 0),
        at TEXT NOT NULL
      );
      CREATE INDEX permit_adjustments_by_line ON permit_adjustments(permit_line_id);
    `);
    backfillPermits(db, new Date().toISOString());
  },
};
