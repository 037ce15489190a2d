// A folder's plan events and the archive's swap days: the only SQL of the plan (the plan itself is computed in
// shared/plan from these).
import { sql, type Db } from './sql.ts';

export type PlanEventKind = 'filed' | 'returned' | 'resubmitted' | 'permit_received';
export const PLAN_EVENT_KINDS: readonly PlanEventKind[] = ['filed', 'returned', 'resubmitted', 'permit_received'];

export interface PlanEvent {
  id: number;
  kind: PlanEventKind;
  day: string;
  recordedAt: string;
}

export interface SwapDay {
  day: string;
  kind: 'off' | 'work';
  note: string;
}

export function insertPlanEvent(db: Db, shipmentId: number, kind: PlanEventKind, day: string, at: string): number {
  return Number(sql(db, 'INSERT INTO plan_events (shipment_id, kind, day, recorded_at) VALUES (?, ?, ?, ?)').run(shipmentId, kind, day, at).lastInsertRowid);
}

export function readPlanEvents(db: Db, shipmentId: number): PlanEvent[] {
  return (sql(db, 'SELECT id, kind, day, recorded_at FROM plan_events WHERE shipment_id = ? ORDER BY id').all(shipmentId) as
    { id: number; kind: PlanEventKind; day: string; recorded_at: string }[]).map((r) => ({ id: r.id, kind: r.kind, day: r.day, recordedAt: r.recorded_at }));
}

/** Plan events of many folders at once (a page of the shipments list), by ref. */
export function readPlanEventsByRef(db: Db, refs: string[]): Map<string, PlanEvent[]> {
  const out = new Map<string, PlanEvent[]>();
  if (refs.length === 0) return out;
  const rows = sql(db, `SELECT s.ref, e.id, e.kind, e.day, e.recorded_at FROM plan_events e JOIN shipments s ON s.id = e.shipment_id
    WHERE s.ref IN (SELECT value FROM json_each(?)) ORDER BY e.id`).all(JSON.stringify(refs)) as
    { ref: string; id: number; kind: PlanEventKind; day: string; recorded_at: string }[];
  for (const r of rows) {
    const list = out.get(r.ref) ?? [];
    list.push({ id: r.id, kind: r.kind, day: r.day, recordedAt: r.recorded_at });
    out.set(r.ref, list);
  }
  return out;
}

/** Which of these folders have an invoiced item on the controlled list (a CONTROLLED_HS_CODE finding). */
export function controlledRefs(db: Db, refs: string[]): Set<string> {
  if (refs.length === 0) return new Set();
  const rows = sql(db, `SELECT DISTINCT s.ref FROM findings f JOIN shipments s ON s.id = f.shipment_id
    WHERE f.code = 'CONTROLLED_HS_CODE' AND s.ref IN (SELECT value FROM json_each(?))`).all(JSON.stringify(refs)) as { ref: string }[];
  return new Set(rows.map((r) => r.ref));
}

export function readSwapDays(db: Db): SwapDay[] {
  return sql(db, 'SELECT day, kind, note FROM swap_days ORDER BY day').all() as SwapDay[];
}

export function putSwapDay(db: Db, day: string, kind: 'off' | 'work', note: string, at: string): void {
  sql(db, `INSERT INTO swap_days (day, kind, note, added_at) VALUES (?, ?, ?, ?)
    ON CONFLICT(day) DO UPDATE SET kind = excluded.kind, note = excluded.note, added_at = excluded.added_at`).run(day, kind, note, at);
}

export function deleteSwapDay(db: Db, day: string): boolean {
  return sql(db, 'DELETE FROM swap_days WHERE day = ?').run(day).changes > 0;
}

/**
 * The plan's dates from a folder's events: the last of each kind (a later event corrects an earlier one), the
 * resubmission only when it follows the last return (a dossier can be sent back more than once; the count restarts
 * from the latest complete filing).
 */
export function planDates(events: PlanEvent[]): { filed?: string; returned?: string; resubmitted?: string; permitReceived?: string } {
  const last = (k: PlanEventKind) => [...events].reverse().find((e) => e.kind === k)?.day;
  const filed = last('filed');
  const returned = last('returned');
  const resubmitted = last('resubmitted');
  return {
    ...(filed ? { filed } : {}),
    ...(returned ? { returned } : {}),
    ...(resubmitted && (!returned || resubmitted >= returned) ? { resubmitted } : {}),
    ...(last('permit_received') ? { permitReceived: last('permit_received') } : {}),
  };
}

/** Folders of these refs that hold an invoice (whether a permit is needed can be told only from one). */
export function refsWithInvoice(db: Db, refs: string[]): Set<string> {
  if (refs.length === 0) return new Set();
  const rows = sql(db, `SELECT DISTINCT s.ref FROM documents d JOIN shipments s ON s.id = d.shipment_id
    WHERE d.role = 'invoice' AND s.ref IN (SELECT value FROM json_each(?))`).all(JSON.stringify(refs)) as { ref: string }[];
  return new Set(rows.map((r) => r.ref));
}

export interface PlanState {
  events: PlanEvent[];
  /** The issue date of a permit imported into the folder (the permit in hand), when it states one. */
  permitIssued?: string;
  /** null: no invoice in the folder yet. */
  controlled: boolean | null;
}

/** What the plan of each listed folder needs, in three queries for a whole page. */
export function planStates(db: Db, refs: string[]): Map<string, PlanState> {
  const events = readPlanEventsByRef(db, refs);
  const controlled = controlledRefs(db, refs);
  const invoiced = refsWithInvoice(db, refs);
  const issued = new Map<string, string>();
  const permits = sql(db, `SELECT s.ref, json_extract(d.header_json, '$.issue_date') AS issued FROM documents d JOIN shipments s ON s.id = d.shipment_id
    WHERE d.role = 'permit' AND s.ref IN (SELECT value FROM json_each(?))`).all(JSON.stringify(refs)) as { ref: string; issued: unknown }[];
  for (const p of permits) if (typeof p.issued === 'string') issued.set(p.ref, p.issued);
  return new Map(refs.map((r) => [r, {
    events: events.get(r) ?? [],
    controlled: controlled.has(r) ? true : invoiced.has(r) ? false : null,
    ...(issued.has(r) ? { permitIssued: issued.get(r)! } : {}),
  }]));
}

/** The folder's ETA (for an export, its ETD): the day its plan runs from. */
export function updateEta(db: Db, shipmentId: number, eta: string | null): void {
  sql(db, 'UPDATE shipments SET eta = ? WHERE id = ?').run(eta, shipmentId);
}
