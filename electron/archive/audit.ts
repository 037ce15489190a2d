// The audit trail: append-only (triggers refuse UPDATE and DELETE) and chained by hash, so an entry
// edited or removed behind the application's back shows up in verify().
import type { AuditEntry } from './types.ts';
import { canonicalJson, sha256Hex, type Db, sql } from './sql.ts';

const GENESIS = '0'.repeat(64);
const TRIGGERS = ['audit_no_update', 'audit_no_delete'];

interface Row { seq: number; at: string; action: string; ref: string | null; detail: string; hash: string }

function entryHash(prev: string, e: Omit<Row, 'hash'>): string {
  return sha256Hex(prev + canonicalJson([e.seq, e.at, e.action, e.ref, e.detail]));
}

/** Call inside the write transaction whose effect it records. */
export function appendAudit(db: Db, at: string, action: string, ref: string | null, detail: unknown): void {
  const last = sql(db, 'SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const entry = { seq: (last?.seq ?? 0) + 1, at, action, ref, detail: canonicalJson(detail) };
  sql(db, 'INSERT INTO audit (seq, at, action, ref, detail, hash) VALUES (@seq, @at, @action, @ref, @detail, @hash)')
    .run({ ...entry, hash: entryHash(last?.hash ?? GENESIS, entry) });
}

export function readAudit(db: Db, ref?: string): AuditEntry[] {
  const rows = (ref === undefined
    ? sql(db, 'SELECT * FROM audit ORDER BY seq').all()
    : sql(db, 'SELECT * FROM audit WHERE ref = ? ORDER BY seq').all(ref)) as Row[];
  return rows.map((r) => ({ seq: r.seq, at: r.at, action: r.action, ...(r.ref !== null ? { ref: r.ref } : {}), detail: r.detail, hash: r.hash }));
}

/** One sentence per problem; empty when the chain holds from the first entry to the last. */
export function verifyAudit(db: Db, file: string): string[] {
  const problems: string[] = [];
  const present = new Set(sql(db, `SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'`).pluck().all() as string[]);
  for (const t of TRIGGERS) {
    if (!present.has(t)) problems.push(`${file}: the audit trail's protection (trigger ${t}) has been removed, so entries could have been changed: restore the archive from a backup.`);
  }
  let prev = GENESIS;
  let expectedSeq = 1;
  for (const row of sql(db, 'SELECT * FROM audit ORDER BY seq').iterate() as IterableIterator<Row>) {
    if (row.seq !== expectedSeq) {
      problems.push(`${file}: audit entries ${expectedSeq} to ${row.seq - 1} are missing from the trail: restore the archive from a backup.`);
    }
    if (entryHash(prev, row) !== row.hash) {
      problems.push(`${file}: audit entry ${row.seq} (${row.action}${row.ref ? ` ${row.ref}` : ''}, ${row.at}) does not match its hash chain, so it was altered: restore the archive from a backup.`);
    }
    prev = row.hash;
    expectedSeq = row.seq + 1;
  }
  const unrecorded = sql(db, 'SELECT ref FROM shipments WHERE ref NOT IN (SELECT ref FROM audit WHERE ref IS NOT NULL) ORDER BY id').pluck().all() as string[];
  for (const ref of unrecorded) {
    problems.push(`${file}: shipment folder ${ref} has no entry in the audit trail, so it was not added by this application: check where it came from.`);
  }
  return problems;
}
