// Schema 10: the permit register, materialised. Each permit's entry in `archive permits --format json`
// (permit_entries) and its table in the text, in both languages (permit_texts), are kept as printed, rewritten with
// its draws in the same transaction (permit-entries.ts), so listing 5,000 permits with 200,000 draws reads stored
// bytes. A derived cache: `verify` recomputes it; it carries no row hash.
// An existing archive gets every permit's entry and texts here, computed from its draws.
import { backfillPermitEntries } from '../permit-entries.ts';
import type { Migration } from './types.ts';

export const migration010: Migration = {
  version: 10,
  name: 'permit_entries',
  up(db) {
    db.exec(`
      CREATE TABLE permit_entries (
        permit_id INTEGER PRIMARY KEY REFERENCES permits(id),
        -- The UTF-8 bytes of the permit's JSON.stringify(…, null, 2) as it stands in the document (indented by 4
        -- after its first line). Bytes, not TEXT: the command writes them as they are, never decoded into strings
        -- (decoding 30 MB of entries was most of the whole register's time).
        entry BLOB NOT NULL
      );
      -- The same for \`archive permits\` (text), per language: the permit's table and notes, without the line above
      -- them, which counts the days left to today and is written when asked. A table of its own, so that reading
      -- one form never walks the pages of the other.
      CREATE TABLE permit_texts (
        permit_id INTEGER NOT NULL REFERENCES permits(id),
        lang TEXT NOT NULL CHECK (lang IN ('en', 'vi')),
        body BLOB NOT NULL,
        PRIMARY KEY (permit_id, lang)
      );
    `);
    backfillPermitEntries(db);
  },
};
