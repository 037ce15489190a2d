import type { Db } from '../sql.ts';

/** One step of the schema. Once shipped, a migration file is never edited: a change is a new migration. */
export interface Migration {
  version: number;
  name: string;
  /** Runs inside the migration's transaction; must not start its own. */
  up(db: Db): void;
}
