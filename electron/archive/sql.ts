// Small helpers shared by the aggregate modules. Nothing outside electron/archive/ imports this.
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { assertWritable } from './read-only.ts';

export type Db = BetterSqlite3.Database;

/** 'DOSS' in ASCII: PRAGMA application_id marks a file as ours, so no other SQLite file is mistaken for an archive. */
export const APPLICATION_ID = 0x444f5353;

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** JSON with object keys sorted, so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/**
 * Runs `fn` as one IMMEDIATE transaction: the write lock is taken up front, so a concurrent writer waits
 * (busy_timeout) instead of failing with SQLITE_BUSY when a read would have to turn into a write.
 * Nested calls become savepoints, which lets a caller (the benchmark) batch many writes into one transaction.
 */
export function writeTx<T>(db: Db, fn: () => T): T {
  assertWritable(db); // an archive on read-only media: one sentence, not SQLite's "attempt to write a readonly database"
  return db.transaction(fn).immediate();
}

const statements = new WeakMap<Db, Map<string, BetterSqlite3.Statement>>();

/**
 * A prepared statement, compiled once per connection: better-sqlite3 compiles on every prepare(), which
 * dominated bulk loads. The same SQL text must always be used in the same mode (plucked or not).
 */
export function sql(db: Db, text: string): BetterSqlite3.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let stmt = cache.get(text);
  if (!stmt) cache.set(text, (stmt = db.prepare(text)));
  return stmt;
}
