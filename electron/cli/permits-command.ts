// `dossier archive permits | cancel | permit-adjust`: the permit register on the command line.
// Arguments → archive calls → text or the contract's JSON. No SQL and no register logic here.
import type { Lang } from '../../shared/domain/types.ts';
import { isValidIsoDate } from '../../shared/parse/date.ts';
import { daysBetween } from '../../shared/permits/register.ts';
import { openArchive, type PermitSummary } from '../archive/index.ts';
import { table } from '../archive/report.ts';
import type { Io } from './io.ts';
import { today } from './io.ts';
import { choice, noExtra, parse, UsageError } from './archive-args.ts';
import { cliPassphrase } from './passphrase.ts';

// The contract's JSON is written by the archive, which keeps it materialised; tests and the bench still reach it here.
export { permitsJson, permitsJsonText, SHIPMENTS_DEPTH } from '../archive/index.ts';

export const PERMITS_USAGE = `  dossier archive permits ARCHIVE.sqlite [NUMBER] [--expiring-within DAYS] [--format json|text] [--lang en|vi]
  dossier archive cancel ARCHIVE.sqlite REF --note TEXT
  dossier archive permit-adjust ARCHIVE.sqlite NUMBER --model MODEL --quantity Q --note TEXT`;

/** Today as the contract means it: DOSSIER_CHECK_DATE when set (an archivist's "as of"), else the local day. */
function checkDay(): string {
  const pinned = process.env.DOSSIER_CHECK_DATE?.trim();
  if (!pinned) return today();
  if (!isValidIsoDate(pinned)) throw new UsageError(`DOSSIER_CHECK_DATE must be a day written YYYY-MM-DD, not "${pinned}".`);
  return pinned;
}

const TEXT = {
  en: {
    none: 'The archive holds no permit yet: a permit file imported with a folder registers it.',
    noneMatch: 'No permit matches.',
    head: ['MODEL', 'HS CODE', 'UNIT', 'PERMITTED', 'USED', 'REMAINING', 'DRAWN BY'],
    direction: { import: 'import', export: 'export', null: 'direction not stated' },
    valid: (p: PermitSummary, day: string) => p.validUntil === undefined ? 'validity end not read'
      : p.validUntil < day ? `EXPIRED on ${p.validUntil}` : `valid until ${p.validUntil} (${daysBetween(day, p.validUntil)} days left)`,
    over: 'OVER-DRAWN', exhausted: 'exhausted',
    notCounted: (ref: string, q: number, u: string, pu: string) => `not counted: ${ref} invoices ${q} ${u}, the permit counts in ${pu}`,
    adjusted: (q: number, note: string) => `adjusted by hand: ${q} (${note})`,
    cancelled: (ref: string, note: string) => `cancelled, draw released: ${ref}${note ? ` (${note})` : ''}`,
    count: (n: number) => `${n} permit(s)`,
  },
  vi: {
    none: 'Kho hồ sơ chưa có giấy phép nào: giấy phép được đăng ký khi nhập tệp giấy phép cùng một lô hàng.',
    noneMatch: 'Không có giấy phép nào phù hợp.',
    head: ['MODEL', 'MÃ HS', 'ĐVT', 'ĐƯỢC PHÉP', 'ĐÃ DÙNG', 'CÒN LẠI', 'CÁC LÔ ĐÃ TRỪ'],
    direction: { import: 'nhập khẩu', export: 'xuất khẩu', null: 'không ghi loại hình' },
    valid: (p: PermitSummary, day: string) => p.validUntil === undefined ? 'không đọc được ngày hết hiệu lực'
      : p.validUntil < day ? `HẾT HIỆU LỰC ngày ${p.validUntil}` : `hiệu lực đến ${p.validUntil} (còn ${daysBetween(day, p.validUntil)} ngày)`,
    over: 'VƯỢT SỐ LƯỢNG', exhausted: 'đã dùng hết',
    notCounted: (ref: string, q: number, u: string, pu: string) => `không cộng: ${ref} ghi ${q} ${u} trên hóa đơn, giấy phép tính theo ${pu}`,
    adjusted: (q: number, note: string) => `điều chỉnh thủ công: ${q} (${note})`,
    cancelled: (ref: string, note: string) => `đã hủy, hoàn lại số lượng: ${ref}${note ? ` (${note})` : ''}`,
    count: (n: number) => `${n} giấy phép`,
  },
} as const;

