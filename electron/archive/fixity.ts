// The periodic fixity check (issue 14, item 6): each verify run from the app is an audit-trail entry, so the
// last one is read back from the trail itself (no schema change) and the app knows when the next one is due.
import { sql, type Db } from './sql.ts';

export const FIXITY_ACTION = 'archive.verified';
/** A check older than this many days (or none yet) is run again, in the background, when the archive is opened. */
export const FIXITY_DAYS = 30;

export interface FixityRecord {
  /** The check day (the app's clock, which e2e and tests inject), YYYY-MM-DD. */
  day: string;
  /** Stored files re-hashed. */
  files: number;
  problems: number;
  /** The first problems, one sentence each (the whole list is what `dossier archive verify` prints). */
  first: string[];
  trigger: 'user' | 'periodic';
}

export function lastFixity(db: Db): (FixityRecord & { at: string }) | undefined {
  const row = sql(db, 'SELECT at, detail FROM audit WHERE action = ? ORDER BY seq DESC LIMIT 1').get(FIXITY_ACTION) as { at: string; detail: string } | undefined;
  if (!row) return undefined;
  try {
    return { ...(JSON.parse(row.detail) as FixityRecord), at: row.at };
  } catch {
    return undefined; // an unreadable entry is as good as none: the check runs again
  }
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Due when never checked or the last check is more than FIXITY_DAYS days before `today`; an empty archive has nothing to check. */
export function fixityDue(last: { day: string } | undefined, today: string, storedFiles: number, days = FIXITY_DAYS): boolean {
  if (storedFiles === 0) return false;
  if (!last || !/^\d{4}-\d{2}-\d{2}$/.test(last.day)) return true;
  return dayNumber(today) - dayNumber(last.day) > days;
}
