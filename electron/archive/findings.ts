// Findings of a folder's latest check, with reviewers' acknowledgements.
import type { Finding, Summary } from '../../shared/domain/types.ts';
import { summarize } from '../../shared/check/run-check.ts';
import type { ParsedDocument, Role } from '../../shared/domain/types.ts';
import { changedCells } from '../../shared/domain/document-diff.ts';
import { ArchiveError, type Reopened, type StoredFinding } from './types.ts';
import { canonicalJson, type Db, sql } from './sql.ts';

interface FindingRow {
  id: number; code: Finding['code']; severity: Finding['severity']; model: string | null; params_json: string; refs_json: string;
  ack_note: string | null; ack_by: string | null; ack_at: string | null; reopened_json?: string | null;
}

type Ack = NonNullable<StoredFinding['acknowledgement']>;

/** Same code, model and values: the same finding, whose acknowledgement survives a re-check. */
const identity = (f: Pick<Finding, 'code' | 'model' | 'params'>): string => canonicalJson([f.code, f.model ?? null, f.params]);
/** Same code and model: what a re-opened acknowledgement follows, since its values are what changed. */
const subject = (f: Pick<Finding, 'code' | 'model'>): string => canonicalJson([f.code, f.model ?? null]);

/** What a re-check carries over: acknowledgements by identity, re-opened notices by subject. */
export interface CarriedOver { acks: Map<string, Ack>; reopened: Map<string, Reopened> }

const hasReopenedColumn = (db: Db): boolean =>
  (db.pragma('table_info(findings)') as { name: string }[]).some((c) => c.name === 'reopened_json');

export function insertFindings(db: Db, shipmentId: number, findings: Finding[], carried: CarriedOver = { acks: new Map(), reopened: new Map() }): void {
  const withReopened = hasReopenedColumn(db);
  const insert = sql(db, `INSERT INTO findings (shipment_id, position, code, severity, model, params_json, refs_json, ack_note, ack_by, ack_at${withReopened ? ', reopened_json' : ''})
                             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?${withReopened ? ', ?' : ''})`);
  findings.forEach((f, position) => {
    const ack = carried.acks.get(identity(f));
    const reopened = ack ? undefined : carried.reopened.get(subject(f));
    insert.run(shipmentId, position, f.code, f.severity, f.model ?? null, JSON.stringify(f.params), JSON.stringify(f.refs),
      ack?.note ?? null, ack?.by ?? null, ack?.at ?? null, ...(withReopened ? [reopened ? JSON.stringify(reopened) : null] : []));
  });
  updateCounts(db, shipmentId);
}

/** Deletes the folder's findings, returning what to carry over to the new ones. */
export function clearFindings(db: Db, shipmentId: number): CarriedOver {
  const acks = new Map<string, Ack>();
  const reopened = new Map<string, Reopened>();
  for (const f of readFindings(db, shipmentId)) {
    if (f.acknowledgement) acks.set(identity(f), f.acknowledgement);
    if (f.reopened) reopened.set(subject(f), f.reopened);
  }
  sql(db, 'DELETE FROM findings WHERE shipment_id = ?').run(shipmentId);
  return { acks, reopened };
}

/**
 * A document of `role` is replaced: every acknowledged finding pointing at one of its cells whose value is not the
 * same in the new version loses its acknowledgement (kept in reopened_json, with the cells), so the re-check that
 * follows does not carry it over. Returns what was re-opened, for the audit trail.
 */
export function reopenChangedAcks(db: Db, shipmentId: number, role: Role, before: ParsedDocument, after: ParsedDocument,
  files: { previous: string; next: string }, at: string): { finding: StoredFinding; cells: string[] }[] {
  if (!hasReopenedColumn(db)) return [];
  const out: { finding: StoredFinding; cells: string[] }[] = [];
  const update = sql(db, 'UPDATE findings SET ack_note = NULL, ack_by = NULL, ack_at = NULL, reopened_json = ? WHERE id = ?');
  for (const f of readFindings(db, shipmentId)) {
    if (!f.acknowledgement) continue;
    const cells = [...new Set(f.refs.filter((r) => r.role === role).map((r) => `${r.sheet}!${r.cell}`))];
    const changed = changedCells(before, after, cells);
    if (changed.length === 0) continue;
    const reopened: Reopened = { role, file: files.next, previousFile: files.previous, cells: changed, at, ack: f.acknowledgement };
    update.run(JSON.stringify(reopened), f.id);
    out.push({ finding: f, cells: changed });
  }
  if (out.length) updateCounts(db, shipmentId);
  return out;
}

