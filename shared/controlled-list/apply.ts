import type { ControlledListVersion, ControlledMatch } from './types.ts';

/**
 * The list in force on a day. A list with no end date runs until a later list takes effect.
 * Lists are independent versions, not amendments: on any day exactly one applies, or none.
 */
export function listInForce(lists: ControlledListVersion[], date: string): ControlledListVersion | null {
  const sorted = [...lists].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
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
