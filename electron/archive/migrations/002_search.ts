// Schema 2: full-text search index over the folders, filled from what schema 1 archives already hold.
import { reindexAll, SEARCH_TABLE_SQL } from '../search.ts';
import type { Migration } from './types.ts';

export const migration002: Migration = {
  version: 2,
  name: 'search',
  up(db) {
    db.exec(SEARCH_TABLE_SQL);
    reindexAll(db);
  },
};
