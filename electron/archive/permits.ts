// The permit register (archive-cli contract revision 2): permits kept once by number, which folder uses which,
// what each folder draws from each permit line, adjustments, and the register's findings on the folders.
// Every function runs inside the caller's write transaction: a folder and its draws commit together.
import type { Direction, Finding, ParsedDocument } from '../../shared/domain/types.ts';
import {
  balanceFinding, compareCopies, copiesFinding, directionFinding, drawCounts, exceedances, invoicedQuantities,
  permitRecord, type CopyDifference, type PermitLineRecord,
} from '../../shared/permits/register.ts';
import { modelKey } from '../../shared/check/context.ts';
import { clearFindings, insertFindings, readFindings } from './findings.ts';
import { readDocuments } from './documents.ts';
import { reopenIfNewErrors, unacknowledgedErrorKeys } from './folder-status.ts';
import { reindexShipment } from './search.ts';
import { drawnJson, normalizeNumber, permitDraws } from './permit-draws.ts';
import { refreshPermitEntry } from './permit-entries.ts';
import { canonicalJson, sql, type Db } from './sql.ts';
import { ArchiveError } from './types.ts';

/** The finding codes the register owns: a re-check's own findings never carry them, the register rewrites them. */
export const REGISTER_CODES: ReadonlySet<Finding['code']> = new Set(['PERMIT_COPIES_DIFFER', 'PERMIT_BALANCE_EXCEEDED', 'PERMIT_DIRECTION_MISMATCH']);

interface PermitRow {
  id: number; number: string; direction: Direction | null; licensee: string | null; issue_date: string | null;
  valid_until: string | null; parsed_json: string; registered_at: string; registered_by: number | null;
}
interface UseRow { shipment_id: number; permit_id: number; via: 'file' | 'number'; differs_json: string | null; cancelled_at: string | null; cancel_note: string | null }

export function findPermit(db: Db, number: string): PermitRow | undefined {
  return sql(db, 'SELECT * FROM permits WHERE number = ?').get(normalizeNumber(number)) as PermitRow | undefined;
}

function requirePermit(db: Db, number: string): PermitRow {
  const p = findPermit(db, number);
  if (!p) throw new ArchiveError('NOT_FOUND', `No permit numbered "${number}" is registered in this archive: import the permit file once (dossier archive permits lists the registered ones).`,
    `Kho hồ sơ này chưa đăng ký giấy phép số "${number}": hãy nhập tệp giấy phép một lần (lệnh dossier archive permits liệt kê các giấy phép đã đăng ký).`);
  return p;
}

/** The registered copy as read, for checking a folder that uses the permit by number. */
export function registeredPermitDocument(db: Db, number: string): ParsedDocument {
  return JSON.parse(requirePermit(db, number).parsed_json) as ParsedDocument;
}

function lineRecords(db: Db, permitId: number): (PermitLineRecord & { id: number })[] {
  const rows = sql(db, 'SELECT * FROM permit_lines WHERE permit_id = ? ORDER BY position').all(permitId) as {
    id: number; model: string; model_key: string; name: string | null; brand: string | null; hs_code: string | null;
    country: string | null; quantity: number | null; unit: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id, model: r.model, key: r.model_key,
    ...(r.name !== null ? { name: r.name } : {}), ...(r.brand !== null ? { brand: r.brand } : {}),
    ...(r.hs_code !== null ? { hsCode: r.hs_code } : {}), ...(r.country !== null ? { country: r.country } : {}),
    ...(r.quantity !== null ? { quantity: r.quantity } : {}), ...(r.unit !== null ? { unit: r.unit } : {}),
  }));
}

export type PermitLink =
  | { number: string; via: 'file' | 'number'; registered: boolean; differs: boolean }
  | { number: null; reason: 'no_number' };

/**
 * A permit file given to a folder: registers it under its number, or links the folder to the permit already
 * registered under that number (recording how its lines differ). The file is kept as a copy of the permit.
 */
