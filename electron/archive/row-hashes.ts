// A SHA-256 per stored row that a report is built from (folders, their file entries, documents as read, their
// lines, findings), so `verify` sees a changed byte in a document's JSON or a finding's parameters — the rows
// integrity_check cannot judge, since any valid page passes it.
//
// Why hashes and not re-derivation from the stored originals: re-reading every spreadsheet and re-running the
// check would take hours on a large archive, would flag every folder whose reader or rules have improved since it
// was stored (an archive must verify the same tomorrow), and could not reproduce user corrections of a layout or
// findings drawn across folders. A hash states what was stored, whatever produced it.
//
// Kept by TEMP triggers that each application connection installs (installRowHashTriggers): every write of the
// application updates the hashes in its own transaction, whichever module makes it, while a change made behind
// its back (another SQLite tool, a flipped byte on disk) does not — that is what verify then reports.
import type { Db } from './sql.ts';
import { sha256Hex } from './sql.ts';

/** The columns hashed per table (the row's id always is). A later migration's new columns are not covered. */
export const HASHED = {
  shipments: ['ref', 'direction', 'eta', 'status', 'check_date', 'controlled_list_id', 'created_at', 'errors', 'warnings', 'infos'],
  shipment_files: ['shipment_id', 'name', 'sha256', 'role', 'grp', 'added_at'],
  documents: ['shipment_id', 'role', 'file_name', 'sha256', 'sheet', 'number', 'header_json', 'parsed_json', 'line_count'],
  lines: ['document_id', 'position', 'sheet', 'row', 'model', 'description', 'brand', 'hs_code', 'quantity', 'unit', 'unit_price',
    'amount', 'origin', 'packages', 'net_weight', 'gross_weight', 'sources_json'],
  findings: ['shipment_id', 'position', 'code', 'severity', 'model', 'params_json', 'refs_json', 'ack_note', 'ack_by', 'ack_at'],
  // Schema 8: the versions a replacement kept.
  document_versions: ['shipment_id', 'role', 'file_name', 'sha256', 'added_at', 'parsed_json', 'replaced_at', 'replaced_by',
    'next_file_name', 'next_sha256'],
} as const;

/**
 * Columns a later migration added to a hashed table. They enter the hash only when set (after a marker), so a row
 * written before them keeps the hash it was stored with — and one set afterwards is covered like the rest.
 */
export const HASHED_LATE: Partial<Record<keyof typeof HASHED, readonly string[]>> = {
  findings: ['reopened_json'],
};
const LATE = 'late columns';
export type HashedTable = keyof typeof HASHED;
export const HASHED_TABLES = Object.keys(HASHED) as HashedTable[];

export const ROW_HASHES_SQL = `
  CREATE TABLE IF NOT EXISTS row_hashes (
    tbl TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    hash TEXT NOT NULL CHECK (length(hash) = 64),
    PRIMARY KEY (tbl, row_id)
  ) WITHOUT ROWID;`;

/** The hash of one row: table, id and the hashed columns, as JSON (numbers and text as SQLite hands them). */
export function registerRowHash(db: Db): void {
  db.function('dossier_row_hash', { deterministic: true, varargs: true }, (...values: unknown[]) => {
    // The marker stands right after the table's own columns (table name and id first), never elsewhere.
    const late = 2 + (HASHED[values[0] as HashedTable]?.length ?? Infinity);
    const marked = values.length > late && values[late] === LATE;
    const kept = marked && values.slice(late + 1).every((v) => v === null) ? values.slice(0, late) : values;
    return sha256Hex(JSON.stringify(kept));
  });
}

/** The hashed tables this archive's schema has (an archive not yet migrated lacks the later ones). */
function presentTables(db: Db): HashedTable[] {
  const have = new Set(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]);
  return HASHED_TABLES.filter((t) => have.has(t));
}

function lateColumns(db: Db, table: HashedTable): readonly string[] {
  const late = HASHED_LATE[table];
  if (!late) return [];
  const cols = new Set((db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name));
  return late.filter((c) => cols.has(c));
}

/** The SQL expression hashing row `alias` (NEW, OLD or a table alias) of `table`. */
export function hashExpr(db: Db, table: HashedTable, alias: string): string {
  const late = lateColumns(db, table);
  const tail = late.length ? `, '${LATE}', ${late.map((c) => `${alias}.${c}`).join(', ')}` : '';
  return `dossier_row_hash('${table}', ${alias}.id, ${HASHED[table].map((c) => `${alias}.${c}`).join(', ')}${tail})`;
}

