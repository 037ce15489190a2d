// Schema 1: shipment folders, stored files, documents, lines, findings, layouts and the audit trail.
import { APPLICATION_ID } from '../sql.ts';
import type { Migration } from './types.ts';

const ROLES = `('invoice', 'packing_list', 'permit', 'catalogue')`;

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      PRAGMA application_id = ${APPLICATION_ID};

      CREATE TABLE shipments (
        id INTEGER PRIMARY KEY,
        ref TEXT NOT NULL UNIQUE,
        direction TEXT NOT NULL CHECK (direction IN ('import', 'export')),
        eta TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reviewed')),
        check_date TEXT,
        controlled_list_id TEXT,
        created_at TEXT NOT NULL,
        -- Kept with the findings in the same transaction, so listing 100 000 folders needs no join.
        errors INTEGER NOT NULL DEFAULT 0,
        warnings INTEGER NOT NULL DEFAULT 0,
        infos INTEGER NOT NULL DEFAULT 0
      );

      -- Content-addressed: one row per distinct content, whatever the name or folder.
      -- The bytes live inside the archive so that one file is the whole archive.
      CREATE TABLE files (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
        size INTEGER NOT NULL,
        stored_at TEXT NOT NULL,
        content BLOB NOT NULL
      );

      -- A file as given to a folder: its name there, and its role (NULL for an attachment).
      CREATE TABLE shipment_files (
        id INTEGER PRIMARY KEY,
        shipment_id INTEGER NOT NULL REFERENCES shipments(id),
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL REFERENCES files(sha256),
        role TEXT CHECK (role IN ${ROLES}),
        -- An attachment's group as the app files it (e.g. correspondence); NULL for documents.
        grp TEXT,
        added_at TEXT NOT NULL
      );
      CREATE INDEX shipment_files_by_shipment ON shipment_files(shipment_id);

      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        shipment_id INTEGER NOT NULL REFERENCES shipments(id),
        role TEXT NOT NULL CHECK (role IN ${ROLES}),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL REFERENCES files(sha256),
        sheet TEXT NOT NULL,
        number TEXT,
        -- What the header block states, flattened (number, date, currency …).
        header_json TEXT NOT NULL,
        -- The parsed document without its lines, which are rows of \`lines\` (one truth, not two).
        parsed_json TEXT NOT NULL,
        line_count INTEGER NOT NULL,
        UNIQUE (shipment_id, role)
      );

      CREATE TABLE lines (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        sheet TEXT NOT NULL,
        row INTEGER NOT NULL,
        model TEXT,
        description TEXT,
        brand TEXT,
        hs_code TEXT,
        quantity REAL,
        unit TEXT,
        unit_price REAL,
        amount REAL,
        origin TEXT,
        packages REAL,
        net_weight REAL,
        gross_weight REAL,
        -- Field → source cell (and the text as written), so a finding can point back at the spreadsheet.
        sources_json TEXT NOT NULL,
        UNIQUE (document_id, position)
      );

      CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        shipment_id INTEGER NOT NULL REFERENCES shipments(id),
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
        model TEXT,
        params_json TEXT NOT NULL,
        refs_json TEXT NOT NULL,
        ack_note TEXT,
        ack_by TEXT,
        ack_at TEXT,
        CHECK ((ack_by IS NULL) = (ack_at IS NULL))
      );
      CREATE INDEX findings_by_shipment ON findings(shipment_id, position);

      CREATE TABLE layouts (
        key TEXT PRIMARY KEY,
        json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      -- Append-only; each entry's hash = sha256(previous hash + canonical entry), see audit.ts.
      CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        ref TEXT,
        detail TEXT NOT NULL,
        hash TEXT NOT NULL CHECK (length(hash) = 64)
      );
      CREATE INDEX audit_by_ref ON audit(ref);
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    `);
  },
};
