// Findings of a folder's latest check, with reviewers' acknowledgements.
import type { Finding, Summary } from '../../shared/domain/types.ts';
import { summarize } from '../../shared/check/run-check.ts';
import { ArchiveError, type StoredFinding } from './types.ts';
import { canonicalJson, type Db, sql } from './sql.ts';

interface FindingRow {
  id: number; code: Finding['code']; severity: Finding['severity']; model: string | null; params_json: string; refs_json: string;
  ack_note: string | null; ack_by: string | null; ack_at: string | null;
}

type Ack = NonNullable<StoredFinding['acknowledgement']>;

/** Same code, model and values: the same finding, whose acknowledgement survives a re-check. */
const identity = (f: Pick<Finding, 'code' | 'model' | 'params'>): string => canonicalJson([f.code, f.model ?? null, f.params]);

export function insertFindings(db: Db, shipmentId: number, findings: Finding[], acks: Map<string, Ack> = new Map()): void {
  const insert = sql(db, `INSERT INTO findings (shipment_id, position, code, severity, model, params_json, refs_json, ack_note, ack_by, ack_at)
                             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  findings.forEach((f, position) => {
    const ack = acks.get(identity(f));
    insert.run(shipmentId, position, f.code, f.severity, f.model ?? null, JSON.stringify(f.params), JSON.stringify(f.refs),
      ack?.note ?? null, ack?.by ?? null, ack?.at ?? null);
  });
  updateCounts(db, shipmentId);
}

/** Deletes the folder's findings, returning the acknowledgements to carry over to the new ones. */
export function clearFindings(db: Db, shipmentId: number): Map<string, Ack> {
  const acks = new Map<string, Ack>();
  for (const f of readFindings(db, shipmentId)) if (f.acknowledgement) acks.set(identity(f), f.acknowledgement);
  sql(db, 'DELETE FROM findings WHERE shipment_id = ?').run(shipmentId);
  return acks;
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
  };
}

export function acknowledge(db: Db, shipmentId: number, findingId: number, note: string, by: string, at: string): StoredFinding {
  const res = sql(db, 'UPDATE findings SET ack_note = ?, ack_by = ?, ack_at = ? WHERE id = ? AND shipment_id = ?')
    .run(note, by, at, findingId, shipmentId);
  if (res.changes === 0) throw new ArchiveError('NOT_FOUND', `Finding ${findingId} is not in this shipment folder: reload the folder and try again.`,
    `Phát hiện ${findingId} không thuộc thư mục lô hàng này: hãy tải lại thư mục lô hàng rồi thử lại.`);
  updateCounts(db, shipmentId);
  return toFinding(sql(db, 'SELECT * FROM findings WHERE id = ?').get(findingId) as FindingRow);
}

/**
 * Summary counts live on the shipment row (listing stays one query). A folder is 'reviewed' once it has
 * findings and every one of them is acknowledged; a re-check that brings a new one reopens it.
 */
function updateCounts(db: Db, shipmentId: number): void {
  const rows = sql(db, 'SELECT severity, ack_at FROM findings WHERE shipment_id = ?').all(shipmentId) as { severity: Finding['severity']; ack_at: string | null }[];
  const s: Summary = summarize(rows);
  const reviewed = rows.length > 0 && rows.every((r) => r.ack_at !== null);
  sql(db, 'UPDATE shipments SET errors = ?, warnings = ?, infos = ?, status = ? WHERE id = ?')
    .run(s.errors, s.warnings, s.infos, reviewed ? 'reviewed' : 'open', shipmentId);
}
