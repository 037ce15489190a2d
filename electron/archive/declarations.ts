// Customs declarations of folders and the retention period they start (Law on Customs 54/2014, Art. 18:
// records are kept 5 years from the declaration's registration). The period is a per-archive setting,
// e.g. 10 years where the folders also serve as accounting vouchers (Law on Accounting 88/2015, Art. 41).
import { isValidIsoDate } from '../../shared/parse/date.ts';
import { ArchiveError } from './types.ts';
import { sql, type Db } from './sql.ts';

export const DEFAULT_RETENTION_YEARS = 5;
const RETENTION_KEY = 'retention_years';

export interface Declaration {
  number: string;
  declaredOn: string;
  office: string | null;
  paper: boolean;
  outageId: number | null;
  electronicNumber: string | null;
  reenteredAt: string | null;
  recordedAt: string;
}

export interface DeclarationInput {
  number: string;
  declaredOn: string;
  office?: string;
  paper?: boolean;
}

interface Row {
  number: string; declared_on: string; office: string | null; paper: number; outage_id: number | null;
  electronic_number: string | null; reentered_at: string | null; recorded_at: string;
}

const toDeclaration = (r: Row): Declaration => ({
  number: r.number, declaredOn: r.declared_on, office: r.office, paper: r.paper === 1, outageId: r.outage_id,
  electronicNumber: r.electronic_number, reenteredAt: r.reentered_at, recordedAt: r.recorded_at,
});

/**
 * `date` + `years` years. A declaration registered on 29 February is kept until 28 February of a year that has
 * no 29 February: a period counted in years ends on the same day of the last year, or on the last day of that
 * month when it has no such day (Civil Code 91/2015, Art. 148), never spilling over into March.
 */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function retentionYears(db: Db): number {
  const v = sql(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(RETENTION_KEY) as string | undefined;
  return v === undefined ? DEFAULT_RETENTION_YEARS : Number(v);
}

export function setRetentionYears(db: Db, years: number, at: string): void {
  if (!Number.isInteger(years) || years < DEFAULT_RETENTION_YEARS || years > 100) {
    throw new ArchiveError('INVALID', `The retention period must be a whole number of years from ${DEFAULT_RETENTION_YEARS} (the Law on Customs' minimum) to 100, not "${years}".`,
      `Thời hạn lưu trữ phải là số năm nguyên từ ${DEFAULT_RETENTION_YEARS} (mức tối thiểu theo Luật Hải quan) đến 100, không phải "${years}".`);
  }
  sql(db, `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`).run(RETENTION_KEY, String(years), at);
}

export function readDeclaration(db: Db, shipmentId: number): Declaration | undefined {
  const r = sql(db, 'SELECT * FROM declarations WHERE shipment_id = ?').get(shipmentId) as Row | undefined;
  return r ? toDeclaration(r) : undefined;
}

export function validateDeclaration(d: DeclarationInput): void {
  if (d.number.trim() === '' || d.number.length > 60 || /[\u0000-\u001f\u007f]/.test(d.number)) {
    throw new ArchiveError('INVALID', `The declaration number "${d.number}" cannot be used: give the number as registered (1 to 60 characters).`,
      `Không thể dùng số tờ khai "${d.number}": hãy nhập số tờ khai như đã đăng ký (từ 1 đến 60 ký tự).`);
  }
  if (!isValidIsoDate(d.declaredOn)) {
    throw new ArchiveError('INVALID', `The declaration date "${d.declaredOn}" is not a day written YYYY-MM-DD.`,
      `Ngày đăng ký tờ khai "${d.declaredOn}" không phải là một ngày viết theo dạng YYYY-MM-DD.`);
  }
  if (d.office !== undefined && (d.office.trim() === '' || d.office.length > 40)) {
    throw new ArchiveError('INVALID', `The customs office "${d.office}" cannot be used: give its code (e.g. 03CC), up to 40 characters.`,
      `Không thể dùng mã chi cục hải quan "${d.office}": hãy nhập mã chi cục (ví dụ 03CC), tối đa 40 ký tự.`);
  }
}

/** The outage whose period covers `day` (the latest that began, when several do), or null. */
export function outageCovering(db: Db, day: string): number | null {
  return (sql(db, `SELECT id FROM outages WHERE substr(from_at, 1, 10) <= @day AND (to_at IS NULL OR substr(to_at, 1, 10) >= @day)
                     ORDER BY from_at DESC, id DESC LIMIT 1`).pluck().get({ day }) as number | undefined) ?? null;
}

/** Records (or corrects) the folder's declaration; a paper one is tied to the outage covering its date. */
export function putDeclaration(db: Db, shipmentId: number, d: DeclarationInput, at: string): Declaration {
  const outageId = d.paper ? outageCovering(db, d.declaredOn) : null;
  sql(db, `INSERT INTO declarations (shipment_id, number, declared_on, office, paper, outage_id, recorded_at)
             VALUES (@id, @number, @declaredOn, @office, @paper, @outageId, @at)
             ON CONFLICT (shipment_id) DO UPDATE SET number = excluded.number, declared_on = excluded.declared_on,
               office = excluded.office, paper = excluded.paper, outage_id = excluded.outage_id,
               electronic_number = NULL, reentered_at = NULL, recorded_at = excluded.recorded_at`)
    .run({ id: shipmentId, number: d.number, declaredOn: d.declaredOn, office: d.office ?? null, paper: d.paper ? 1 : 0, outageId, at });
  return readDeclaration(db, shipmentId)!;
}

/** Every declared folder's declaration number and keep-until, by reference (for lists: one query, not one per row). */
export function declaredFolders(db: Db): Map<string, { number: string; keepUntil: string }> {
  const years = retentionYears(db);
  const rows = sql(db, 'SELECT s.ref, d.number, d.declared_on FROM declarations d JOIN shipments s ON s.id = d.shipment_id').all() as
    { ref: string; number: string; declared_on: string }[];
  return new Map(rows.map((r) => [r.ref, { number: r.number, keepUntil: addYears(r.declared_on, years) }]));
}

/** Declaration numbers (paper and electronic) for the search index; none before schema 5 exists. */
export function declarationNumbers(db: Db, shipmentId: number): string[] {
  if (!hasDeclarations(db)) return [];
  const r = sql(db, 'SELECT number, electronic_number FROM declarations WHERE shipment_id = ?').get(shipmentId) as
    { number: string; electronic_number: string | null } | undefined;
  return r ? [r.number, ...(r.electronic_number ? [r.electronic_number] : [])] : [];
}

const known = new WeakMap<Db, boolean>();
export function hasDeclarations(db: Db): boolean {
  // Only a "yes" is cached: a migration running later on the same connection creates the table.
  if (known.get(db)) return true;
  const yes = !!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'declarations'`).get();
  if (yes) known.set(db, true);
  return yes;
}

/** Keep-until of the given folders that are declared (the shipments list's column: one page of refs at a time). */
export function keepUntilOf(db: Db, refs: string[]): Map<string, string> {
  if (refs.length === 0 || !hasDeclarations(db)) return new Map();
  const years = retentionYears(db);
  const rows = sql(db, `SELECT s.ref, d.declared_on FROM declarations d JOIN shipments s ON s.id = d.shipment_id
                          WHERE s.ref IN (SELECT value FROM json_each(?))`).all(JSON.stringify(refs)) as { ref: string; declared_on: string }[];
  return new Map(rows.map((r) => [r.ref, addYears(r.declared_on, years)]));
}
