// Why did a model not match? Most often a typing slip: "FG-100F" on the invoice, "FG-100E" on the packing list.
// The nearest model of the other document is named when it is close: two edits or fewer after normalisation,
// or the same digits in the same order ("FG100F" / "FORTIGATE-100F").
import type { ItemGroup } from './context.ts';

export interface Nearest {
  written: string;
  row: number;
}

const MAX_EDITS = 2;

/** The closest model among `others` to `key` (normalised), or null when none is close. */
export function nearestModel(key: string, others: Map<string, ItemGroup>, skip: (key: string) => boolean): Nearest | null {
  let best: { g: ItemGroup; d: number } | null = null;
  const digits = key.replace(/\D/g, '');
  for (const [k, g] of others) {
    if (k === key || skip(k)) continue;
    let d: number = editDistance(key, k, MAX_EDITS);
    if (d > MAX_EDITS) d = Infinity;
    // Same digits count as three edits: a name written out ("FORTIGATE") is a weaker sign than a slip.
    if (d === Infinity && digits.length >= 2 && k.replace(/\D/g, '') === digits) d = MAX_EDITS + 1;
    if (d <= MAX_EDITS + 1 && (!best || d < best.d)) best = { g, d };
  }
  return best ? { written: best.g.written, row: best.g.lines[0]?.row ?? 0 } : null;
}

/** Levenshtein distance, or budget + 1 as soon as it is certain to exceed the budget. */
function editDistance(a: string, b: string, budget: number): number {
  if (Math.abs(a.length - b.length) > budget) return budget + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > budget) return budget + 1;
    prev = cur;
  }
  return prev[b.length];
}
