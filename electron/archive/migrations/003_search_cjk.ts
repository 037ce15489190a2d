// Schema 3: Chinese and Japanese text becomes searchable anywhere in a word (search.ts indexes each run of
// characters as overlapping pairs). No table changes; the folders that hold such text are indexed again.
import { CJK_GLOB, reindexShipment } from '../search.ts';
import { sql } from '../sql.ts';
import type { Migration } from './types.ts';

export const migration003: Migration = {
  version: 3,
  name: 'search-cjk',
  up(db) {
    // Most archives hold little Chinese: only those folders are re-indexed, so the upgrade of a large archive
    // costs one scan of its lines, not a rebuild of its whole index.
    const ids = sql(db, `
      SELECT d.shipment_id FROM lines l JOIN documents d ON d.id = l.document_id
        WHERE l.description GLOB @cjk OR l.model GLOB @cjk OR l.brand GLOB @cjk
      UNION SELECT shipment_id FROM shipment_files WHERE name GLOB @cjk
      UNION SELECT shipment_id FROM documents WHERE number GLOB @cjk
      UNION SELECT id FROM shipments WHERE ref GLOB @cjk`).pluck().all({ cjk: CJK_GLOB }) as number[];
    for (const id of ids) reindexShipment(db, id);
  },
};
