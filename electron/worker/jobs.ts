// The work the engine worker does, as plain functions over shared/: the same reader, detection and check as the
// CLI. They run inside a worker thread (engine-worker.ts), never on the main process's event loop; the only thing
// they ask of the main process is a saved layout (the archive stays there), through `lookupLayout`.
import { importNotices } from '../../shared/check/import-notices.ts';
import { headerValues } from '../../shared/check/report.ts';
import { runCheck, type CheckResult } from '../../shared/check/run-check.ts';
import type { ControlledListVersion } from '../../shared/controlled-list/types.ts';
import type { ParsedDocument, Result, Role } from '../../shared/domain/types.ts';
import { layoutKeyOf } from '../../shared/import/layout-key.ts';
import { documentFromWorkbook, type LayoutOverride } from '../../shared/import/read-document.ts';
import { gridOf, readWorkbook, type Grid } from '../../shared/import/workbook.ts';
import { withShownText } from '../../shared/import/shown-cells.ts';
import type { LayoutOverrideInput, PreviewGrid, PreviewReply } from '../../shared/ipc/contract.ts';

const PREVIEW_ROWS = 30;
const PREVIEW_COLS = 30;

export interface PreviewInput { role: Role; file: string; bytes: Uint8Array; override?: LayoutOverrideInput; lookupRemembered: boolean }
export interface ParseInput { role: Role; file: string; bytes: Uint8Array; override?: LayoutOverrideInput }
export interface GridInput { file: string; bytes: Uint8Array }
export interface CheckInput { docs: ParsedDocument[]; date: string; lists: ControlledListVersion[] }

export interface Jobs {
  preview: { input: PreviewInput; output: Result<PreviewReply> };
  parse: { input: ParseInput; output: Result<{ parsed: ParsedDocument; layoutKey: string }> };
  grid: { input: GridInput; output: Result<Grid> };
  check: { input: CheckInput; output: CheckResult };
}
export type JobKind = keyof Jobs;

export type LookupLayout = (key: string) => Promise<unknown>;

export async function preview({ role, file, bytes, override, lookupRemembered }: PreviewInput, lookupLayout: LookupLayout): Promise<Result<PreviewReply>> {
  // One read of the workbook serves the grid, the layout key and the detection: 10,000-line files take seconds.
  const wb = readWorkbook(file, bytes);
  if (!wb.ok) return wb;
  const grid = gridOf(wb.value);
  const saved = !override && lookupRemembered ? await lookupLayout(layoutKeyOf(role, wb.value)) : undefined;
  const remembered = saved && typeof saved === 'object' ? (saved as LayoutOverrideInput) : undefined;
  const doc = documentFromWorkbook(wb.value, { role, file, override: (override ?? remembered) as LayoutOverride | undefined });
  const sheetName = doc.ok ? doc.value.sheet : (override?.sheet ?? grid.sheets[0]?.name ?? '');
  const sheet = grid.sheets.find((s) => s.name === sheetName) ?? grid.sheets[0];
  const start = doc.ok ? Math.max(1, doc.value.table.headerStart - 3) : Math.max(1, (override?.headerRow ?? 1) - 3);
  const shown: PreviewGrid = {
    sheets: grid.sheets.map((s) => s.name),
    sheet: sheet?.name ?? '',
    firstRow: start,
    rows: (sheet?.rows ?? []).slice(start - 1, start - 1 + PREVIEW_ROWS).map((r) => r.slice(0, PREVIEW_COLS)),
    totalRows: sheet?.rows.length ?? 0,
  };
  const detection = doc.ok
    ? { ok: true as const, table: doc.value.table, lines: doc.value.lines.length, header: headerValues(doc.value.header), notes: doc.value.notes.length,
      notices: importNotices(doc.value) }
    : { ok: false as const, error: doc.error };
  return { ok: true, value: { grid: shown, detection, ...(remembered ? { remembered } : {}) } };
}

export function parse({ role, file, bytes, override }: ParseInput): Result<{ parsed: ParsedDocument; layoutKey: string }> {
  const wb = readWorkbook(file, bytes);
  if (!wb.ok) return wb;
  const parsed = documentFromWorkbook(wb.value, { role, file, override: override as LayoutOverride | undefined });
  if (!parsed.ok) return parsed;
  return { ok: true, value: { parsed: parsed.value, layoutKey: layoutKeyOf(role, wb.value) } };
}

export function grid({ file, bytes }: GridInput): Result<Grid> {
  const wb = readWorkbook(file, bytes);
  // The source-cell view: cells as the sheet shows them (dates as dates), never the serials the engine reads.
  return wb.ok ? { ok: true, value: withShownText(bytes, gridOf(wb.value)) } : wb;
}

export function check({ docs, date, lists }: CheckInput): CheckResult {
  return runCheck(docs, { date, lists });
}