export function linkPermitFile(db: Db, shipmentId: number, parsed: ParsedDocument, sha256: string, name: string, at: string): PermitLink {
  const rec = permitRecord(parsed);
  if (!rec) {
    // Nothing to register it under: the folder is checked against its file alone, and the caller says so.
    sql(db, `DELETE FROM permit_uses WHERE shipment_id = ? AND via = 'file'`).run(shipmentId);
    return { number: null, reason: 'no_number' };
  }
  let permit = findPermit(db, rec.number);
  let registered = false;
  let difference: CopyDifference | null = null;
  if (!permit) {
    const id = Number(sql(db, `INSERT INTO permits (number, direction, licensee, issue_date, valid_until, parsed_json, registered_at, registered_by)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
      normalizeNumber(rec.number), rec.direction, rec.licensee ?? null, rec.issueDate ?? null, rec.validUntil ?? null,
      JSON.stringify(parsed), at, shipmentId).lastInsertRowid);
    const insert = sql(db, `INSERT INTO permit_lines (permit_id, position, model, model_key, name, brand, hs_code, country, quantity, unit)
                             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    rec.lines.forEach((l, i) => insert.run(id, i, l.model, l.key, l.name ?? null, l.brand ?? null, l.hsCode ?? null, l.country ?? null,
      l.quantity ?? null, l.unit ?? null));
    permit = sql(db, 'SELECT * FROM permits WHERE id = ?').get(id) as PermitRow;
    registered = true;
  } else {
    difference = compareCopies(lineRecords(db, permit.id), rec.lines);
  }
  sql(db, 'INSERT INTO permit_files (permit_id, sha256, name, shipment_id, added_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING')
    .run(permit.id, sha256, name, shipmentId, at);
  setUse(db, shipmentId, permit.id, 'file', difference);
  return { number: permit.number, via: 'file', registered, differs: difference !== null };
}

/** `add --permit-number N`, the app's "use a registered permit": the folder is checked against the registered copy. */
export function linkPermitNumber(db: Db, shipmentId: number, number: string): PermitLink {
  const permit = requirePermit(db, number);
  setUse(db, shipmentId, permit.id, 'number', null);
  return { number: permit.number, via: 'number', registered: false, differs: false };
}

function setUse(db: Db, shipmentId: number, permitId: number, via: 'file' | 'number', difference: CopyDifference | null): void {
  sql(db, `INSERT INTO permit_uses (shipment_id, permit_id, via, differs_json) VALUES (?, ?, ?, ?)
             ON CONFLICT (shipment_id) DO UPDATE SET permit_id = excluded.permit_id, via = excluded.via, differs_json = excluded.differs_json`)
    .run(shipmentId, permitId, via, difference ? JSON.stringify(difference) : null);
}

export function permitOf(db: Db, shipmentId: number): number | undefined {
  return sql(db, 'SELECT permit_id FROM permit_uses WHERE shipment_id = ?').pluck().get(shipmentId) as number | undefined;
}

/**
 * Rewrites the folder's draws from its invoice as stored now: deleting first is what keeps a re-check, a
 * re-import or a replaced document from ever counting a quantity twice.
 */
export function recomputeDraws(db: Db, shipmentId: number): void {
  sql(db, 'DELETE FROM permit_draws WHERE shipment_id = ?').run(shipmentId);
  const permitId = permitOf(db, shipmentId);
  if (permitId === undefined) return;
  const invoiced = invoicedQuantities(sql(db, `SELECT l.model, l.quantity, l.unit FROM lines l JOIN documents d ON d.id = l.document_id
                                                  WHERE d.shipment_id = ? AND d.role = 'invoice' ORDER BY l.position`).all(shipmentId) as
    { model: string | null; quantity: number | null; unit: string | null }[]);
  if (invoiced.length === 0) return;
  const lines = new Map<string, { id: number; unit: string | null }>();
  for (const l of sql(db, 'SELECT id, model_key, unit FROM permit_lines WHERE permit_id = ? ORDER BY position').all(permitId) as { id: number; model_key: string; unit: string | null }[]) {
    if (!lines.has(l.model_key)) lines.set(l.model_key, l);
  }
  const insert = sql(db, 'INSERT INTO permit_draws (permit_line_id, shipment_id, quantity, unit, counted) VALUES (?, ?, ?, ?, ?)');
  for (const q of invoiced) {
    const line = lines.get(q.key);
    if (!line) continue;
    const counts = drawCounts(line.unit ?? undefined, q.unit);
    insert.run(line.id, shipmentId, q.quantity, counts ? null : q.unit ?? null, counts ? 1 : 0);
  }
}

/** PERMIT_BALANCE_EXCEEDED findings of a permit, by folder; its lines' drawn_json and its register entry brought up to date. */
function balanceFindings(db: Db, permit: PermitRow): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>();
  const draws = permitDraws(db, permit.id);
  const adjustments = new Map(sql(db, `SELECT a.permit_line_id, sum(a.quantity) FROM permit_adjustments a JOIN permit_lines l ON l.id = a.permit_line_id
                                         WHERE l.permit_id = ? GROUP BY a.permit_line_id`).raw().all(permit.id) as [number, number][]);
  const cache = sql(db, 'UPDATE permit_lines SET drawn_json = ? WHERE id = ? AND drawn_json != ?');
  const texts = new Map<number, string>();
  for (const line of lineRecords(db, permit.id)) {
    const list = draws.get(line.id);
    const drawn = drawnJson(list);
    cache.run(drawn, line.id, drawn);
    texts.set(line.id, drawn);
    if (!list || line.quantity === undefined) continue;
    const adjusted = adjustments.get(line.id) ?? 0;
    for (const e of exceedances(line.quantity, adjusted, list)) {
      let fs = out.get(e.folderId);
      if (!fs) out.set(e.folderId, (fs = []));
      fs.push(balanceFinding(permit.number, line.model, line.quantity, line.unit, adjusted, e));
    }
  }
  // Every change of a permit's draws, adjustments, cancellations or copies comes through here: its entry in the
  // register's JSON is rewritten in the same transaction (permit-entries.ts).
  refreshPermitEntry(db, permit.id, texts);
  return out;
}

/**
 * Brings the register's findings up to date on the given folders and on every folder that uses the same permits
 * (a draw changed here may take another folder past the permitted quantity, or bring it back under).
 * Only folders whose register findings actually change are rewritten; acknowledgements of unchanged ones stay.
 */
export function refreshRegisterFindings(db: Db, folderIds: Iterable<number>, permitIds: Iterable<number> = [], at?: string): void {
  const folders = new Set(folderIds);
  const permits = new Set(permitIds);
  for (const id of folders) {
    const p = permitOf(db, id);
    if (p !== undefined) permits.add(p);
  }
  const balance = new Map<number, Finding[]>();
  const permitRows = new Map<number, PermitRow>();
  for (const pid of permits) {
    const permit = sql(db, 'SELECT * FROM permits WHERE id = ?').get(pid) as PermitRow;
    permitRows.set(pid, permit);
    for (const [folder, fs] of balanceFindings(db, permit)) balance.set(folder, fs);
    for (const f of sql(db, 'SELECT shipment_id FROM permit_uses WHERE permit_id = ?').pluck().all(pid) as number[]) folders.add(f);
  }
  for (const folder of folders) {
    const use = sql(db, 'SELECT * FROM permit_uses WHERE shipment_id = ?').get(folder) as UseRow | undefined;
    const wanted: Finding[] = [];
    if (use) {
      const permit = permitRows.get(use.permit_id)!;
      if (use.differs_json !== null) wanted.push(copiesFinding(permit.number, registeredBy(db, permit), JSON.parse(use.differs_json) as CopyDifference));
      const direction = sql(db, 'SELECT direction FROM shipments WHERE id = ?').pluck().get(folder) as Direction;
      const d = directionFinding(permit.number, direction, permit.direction);
      if (d) wanted.push(d);
      if (use.cancelled_at === null) wanted.push(...(balance.get(folder) ?? []));
    }
    rewriteIfChanged(db, folder, wanted, at);
  }
}

function registeredBy(db: Db, permit: PermitRow): string {
  if (permit.registered_by === null) return '';
  const row = sql(db, `SELECT s.ref, f.name FROM shipments s LEFT JOIN permit_files f ON f.permit_id = ? AND f.shipment_id = s.id
                         WHERE s.id = ? ORDER BY f.added_at LIMIT 1`).get(permit.id, permit.registered_by) as { ref: string; name: string | null } | undefined;
  return row ? (row.name ? `${row.ref}, ${row.name}` : row.ref) : '';
}

const identity = (f: Pick<Finding, 'code' | 'model' | 'params'>): string => canonicalJson([f.code, f.model ?? null, f.params]);

/**
 * Rewrites a folder's register findings when they changed. Acknowledgements of findings that went go with them, so
 * the folder is re-indexed (their notes no longer find it); with `at` (a user's action, not a migration), a reviewed
 * folder that now has an error nobody acknowledged is open again (folder-status.ts).
 */
function rewriteIfChanged(db: Db, folder: number, wanted: Finding[], at?: string): void {
  const stored = sql(db, `SELECT code, model, params_json FROM findings WHERE shipment_id = ? AND code IN
                            ('PERMIT_COPIES_DIFFER', 'PERMIT_BALANCE_EXCEEDED', 'PERMIT_DIRECTION_MISMATCH') ORDER BY position`)
    .all(folder) as { code: Finding['code']; model: string | null; params_json: string }[];
  const now = stored.map((r) => identity({ code: r.code, ...(r.model !== null ? { model: r.model } : {}), params: JSON.parse(r.params_json) }));
  if (now.length === wanted.length && now.every((x, i) => x === identity(wanted[i]))) return;
  const others = readFindings(db, folder).filter((f) => !REGISTER_CODES.has(f.code))
    .map(({ id: _id, acknowledgement: _ack, ...f }) => f as Finding);
  const errorsBefore = unacknowledgedErrorKeys(db, folder);
  const acks = clearFindings(db, folder);
  // The register's findings are errors: first, as a check's report puts errors first.
  insertFindings(db, folder, [...wanted, ...others], acks);
  reindexShipment(db, folder);
  if (at !== undefined) reopenIfNewErrors(db, folder, errorsBefore, at);
}

/** A check's findings as the archive stores them: the register's codes are the register's to write. */
export function withoutRegisterFindings(findings: Finding[]): Finding[] {
  return findings.some((f) => REGISTER_CODES.has(f.code)) ? findings.filter((f) => !REGISTER_CODES.has(f.code)) : findings;
}

/** A folder that will not go ahead: its draw is released (kept on record, counted nowhere). */
export function cancelUse(db: Db, shipmentId: number, ref: string, note: string, at: string): number {
  const use = sql(db, 'SELECT * FROM permit_uses WHERE shipment_id = ?').get(shipmentId) as UseRow | undefined;
  if (!use) throw new ArchiveError('INVALID', `The shipment folder "${ref}" uses no permit of the register: it draws nothing to release.`,
    `Thư mục lô hàng "${ref}" không dùng giấy phép nào trong sổ đăng ký: không có số lượng nào để hoàn lại.`);
  if (use.cancelled_at !== null) throw new ArchiveError('INVALID', `The shipment folder "${ref}" was already cancelled on ${use.cancelled_at.slice(0, 10)}.`,
    `Thư mục lô hàng "${ref}" đã được hủy ngày ${use.cancelled_at.slice(0, 10)}.`);
  sql(db, 'UPDATE permit_uses SET cancelled_at = ?, cancel_note = ? WHERE shipment_id = ?').run(at, note, shipmentId);
  refreshRegisterFindings(db, [shipmentId], [], at);
  return use.permit_id;
}

/** A quantity drawn outside this archive (or given back), recorded against one line of the permit with a note. */
export function addAdjustment(db: Db, number: string, model: string, quantity: number, note: string, at: string): { permit: string; model: string } {
  const permit = requirePermit(db, number);
  const key = modelKey(model);
  const line = lineRecords(db, permit.id).find((l) => l.key === key);
  if (!line) throw new ArchiveError('NOT_FOUND', `Permit ${permit.number} has no line for the model "${model}": give a model the permit lists.`,
    `Giấy phép ${permit.number} không có dòng nào cho model "${model}": hãy nhập một model có trong giấy phép.`);
  if (!Number.isFinite(quantity) || quantity === 0) throw new ArchiveError('INVALID', `An adjustment needs a quantity other than zero, not "${quantity}".`,
    `Điều chỉnh cần một số lượng khác 0, không phải "${quantity}".`);
  if (note.trim() === '') throw new ArchiveError('INVALID', 'An adjustment needs a note saying why (for instance the declaration it was made under).',
    'Điều chỉnh cần ghi chú lý do (ví dụ số tờ khai đã dùng).');
  sql(db, 'INSERT INTO permit_adjustments (permit_line_id, quantity, note, at) VALUES (?, ?, ?, ?)').run(line.id, quantity, note.trim(), at);
  refreshRegisterFindings(db, [], [permit.id], at);
  return { permit: permit.number, model: line.model };
}

/** Schema 4 on an older archive: the permits its folders hold are registered, in the order the folders were added. */
export function backfillPermits(db: Db, at: string): void {
  const rows = sql(db, `SELECT shipment_id, sha256, file_name FROM documents WHERE role = 'permit' ORDER BY shipment_id`).all() as { shipment_id: number; sha256: string; file_name: string }[];
  for (const r of rows) {
    const doc = readDocuments(db, r.shipment_id).find((d) => d.role === 'permit');
    if (!doc) continue;
    linkPermitFile(db, r.shipment_id, doc.parsed, r.sha256, r.file_name, at);
    recomputeDraws(db, r.shipment_id);
  }
  const folders = rows.map((r) => r.shipment_id);
  if (folders.length > 0) refreshRegisterFindings(db, folders);
}

/**
 * Before a folder is disposed of (retention): its draws and use go, the permit it registered stays in the register
 * (other folders may use it) with its copies' bytes, no longer tied to the folder. Returns the permits to refresh:
 * the one it drew on, and any whose copies or registration named it (their register entries name the folder).
 */
export function releaseFolder(db: Db, shipmentId: number): number[] {
  const permits = sql(db, `SELECT permit_id FROM permit_uses WHERE shipment_id = @id UNION SELECT permit_id FROM permit_files WHERE shipment_id = @id
                             UNION SELECT id FROM permits WHERE registered_by = @id`).pluck().all({ id: shipmentId }) as number[];
  sql(db, 'DELETE FROM permit_draws WHERE shipment_id = ?').run(shipmentId);
  sql(db, 'DELETE FROM permit_uses WHERE shipment_id = ?').run(shipmentId);
  sql(db, 'UPDATE permit_files SET shipment_id = NULL WHERE shipment_id = ?').run(shipmentId);
  sql(db, 'UPDATE permits SET registered_by = NULL WHERE registered_by = ?').run(shipmentId);
  return permits;
}

