// What changed between two versions of one document (a replaced packing list and its successor): header fields,
// lines changed value by value, lines added and removed. Pure: the archive stores both versions as read, the app
// shows this right after a replacement and from the folder's history.
//
// Lines are matched by model, the key every check uses. When a model occurs more than once in a document (the same
// router on two lines at two prices), its occurrences are paired in the order they stand on the sheet: the first
// with the first, and so on. Lines without a model are paired by their position among such lines.
import type { DocumentHeader, DocumentLine, HeaderKey, LineField, ParsedDocument, Sourced } from './types.ts';
import { LINE_FIELDS } from './types.ts';

export type DiffValue = string | number | null;

export interface FieldChange<F extends string> {
  field: F;
  from: DiffValue;
  to: DiffValue;
  /** Where the value was read, old and new ("Sheet!E12"); absent where the version had no such value. */
  fromCell?: string;
  toCell?: string;
}

export interface LineRef {
  model: string | null;
  sheet: string;
  row: number;
}

export type LineDiff =
  | { kind: 'changed'; model: string | null; from: LineRef; to: LineRef; changes: FieldChange<LineField>[] }
  | { kind: 'added'; model: string | null; to: LineRef; values: Partial<Record<LineField, DiffValue>> }
  | { kind: 'removed'; model: string | null; from: LineRef; values: Partial<Record<LineField, DiffValue>> };

export interface DocumentDiff {
  header: FieldChange<HeaderKey>[];
  lines: LineDiff[];
  /** Lines present in both, unchanged: said so the view can say "the other 5 lines are the same". */
  unchanged: number;
}

/** Case and spacing do not make another model (the checks compare models the same way). */
const modelKey = (line: DocumentLine): string | null => {
  const m = line.model?.value;
  return m === undefined ? null : m.trim().toUpperCase().replace(/\s+/g, ' ');
};

const valueOf = (s: Sourced<string | number> | undefined): DiffValue => (s === undefined ? null : s.value);
const cellOf = (s: Sourced<unknown> | undefined): string | undefined => (s === undefined ? undefined : `${s.sheet}!${s.cell}`);

function fieldChanges<F extends string>(fields: readonly F[], a: Partial<Record<F, Sourced<string | number>>>, b: Partial<Record<F, Sourced<string | number>>>): FieldChange<F>[] {
  const out: FieldChange<F>[] = [];
  for (const field of fields) {
    const from = valueOf(a[field]);
    const to = valueOf(b[field]);
    if (from === to) continue;
    const fromCell = cellOf(a[field]);
    const toCell = cellOf(b[field]);
    out.push({ field, from, to, ...(fromCell ? { fromCell } : {}), ...(toCell ? { toCell } : {}) });
  }
  return out;
}

const HEADER_KEYS: readonly HeaderKey[] = ['number', 'date', 'currency', 'total', 'total_packages', 'total_net_weight',
  'total_gross_weight', 'issue_date', 'valid_until', 'licensee'];

function values(line: DocumentLine): Partial<Record<LineField, DiffValue>> {
  const out: Partial<Record<LineField, DiffValue>> = {};
  for (const f of LINE_FIELDS) if (line[f] !== undefined) out[f] = valueOf(line[f] as Sourced<string | number>);
  return out;
}

const ref = (line: DocumentLine): LineRef => ({ model: line.model?.value ?? null, sheet: line.sheet, row: line.row });

/** Each line's key: its model and which occurrence of that model it is (model-less lines: by position). */
function keyed(lines: DocumentLine[]): Map<string, DocumentLine> {
  const seen = new Map<string | null, number>();
  const out = new Map<string, DocumentLine>();
  for (const line of lines) {
    const m = modelKey(line);
    const n = seen.get(m) ?? 0;
    seen.set(m, n + 1);
    out.set(JSON.stringify([m, n]), line);
  }
  return out;
}

export function diffDocuments(before: ParsedDocument, after: ParsedDocument): DocumentDiff {
  const header = fieldChanges(HEADER_KEYS, before.header as Partial<Record<HeaderKey, Sourced<string | number>>>,
    after.header as Partial<Record<HeaderKey, Sourced<string | number>>>);
  const a = keyed(before.lines);
  const b = keyed(after.lines);
  const lines: LineDiff[] = [];
  let unchanged = 0;
  // In the new document's order, removed lines after: the view reads as the new sheet does.
  for (const [k, line] of b) {
    const old = a.get(k);
    if (!old) {
      lines.push({ kind: 'added', model: line.model?.value ?? null, to: ref(line), values: values(line) });
      continue;
    }
    const changes = fieldChanges(LINE_FIELDS, old as unknown as Partial<Record<LineField, Sourced<string | number>>>,
      line as unknown as Partial<Record<LineField, Sourced<string | number>>>);
    if (changes.length === 0) unchanged++;
    else lines.push({ kind: 'changed', model: line.model?.value ?? old.model?.value ?? null, from: ref(old), to: ref(line), changes });
  }
  for (const [k, line] of a) {
    if (!b.has(k)) lines.push({ kind: 'removed', model: line.model?.value ?? null, from: ref(line), values: values(line) });
  }
  return { header, lines, unchanged };
}

/** The document's values by cell ("PL!D5" → 18): what a finding's cell said in one version. */
export function cellValues(doc: ParsedDocument): Map<string, DiffValue> {
  const out = new Map<string, DiffValue>();
  const put = (s: Sourced<unknown> | undefined) => {
    if (s !== undefined) out.set(`${s.sheet}!${s.cell}`, s.value as DiffValue);
  };
  for (const k of HEADER_KEYS) put((doc.header as DocumentHeader)[k]);
  for (const line of doc.lines) for (const f of LINE_FIELDS) put(line[f] as Sourced<unknown> | undefined);
  return out;
}

/** The cells (of `cells`, "Sheet!A1") whose value differs between the two versions, in the order given. */
export function changedCells(before: ParsedDocument, after: ParsedDocument, cells: string[]): string[] {
  const a = cellValues(before);
  const b = cellValues(after);
  return cells.filter((c) => (a.get(c) ?? null) !== (b.get(c) ?? null));
}
