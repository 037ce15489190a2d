// The ordered list of migrations and the runner. PRAGMA user_version = the last migration applied.
import type { Db } from '../sql.ts';
import { migration001 } from './001_initial.ts';
import { migration002 } from './002_search.ts';
import { migration003 } from './003_search_cjk.ts';
import { migration004 } from './004_plan.ts';
import { migration005 } from './005_audit.ts';
import { migration006 } from './006_permits.ts';
import { migration007 } from './007_row_hashes.ts';
import { migration008 } from './008_document_versions.ts';
import { migration009 } from './009_search_notes_parties.ts';
import { migration010 } from './010_permit_entries.ts';
import type { Migration } from './types.ts';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010];
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to `to` (default: the latest), each migration in its own IMMEDIATE transaction
 * together with its user_version bump, so a crash leaves the schema at a version boundary.
 * The version is re-read inside the transaction: two processes opening an old archive at once
 * must not both migrate it. `afterEach` runs inside each migration's transaction (audit entry).
 */
export function migrate(db: Db, opts: { to?: number; afterEach?: (from: number, to: number) => void } = {}): void {
  const target = opts.to ?? SCHEMA_VERSION;
  // The usual case, decided without taking the write lock.
  if (schemaVersion(db) >= target) return;
  for (const m of MIGRATIONS) {
    if (m.version > target) break;
    db.transaction(() => {
      const current = schemaVersion(db);
      if (current >= m.version) return;
      if (current !== m.version - 1) throw new Error(`schema version ${current} cannot be migrated to ${m.version}`);
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
      opts.afterEach?.(current, m.version);
    }).immediate();
  }
}