export function permitsText(permits: PermitSummary[], lang: Lang, day: string, filtered: boolean): string {
  const t = TEXT[lang];
  if (permits.length === 0) return (filtered ? t.noneMatch : t.none) + '\n';
  const out: string[] = [];
  for (const p of permits) {
    out.push(`${p.number} — ${t.direction[p.direction ?? 'null']}${p.licensee ? `, ${p.licensee}` : ''}; ${p.issueDate ? `${p.issueDate} → ` : ''}${t.valid(p, day)}`);
    const rows = p.lines.map((l) => [
      l.model, l.hsCode ?? '', l.unit ?? '', l.permitted === undefined ? '?' : String(l.permitted), String(l.used),
      l.remaining === undefined ? '?' : `${l.remaining}${l.remaining < 0 ? ` ${t.over}` : l.remaining === 0 ? ` ${t.exhausted}` : ''}`,
      l.shipments.map((s) => `${s.ref} (${s.quantity})`).join(', '),
    ]);
    out.push(...table([...t.head], rows).map((r) => `  ${r}`));
    for (const l of p.lines) {
      for (const n of l.notCounted) out.push(`  ${l.model}: ${t.notCounted(n.ref, n.quantity, n.unit, l.unit ?? '?')}`);
      for (const a of l.adjustments) out.push(`  ${l.model}: ${t.adjusted(a.quantity, a.note)}`);
    }
    for (const c of p.cancelled) out.push(`  ${t.cancelled(c.ref, c.note)}`);
    out.push('');
  }
  out.push(t.count(permits.length));
  return out.join('\n') + '\n';
}

export function permitsCmd(args: string[], io: Io): number {
  const { values, positionals } = parse(args, {
    'expiring-within': { type: 'string' }, format: { type: 'string' }, lang: { type: 'string' },
  }, ['ARCHIVE']);
  noExtra(positionals, 2);
  const format = choice(values.format as string | undefined, ['text', 'json'] as const, 'text', '--format');
  const lang = choice(values.lang as string | undefined, ['en', 'vi'] as const, 'en', '--lang') as Lang;
  const within = values['expiring-within'] as string | undefined;
  if (within !== undefined && !/^\d{1,5}$/.test(within.trim())) throw new UsageError(`--expiring-within must be a whole number of days, not "${within}".`);
  const day = checkDay();
  const query = {
    ...(positionals[1] !== undefined ? { number: positionals[1] } : {}),
    ...(within !== undefined ? { expiringWithin: Number(within), today: day } : {}),
  };
  const archive = openArchive(positionals[0], { passphrase: cliPassphrase() });
  let json: { bytes: Buffer; count: number } | undefined;
  let permits: PermitSummary[] = [];
  try {
    // JSON: the entries the archive keeps as printed, as bytes; text: the register read and laid out here.
    if (format === 'json') json = archive.permitsJson(query);
    else permits = archive.listPermits(query);
  } finally {
    archive.close();
  }
  if (positionals[1] !== undefined && (json?.count ?? permits.length) === 0 && within === undefined) {
    throw new UsageError(`${positionals[0]} has no permit numbered "${positionals[1]}" in its register (dossier archive permits lists them).`);
  }
  if (!json) io.stdout(permitsText(permits, lang, day, positionals[1] !== undefined || within !== undefined));
  else if (io.stdoutBytes) io.stdoutBytes(json.bytes);
  else io.stdout(json.bytes.toString('utf8'));
  return 0;
}

export function cancelCmd(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { note: { type: 'string' } }, ['ARCHIVE', 'REF']);
  noExtra(positionals, 2);
  const note = (values.note as string | undefined)?.trim();
  if (!note) throw new UsageError('cancel needs --note TEXT saying why the shipment will not go ahead (it stays in the audit trail).');
  const archive = openArchive(positionals[0], { passphrase: cliPassphrase() });
  try {
    archive.cancelShipment(positionals[1], note);
  } finally {
    archive.close();
  }
  io.stdout(`Cancelled ${positionals[1]}: its draw on its permit is released (recorded in the audit trail).\n`);
  return 0;
}

export function adjustCmd(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { model: { type: 'string' }, quantity: { type: 'string' }, note: { type: 'string' } }, ['ARCHIVE', 'NUMBER']);
  noExtra(positionals, 2);
  const model = values.model as string | undefined;
  const q = values.quantity as string | undefined;
  const note = (values.note as string | undefined)?.trim();
  if (!model) throw new UsageError('permit-adjust needs --model MODEL, a model the permit lists.');
  if (q === undefined || !/^-?\d+(\.\d+)?$/.test(q.trim()) || Number(q) === 0) throw new UsageError(`--quantity must be a number other than 0 (negative gives back), not "${q ?? ''}".`);
  if (!note) throw new UsageError('permit-adjust needs --note TEXT saying where the goods were declared (it stays in the audit trail).');
  const archive = openArchive(positionals[0], { passphrase: cliPassphrase() });
  try {
    archive.adjustPermit(positionals[1], model, Number(q), note);
  } finally {
    archive.close();
  }
  io.stdout(`Adjusted permit ${positionals[1]}, ${model}: ${q} (recorded in the audit trail).\n`);
  return 0;
}