export function hasRowHashes(db: Db): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'row_hashes'`).get() !== undefined;
}

/** Every row hashed afresh: only the migration that introduces the table does this. */
export function backfillRowHashes(db: Db): void {
  registerRowHash(db);
  for (const t of presentTables(db)) {
    db.exec(`INSERT OR REPLACE INTO row_hashes (tbl, row_id, hash) SELECT '${t}', x.id, ${hashExpr(db, t, 'x')} FROM ${t} x`);
  }
}

/** On a writable application connection, once the schema has the table: the hashes follow every write. */
export function installRowHashTriggers(db: Db): void {
  if (!hasRowHashes(db)) return;
  registerRowHash(db);
  for (const t of presentTables(db)) {
    const put = (alias: string) => `INSERT OR REPLACE INTO row_hashes (tbl, row_id, hash) VALUES ('${t}', ${alias}.id, ${hashExpr(db, t, alias)});`;
    const drop = `DELETE FROM row_hashes WHERE tbl = '${t}' AND row_id = OLD.id;`;
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS row_hash_${t}_insert AFTER INSERT ON main.${t} BEGIN ${put('NEW')} END;
      CREATE TEMP TRIGGER IF NOT EXISTS row_hash_${t}_update AFTER UPDATE ON main.${t} BEGIN ${drop} ${put('NEW')} END;
      CREATE TEMP TRIGGER IF NOT EXISTS row_hash_${t}_delete AFTER DELETE ON main.${t} BEGIN ${drop} END;`);
  }
}

const MAX_PER_TABLE = 20;

/** One sentence per row whose values no longer match its hash, or whose hash is missing or orphaned. */
export function verifyRowHashes(db: Db, file: string): string[] {
  if (!hasRowHashes(db)) return [];
  registerRowHash(db);
  const problems: string[] = [];
  for (const t of presentTables(db)) {
    const bad = db.prepare(`
      SELECT x.id AS id, h.hash IS NULL AS missing FROM ${t} x
      LEFT JOIN row_hashes h ON h.tbl = '${t}' AND h.row_id = x.id
      WHERE h.hash IS NULL OR h.hash != ${hashExpr(db, t, 'x')}`).all() as { id: number; missing: number }[];
    const gone = db.prepare(`SELECT h.row_id FROM row_hashes h WHERE h.tbl = '${t}' AND NOT EXISTS (SELECT 1 FROM ${t} x WHERE x.id = h.row_id)`)
      .pluck().all() as number[];
    const lines = [
      ...bad.map((r) => `${file}: ${describeRow(db, t, r.id)} ${r.missing ? 'was added' : 'was changed'} outside the application (it does not match the hash stored with it): restore the archive from a backup.`),
      ...gone.map((id) => `${file}: ${WHAT[t]} #${id} was removed outside the application: restore the archive from a backup.`),
    ];
    problems.push(...lines.slice(0, MAX_PER_TABLE));
    if (lines.length > MAX_PER_TABLE) problems.push(`${file}: ${lines.length - MAX_PER_TABLE} more ${WHAT[t]} rows do not match their hashes: restore the archive from a backup.`);
  }
  return problems;
}

const WHAT: Record<HashedTable, string> = {
  shipments: 'shipment folder record', shipment_files: 'file entry', documents: 'document as read', lines: 'document line', findings: 'finding',
  document_versions: 'replaced document version',
};

/** "shipment folder HPH-1: finding #12 (QUANTITY_MISMATCH)", as far as the (possibly damaged) rows still tell. */
function describeRow(db: Db, t: HashedTable, id: number): string {
  const q = (sql: string) => db.prepare(sql).get(id) as Record<string, unknown> | undefined;
  try {
    switch (t) {
      case 'shipments': return `the record of shipment folder ${q('SELECT ref FROM shipments WHERE id = ?')?.ref ?? `#${id}`}`;
      case 'shipment_files': {
        const r = q('SELECT s.ref, f.name FROM shipment_files f LEFT JOIN shipments s ON s.id = f.shipment_id WHERE f.id = ?');
        return `shipment folder ${r?.ref ?? '?'}: the entry of file ${r?.name ?? `#${id}`}`;
      }
      case 'documents': {
        const r = q('SELECT s.ref, d.role, d.file_name FROM documents d LEFT JOIN shipments s ON s.id = d.shipment_id WHERE d.id = ?');
        return `shipment folder ${r?.ref ?? '?'}: the ${r?.role ?? 'document'} ${r?.file_name ?? `#${id}`} as read`;
      }
      case 'lines': {
        const r = q('SELECT s.ref, d.file_name, l.sheet, l.row FROM lines l LEFT JOIN documents d ON d.id = l.document_id LEFT JOIN shipments s ON s.id = d.shipment_id WHERE l.id = ?');
        return `shipment folder ${r?.ref ?? '?'}: the line read from ${r?.file_name ?? 'a document'}, sheet "${r?.sheet ?? '?'}", row ${r?.row ?? '?'},`;
      }
      case 'findings': {
        const r = q('SELECT s.ref, f.code FROM findings f LEFT JOIN shipments s ON s.id = f.shipment_id WHERE f.id = ?');
        return `shipment folder ${r?.ref ?? '?'}: finding #${id} (${r?.code ?? '?'})`;
      }
      case 'document_versions': {
        const r = q('SELECT s.ref, v.role, v.file_name FROM document_versions v LEFT JOIN shipments s ON s.id = v.shipment_id WHERE v.id = ?');
        return `shipment folder ${r?.ref ?? '?'}: the replaced ${r?.role ?? 'document'} ${r?.file_name ?? `#${id}`}`;
      }
    }
  } catch {
    return `${WHAT[t]} #${id}`;
  }
}
