// Row hashes (row-hashes.ts): the table, and a hash of every row already stored, so verify covers old folders too.
// Numbered in landing order (004 plan, 005 audit, 006 permits, 007 this).
import { backfillRowHashes, ROW_HASHES_SQL } from '../row-hashes.ts';
import type { Migration } from './types.ts';

export const migration007: Migration = {
  version: 7,
  name: 'row_hashes',
  up(db) {
    db.exec(ROW_HASHES_SQL);
    backfillRowHashes(db);
  },
};
