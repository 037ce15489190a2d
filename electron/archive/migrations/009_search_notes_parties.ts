// Schema 9: acknowledgement notes and the parties of invoices and packing lists (consignee, shipper) become
// searchable. An FTS5 table cannot gain columns, so the index is made again with two more and refilled from the
// tables: the notes already written are found at once. Parties are read from the title block by the importer from
// this version on; documents imported before keep no parties (their stored reading is not rewritten, its row hash
// would no longer hold) until they are imported again.
import { reindexAll, SEARCH_TABLE_SQL } from '../search.ts';
import type { Migration } from './types.ts';

export const migration009: Migration = {
  version: 9,
  name: 'search_notes_parties',
  up(db) {
    db.exec('DROP TABLE shipment_search');
    db.exec(SEARCH_TABLE_SQL);
    reindexAll(db);
  },
};
