// Schema 2: full-text search index over the folders, filled from what schema 1 archives already hold.
import { reindexAll } from '../search.ts';
import type { Migration } from './types.ts';

// The table as schema 2 made it (search.ts's SEARCH_TABLE_SQL is today's, with the columns of later schemas).
const SEARCH_TABLE_V2_SQL = `
  CREATE VIRTUAL TABLE shipment_search USING fts5(
    ref, models, hs_codes, descriptions, numbers, files,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
  )`;

export const migration002: Migration = {
  version: 2,
  name: 'search',
  up(db) {
    db.exec(SEARCH_TABLE_V2_SQL);
    reindexAll(db);
  },
};