export function readFindings(db: Db, shipmentId: number): StoredFinding[] {
  const rows = sql(db, 'SELECT * FROM findings WHERE shipment_id = ? ORDER BY position').all(shipmentId) as FindingRow[];
  return rows.map(toFinding);
}

function toFinding(r: FindingRow): StoredFinding {
  return {
    id: r.id,
    code: r.code,
    severity: r.severity,
    ...(r.model !== null ? { model: r.model } : {}),
    params: JSON.parse(r.params_json),
    refs: JSON.parse(r.refs_json),
    ...(r.ack_by !== null && r.ack_at !== null ? { acknowledgement: { note: r.ack_note ?? '', by: r.ack_by, at: r.ack_at } } : {}),
    ...(r.reopened_json ? { reopened: JSON.parse(r.reopened_json) as Reopened } : {}),
  };
}

const notHere = (findingId: number) => new ArchiveError('NOT_FOUND', `Finding ${findingId} is not in this shipment folder: reload the folder and try again.`,
  `Phát hiện ${findingId} không thuộc thư mục lô hàng này: hãy tải lại thư mục lô hàng rồi thử lại.`);

function readOne(db: Db, shipmentId: number, findingId: number): StoredFinding {
  const row = sql(db, 'SELECT * FROM findings WHERE id = ? AND shipment_id = ?').get(findingId, shipmentId) as FindingRow | undefined;
  if (!row) throw notHere(findingId);
  return toFinding(row);
}

/** A new note on an acknowledgement; returns the finding before and after. */
export function editAck(db: Db, shipmentId: number, findingId: number, note: string, by: string, at: string): { before: StoredFinding; after: StoredFinding } {
  const before = readOne(db, shipmentId, findingId);
  if (!before.acknowledgement) throw new ArchiveError('INVALID', `Finding ${findingId} is not acknowledged, so there is no note to change: acknowledge it first.`,
    `Phát hiện ${findingId} chưa được chấp nhận nên không có ghi chú để sửa: hãy chấp nhận trước.`);
  sql(db, 'UPDATE findings SET ack_note = ?, ack_by = ?, ack_at = ? WHERE id = ?').run(note, by, at, findingId);
  return { before, after: readOne(db, shipmentId, findingId) };
}

/** The acknowledgement taken back; returns the finding before and after. */
export function withdrawAck(db: Db, shipmentId: number, findingId: number): { before: StoredFinding; after: StoredFinding } {
  const before = readOne(db, shipmentId, findingId);
  if (!before.acknowledgement) throw new ArchiveError('INVALID', `Finding ${findingId} is not acknowledged, so there is nothing to withdraw.`,
    `Phát hiện ${findingId} chưa được chấp nhận nên không có gì để rút lại.`);
  sql(db, 'UPDATE findings SET ack_note = NULL, ack_by = NULL, ack_at = NULL WHERE id = ?').run(findingId);
  updateCounts(db, shipmentId);
  return { before, after: readOne(db, shipmentId, findingId) };
}

export function acknowledge(db: Db, shipmentId: number, findingId: number, note: string, by: string, at: string): StoredFinding {
  // Acknowledged again: the re-opened notice has done its job.
  const res = sql(db, `UPDATE findings SET ack_note = ?, ack_by = ?, ack_at = ?${hasReopenedColumn(db) ? ', reopened_json = NULL' : ''} WHERE id = ? AND shipment_id = ?`)
    .run(note, by, at, findingId, shipmentId);
  if (res.changes === 0) throw notHere(findingId);
  updateCounts(db, shipmentId);
  return toFinding(sql(db, 'SELECT * FROM findings WHERE id = ?').get(findingId) as FindingRow);
}

/**
 * Summary counts live on the shipment row (listing stays one query). The status is the declarant's to set
 * (folder-status.ts): acknowledging every finding no longer marks a folder reviewed behind their back.
 */
function updateCounts(db: Db, shipmentId: number): void {
  const rows = sql(db, 'SELECT severity FROM findings WHERE shipment_id = ?').all(shipmentId) as { severity: Finding['severity'] }[];
  const s: Summary = summarize(rows);
  sql(db, 'UPDATE shipments SET errors = ?, warnings = ?, infos = ? WHERE id = ?').run(s.errors, s.warnings, s.infos, shipmentId);
}
