// Moving through the findings list from the keyboard. Headings are rows of the list too (it is flattened for
// the virtualiser), but only findings can be selected, so every move lands on a finding.
import type { FindingRow } from './group-findings.ts';

export const FINDING_KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'] as const;
export type FindingKey = (typeof FINDING_KEYS)[number];

export const isFindingKey = (key: string): key is FindingKey => (FINDING_KEYS as readonly string[]).includes(key);

/** The row a key moves to from row `from` (undefined: nothing selected yet); `from` itself at either end. */
export function stepTo(rows: FindingRow[], from: number | undefined, key: FindingKey): number | undefined {
  const first = nextFinding(rows, -1, 1);
  const last = nextFinding(rows, rows.length, -1);
  if (from === undefined) return key === 'ArrowDown' || key === 'Home' ? first : last;
  switch (key) {
    case 'Home': return first;
    case 'End': return last;
    case 'ArrowDown': return nextFinding(rows, from, 1) ?? from;
    case 'ArrowUp': return nextFinding(rows, from, -1) ?? from;
  }
}

/**
 * The row to bring into view for a finding: its headings too when it opens its group, so moving up to the
 * first finding of a model shows which model it is.
 */
export function revealFrom(rows: FindingRow[], index: number): number {
  let i = index;
  while (i > 0 && rows[i - 1].kind !== 'finding') i--;
  return i;
}

function nextFinding(rows: FindingRow[], from: number, step: 1 | -1): number | undefined {
  for (let i = from + step; i >= 0 && i < rows.length; i += step) if (rows[i].kind === 'finding') return i;
  return undefined;
}
