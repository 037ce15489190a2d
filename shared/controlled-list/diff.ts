// What changed between two controlled lists: the 8-digit codes controlled under A and not under B, and the
// reverse, each with the entry that covered it. A 4- or 6-digit entry is expanded over the HS 2022 codes of
// its heading or subheading (resources/hs2022/children.csv); an entry the table has no code for is named, not
// dropped, so "no difference" never hides a code we could not expand.
import type { ControlledEntry, ControlledListVersion } from './types.ts';
import { findControlledEntry } from './apply.ts';

/** HS 2022 8-digit codes → their tariff name. */
export type Nomenclature = Map<string, string>;

export interface DiffRow {
  /** 8 digits */
  hsCode: string;
  /** The HS 2022 tariff line's name, when the code is in the table. */
  name?: string;
  /** False for a code of the older nomenclature that no longer exists (e.g. 8443.31.30). */
  inHs2022: boolean;
  /** The entry of the list it is controlled under. */
  entry: ControlledEntry;
}

export interface ListDiff {
  a: string;
  b: string;
  onlyInA: DiffRow[];
  onlyInB: DiffRow[];
  /** 4/6-digit entries with no 8-digit code in the table (e.g. 8517.70, split in HS 2022). */
  unexpanded: { list: string; entry: ControlledEntry }[];
}

/** Every 8-digit code a list controls, with the most specific entry covering it. */
export function expandList(list: ControlledListVersion, nomenclature: Nomenclature): { codes: Map<string, ControlledEntry>; unexpanded: ControlledEntry[] } {
  const codes = new Map<string, ControlledEntry>();
  const unexpanded: ControlledEntry[] = [];
  for (const entry of list.entries) {
    if (entry.level === 8) { codes.set(entry.hsCode, entry); continue; }
    const under = [...nomenclature.keys()].filter((c) => c.startsWith(entry.hsCode));
    if (under.length === 0) unexpanded.push(entry);
    for (const c of under) codes.set(c, findControlledEntry(list, c)!.entry);
  }
  return { codes, unexpanded };
}

export function diffLists(a: ControlledListVersion, b: ControlledListVersion, nomenclature: Nomenclature): ListDiff {
  const ea = expandList(a, nomenclature);
  const eb = expandList(b, nomenclature);
  const only = (from: typeof ea, other: ControlledListVersion): DiffRow[] => [...from.codes]
    .filter(([code]) => !findControlledEntry(other, code))
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([hsCode, entry]) => ({ hsCode, ...(nomenclature.has(hsCode) ? { name: nomenclature.get(hsCode) } : {}), inHs2022: nomenclature.has(hsCode), entry }));
  return {
    a: a.id, b: b.id,
    onlyInA: only(ea, b),
    onlyInB: only(eb, a),
    unexpanded: [...ea.unexpanded.map((entry) => ({ list: a.id, entry })), ...eb.unexpanded.map((entry) => ({ list: b.id, entry }))],
  };
}
