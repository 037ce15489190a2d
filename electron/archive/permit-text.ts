// The register as `archive permits` (text) lays it out, in English or Vietnamese. Here rather than in the CLI
// because the archive keeps each permit's table in both languages materialised (permit-entries.ts): only the
// line above each table, which counts the days left to today, is written when asked.
import type { Lang } from '../../shared/domain/types.ts';
import { daysBetween } from '../../shared/permits/register.ts';
import { table } from './report.ts';
import type { PermitSummary } from './types.ts';

/** What a permit's first line says: nothing of its lines or draws. */
export type PermitHead = Pick<PermitSummary, 'number' | 'direction' | 'licensee' | 'issueDate' | 'validUntil'>;

const TEXT = {
  en: {
    none: 'The archive holds no permit yet: a permit file imported with a folder registers it.',
    noneMatch: 'No permit matches.',
    head: ['MODEL', 'HS CODE', 'UNIT', 'PERMITTED', 'USED', 'REMAINING', 'DRAWN BY'],
    direction: { import: 'import', export: 'export', null: 'direction not stated' },
    valid: (p: PermitHead, day: string) => p.validUntil === undefined ? 'validity end not read'
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
    valid: (p: PermitHead, day: string) => p.validUntil === undefined ? 'không đọc được ngày hết hiệu lực'
      : p.validUntil < day ? `HẾT HIỆU LỰC ngày ${p.validUntil}` : `hiệu lực đến ${p.validUntil} (còn ${daysBetween(day, p.validUntil)} ngày)`,
    over: 'VƯỢT SỐ LƯỢNG', exhausted: 'đã dùng hết',
    notCounted: (ref: string, q: number, u: string, pu: string) => `không cộng: ${ref} ghi ${q} ${u} trên hóa đơn, giấy phép tính theo ${pu}`,
    adjusted: (q: number, note: string) => `điều chỉnh thủ công: ${q} (${note})`,
    cancelled: (ref: string, note: string) => `đã hủy, hoàn lại số lượng: ${ref}${note ? ` (${note})` : ''}`,
    count: (n: number) => `${n} giấy phép`,
  },
} as const;

/** A permit's first line, as of `day` (its validity end and the days left to it). */
export function permitHeadText(p: PermitHead, lang: Lang, day: string): string {
  const t = TEXT[lang];
  return `${p.number} — ${t.direction[p.direction ?? 'null']}${p.licensee ? `, ${p.licensee}` : ''}; ${p.issueDate ? `${p.issueDate} → ` : ''}${t.valid(p, day)}`;
}

/** A permit's table of lines with what was not counted, adjusted, cancelled: nothing in it depends on the day. */
export function permitBodyText(p: PermitSummary, lang: Lang): string {
  const t = TEXT[lang];
  const rows = p.lines.map((l) => [
    l.model, l.hsCode ?? '', l.unit ?? '', l.permitted === undefined ? '?' : String(l.permitted), String(l.used),
    l.remaining === undefined ? '?' : `${l.remaining}${l.remaining < 0 ? ` ${t.over}` : l.remaining === 0 ? ` ${t.exhausted}` : ''}`,
    l.shipments.map((s) => `${s.ref} (${s.quantity})`).join(', '),
  ]);
  const out = table([...t.head], rows).map((r) => `  ${r}`);
  for (const l of p.lines) {
    for (const n of l.notCounted) out.push(`  ${l.model}: ${t.notCounted(n.ref, n.quantity, n.unit, l.unit ?? '?')}`);
    for (const a of l.adjustments) out.push(`  ${l.model}: ${t.adjusted(a.quantity, a.note)}`);
  }
  for (const c of p.cancelled) out.push(`  ${t.cancelled(c.ref, c.note)}`);
  return out.join('\n');
}

/**
 * The whole text: each permit's first line and body, a blank line after each, the count last (`filtered`: a
 * query that selected none says so, rather than that the register is empty).
 */
export function registerTextParts<T>(entries: readonly { head: string; body: T }[], lang: Lang, filtered: boolean, text: (s: string) => T): T[] {
  const t = TEXT[lang];
  if (entries.length === 0) return [text((filtered ? t.noneMatch : t.none) + '\n')];
  const out: T[] = [];
  for (const e of entries) out.push(text(e.head + '\n'), e.body, text('\n\n'));
  out.push(text(t.count(entries.length) + '\n'));
  return out;
}

export function permitsText(permits: PermitSummary[], lang: Lang, day: string, filtered: boolean): string {
  return registerTextParts(permits.map((p) => ({ head: permitHeadText(p, lang, day), body: permitBodyText(p, lang) })), lang, filtered, (s) => s).join('');
}
