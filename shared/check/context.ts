// What every rule sees: the documents, their lines grouped by normalised model, and the check's settings.
import type { CellRef, DocumentLine, Finding, FindingCode, FindingParams, ParsedDocument, Role, Severity, Sourced } from '../domain/types.ts';
import type { ControlledListVersion } from '../controlled-list/types.ts';

/** The contract's normalisation: case, spaces, "-", "_", ".", "/" ignored. */
const IGNORED_IN_MODEL = /[\s\-_./\u2010-\u2015]/g;
const PLAIN_MODEL = /^[A-Z0-9]+$/;

export function modelKey(model: string): string {
  const upper = model.toUpperCase();
  // Most part numbers need no replacing; skipping the regex replace matters at 10,000 lines per document.
  return PLAIN_MODEL.test(upper) ? upper : upper.replace(IGNORED_IN_MODEL, '');
}

export interface ItemGroup {
  key: string;
  /** The model as first written in this document. */
  written: string;
  /** Spellings met in this document other than `written`. */
  spellings: Set<string>;
  lines: DocumentLine[];
  /** Sum of the lines' quantities (lines without a readable quantity add nothing). */
  quantity: number;
}

export interface CheckContext {
  date: string;
  list: ControlledListVersion | null;
  docs: Partial<Record<Role, ParsedDocument>>;
  items: Partial<Record<Role, Map<string, ItemGroup>>>;
  /** Every model key, in order of first appearance (invoice first, then packing list, permit, catalogue). */
  keys: string[];
  /** The model as written in the first document where it appears. */
  displayName: Map<string, string>;
}

const ORDER: Role[] = ['invoice', 'packing_list', 'permit', 'catalogue'];

export function buildContext(docs: ParsedDocument[], date: string, list: ControlledListVersion | null): CheckContext {
  const byRole: CheckContext['docs'] = {};
  for (const d of docs) byRole[d.role] ??= d;
  const items: CheckContext['items'] = {};
  const keys: string[] = [];
  const displayName = new Map<string, string>();
  for (const role of ORDER) {
    const doc = byRole[role];
    if (!doc) continue;
    const groups = new Map<string, ItemGroup>();
    for (const line of doc.lines) {
      if (!line.model) continue;
      const written = line.model.value;
      const key = modelKey(written);
      if (!key) continue;
      let g = groups.get(key);
      if (!g) {
        g = { key, written: written.trim(), spellings: new Set(), lines: [], quantity: 0 };
        groups.set(key, g);
        if (!displayName.has(key)) {
          displayName.set(key, written);
          keys.push(key);
        }
      }
      const spelling = written.trim();
      if (spelling !== g.written) g.spellings.add(spelling);
      g.lines.push(line);
      if (line.quantity) g.quantity += line.quantity.value;
    }
    items[role] = groups;
  }
  return { date, list, docs: byRole, items, keys, displayName };
}

export const SEVERITY: Record<FindingCode, Severity> = {
  MISSING_IN_PACKING_LIST: 'error',
  MISSING_IN_INVOICE: 'error',
  QUANTITY_MISMATCH: 'error',
  UNIT_MISMATCH: 'warning',
  MODEL_NEAR_MATCH: 'warning',
  LINE_AMOUNT_MISMATCH: 'error',
  INVOICE_TOTAL_MISMATCH: 'error',
  PACKING_TOTAL_MISMATCH: 'error',
  WEIGHT_INCONSISTENT: 'error',
  CONTROLLED_HS_CODE: 'info',
  NOT_IN_PERMIT: 'error',
  PERMIT_QUANTITY_EXCEEDED: 'error',
  HS_CODE_MISMATCH: 'error',
  ORIGIN_MISMATCH: 'warning',
  PERMIT_EXPIRED: 'error',
  PERMIT_NOT_YET_VALID: 'error',
  MISSING_IN_CATALOGUE: 'warning',
  PERMIT_VALIDITY_UNKNOWN: 'warning',
  INVALID_VALUE: 'error',
  PERMIT_COPIES_DIFFER: 'error',
  PERMIT_BALANCE_EXCEEDED: 'error',
  PERMIT_DIRECTION_MISMATCH: 'error',
  NOT_CHECKED: 'info',
  AMBIGUOUS_NUMBER: 'warning',
  LEGACY_ENCODING: 'info',
};

export function finding(code: FindingCode, params: FindingParams, refs: CellRef[], model?: string): Finding {
  const f: Finding = { code, severity: SEVERITY[code], params, refs };
  if (model !== undefined) f.model = model;
  return f;
}

export function ref(role: Role, v: { sheet: string; cell: string }): CellRef {
  return { role, sheet: v.sheet, cell: v.cell };
}

/** Refs to one field of every line of a group (or to the model cells when the field is absent). */
export function refsOf(role: Role, group: ItemGroup, field: keyof DocumentLine): CellRef[] {
  const out: CellRef[] = [];
  for (const line of group.lines) {
    const v = (line[field] ?? line.model) as Sourced<unknown> | undefined;
    if (v && typeof v === 'object' && 'cell' in v) out.push(ref(role, v));
  }
  return out;
}

/** The unit as written on a group's first line that states one. */
export function writtenUnit(group: ItemGroup | undefined): { raw: string; code: string } | null {
  const line = group?.lines.find((l) => l.unit);
  return line?.unit ? { raw: line.unit.raw ?? line.unit.value, code: line.unit.value } : null;
}

export function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * Whether a model's documents disagree on a field, in one pass without allocating: almost every model agrees,
 * and only the rest needs its refs gathered.
 */
export function disagrees(
  ctx: CheckContext, key: string, roles: Role[], read: (line: DocumentLine) => string | undefined,
  conflict: (a: string, b: string) => boolean = (a, b) => a !== b,
): boolean {
  let first: string | undefined;
  for (const role of roles) {
    const lines = ctx.items[role]?.get(key)?.lines;
    if (!lines) continue;
    for (const line of lines) {
      const v = read(line);
      if (v === undefined) continue;
      if (first === undefined) first = v;
      else if (conflict(v, first)) return true;
    }
  }
  return false;
}
