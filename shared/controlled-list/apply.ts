import type { ControlledListVersion, ControlledMatch } from './types.ts';

/**
 * The list in force on a day. A list with no end date runs until a later list takes effect.
 * Lists are independent versions, not amendments: on any day exactly one applies, or none.
 */
export function listInForce(lists: ControlledListVersion[], date: string): ControlledListVersion | null {
  // At the same start day an imported list sorts after the bundled one, so it wins: the user's newer or
  // corrected spreadsheet replaces ours for the days it covers.
  const rank = (l: ControlledListVersion) => (l.origin === 'imported' ? 1 : 0);
  const sorted = [...lists].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || rank(a) - rank(b));
  let found: ControlledListVersion | null = null;
  for (const list of sorted) {
    if (list.effectiveFrom > date) break;
    if (list.effectiveUntil && list.effectiveUntil < date) continue;
    found = list;
  }
  return found;
}

/**
 * The decree's rule: a 4-digit entry covers every code of its heading, a 6-digit entry every code of its
 * subheading, an 8-digit entry only that code. The most specific entry that covers the code is returned.
 */
export function findControlledEntry(list: ControlledListVersion, hsCode: string): ControlledMatch | null {
  let best: ControlledMatch | null = null;
  for (const entry of list.entries) {
    if (hsCode.length < entry.level) continue;
    if (hsCode.slice(0, entry.level) !== entry.hsCode) continue;
    if (!best || entry.level > best.entry.level) best = { list, entry };
  }
  return best;
}

/** The list named `id` (an imported list with the same id wins over the bundled one), or null. */
export function listById(lists: ControlledListVersion[], id: string): ControlledListVersion | null {
  const named = lists.filter((l) => l.id === id);
  return named.find((l) => l.origin === 'imported') ?? named[0] ?? null;
}
