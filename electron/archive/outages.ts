// The outage register: VNACCS/VCIS down, declarations made on paper or on the backup system (Decision
// 2538/QĐ-TCHQ), each to be entered electronically once the system is back.
import { isValidIsoDate } from '../../shared/parse/date.ts';
import { ArchiveError } from './types.ts';
import { sql, type Db } from './sql.ts';

export interface Outage {
  id: number;
  from: string;
  to: string | null;
  notice: string | null;
  declarations: { ref: string; number: string; declaredOn: string; reentered: boolean; electronicNumber: string | null; reenteredAt: string | null }[];
}

/** 'YYYY-MM-DD HH:MM', the way customs notices state an outage (local time). */
function checkStamp(text: string, flag: string): void {
  const m = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d$/.exec(text);
  if (!m || !isValidIsoDate(m[1])) {
    throw new ArchiveError('INVALID', `${flag} "${text}" is not a time written "YYYY-MM-DD HH:MM" (e.g. "2026-11-20 08:30").`,
      `${flag} "${text}" không phải là thời điểm viết theo dạng "YYYY-MM-DD HH:MM" (ví dụ "2026-11-20 08:30").`);
  }
}

export function insertOutage(db: Db, from: string, to: string | undefined, notice: string | undefined, at: string): { id: number; tied: string[] } {
  checkStamp(from, '--from');
  if (to !== undefined) {
    checkStamp(to, '--to');
    if (to < from) throw new ArchiveError('INVALID', `The outage ends (${to}) before it begins (${from}): check --from and --to.`,
      `Thời điểm kết thúc sự cố (${to}) trước thời điểm bắt đầu (${from}): hãy kiểm tra lại --from và --to.`);
  }
  const id = Number(sql(db, 'INSERT INTO outages (from_at, to_at, notice, recorded_at) VALUES (?, ?, ?, ?)')
    .run(from, to ?? null, notice ?? null, at).lastInsertRowid);
  // Paper declarations recorded before their outage was: tie them now.
  const tied = sql(db, `SELECT s.ref FROM declarations d JOIN shipments s ON s.id = d.shipment_id
      WHERE d.paper = 1 AND d.outage_id IS NULL AND d.declared_on >= substr(@from, 1, 10)
        AND (@to IS NULL OR d.declared_on <= substr(@to, 1, 10)) ORDER BY s.ref`).pluck().all({ from, to: to ?? null }) as string[];
  sql(db, `UPDATE declarations SET outage_id = @id WHERE paper = 1 AND outage_id IS NULL AND declared_on >= substr(@from, 1, 10)
             AND (@to IS NULL OR declared_on <= substr(@to, 1, 10))`).run({ id, from, to: to ?? null });
  return { id, tied };
}

export function listOutages(db: Db): Outage[] {
  const outages = sql(db, 'SELECT id, from_at, to_at, notice FROM outages ORDER BY from_at, id').all() as
    { id: number; from_at: string; to_at: string | null; notice: string | null }[];
  const decls = sql(db, `SELECT s.ref, d.number, d.declared_on, d.electronic_number, d.reentered_at FROM declarations d
      JOIN shipments s ON s.id = d.shipment_id WHERE d.outage_id = ? ORDER BY d.declared_on, s.ref`);
  return outages.map((o) => ({
    id: o.id, from: o.from_at, to: o.to_at, notice: o.notice,
    declarations: (decls.all(o.id) as { ref: string; number: string; declared_on: string; electronic_number: string | null; reentered_at: string | null }[])
      .map((d) => ({ ref: d.ref, number: d.number, declaredOn: d.declared_on, reentered: d.electronic_number !== null,
        electronicNumber: d.electronic_number, reenteredAt: d.reentered_at })),
  }));
}

/** Records that the folder's paper declaration was entered electronically as `number`. */
export function markReentered(db: Db, shipmentId: number, ref: string, number: string, at: string): { paperNumber: string; outageId: number | null } {
  if (number.trim() === '' || number.length > 60) throw new ArchiveError('INVALID', `The electronic declaration number "${number}" cannot be used: give the number VNACCS gave (1 to 60 characters).`,
    `Không thể dùng số tờ khai điện tử "${number}": hãy nhập số do VNACCS cấp (từ 1 đến 60 ký tự).`);
  const d = sql(db, 'SELECT number, paper, outage_id FROM declarations WHERE shipment_id = ?').get(shipmentId) as
    { number: string; paper: number; outage_id: number | null } | undefined;
  if (!d || d.paper !== 1) throw new ArchiveError('INVALID', `Folder ${ref} has no paper declaration to re-enter: record it first with "dossier archive declare ... --paper".`,
    `Thư mục ${ref} không có tờ khai giấy nào cần nhập lại: hãy ghi nhận trước bằng lệnh "dossier archive declare ... --paper".`);
  sql(db, 'UPDATE declarations SET electronic_number = ?, reentered_at = ? WHERE shipment_id = ?').run(number, at, shipmentId);
  return { paperNumber: d.number, outageId: d.outage_id };
}
