// The permit register's screen strings, in both languages (kept beside en.ts / vi.ts so those stay small).
import type { Lang } from '../../../shared/domain/types.ts';
import type { PermitFlag } from '../../../shared/ipc/contract.ts';
import { useStore } from '../store/index.ts';

const en = {
  nav: 'Permits',
  title: 'Permit register',
  intro: 'Each permit once, however many shipments use it: what it allows, what the shipments drew, what is left.',
  none: 'No permit registered yet: importing a permit file into a shipment folder registers it.',
  expiringOnly: (days: number) => `Only those ending within ${days} days`,
  direction: { import: 'Import permit', export: 'Export permit', null: 'Direction not stated on the permit' },
  issued: (d: string) => `issued ${d}`,
  validUntil: (d: string, left: number) => (left < 0 ? `expired on ${d}` : `valid until ${d} (${left} day${left === 1 ? '' : 's'} left)`),
  validityUnknown: 'validity end not read',
  registeredBy: (ref: string) => `registered from ${ref}`,
  head: { model: 'Model', hs: 'HS code', permitted: 'Permitted', used: 'Used', remaining: 'Remaining', drawnBy: 'Drawn by' },
  unknownQty: 'not read',
  flag: { expired: 'Expired', expiring: 'Expires soon', overdrawn: 'Over-drawn', exhausted: 'Exhausted' } as Record<PermitFlag | 'exhausted', string>,
  notCounted: (ref: string, q: number, unit: string) => `${ref}: ${q} ${unit} not counted (another unit than the permit's)`,
  adjusted: (q: number, note: string) => `adjusted by hand: ${q} — ${note}`,
  cancelled: (ref: string, note: string) => `${ref} cancelled, draw released${note ? ` — ${note}` : ''}`,
  // In a folder
  folderPermit: 'Permit',
  usesPermit: (n: string, via: 'file' | 'number') => (via === 'file' ? `${n} (from this folder's permit file)` : `${n} (registered permit, used by number)`),
  useRegistered: 'Use a registered permit',
  useRegisteredHint: 'A later shipment under a permit already in the register: no file needed, its quantities are drawn from the same permit.',
  choosePermit: 'Registered permit',
  use: 'Use',
  noRegistered: 'No permit is registered in this archive yet.',
  cancelledFolder: 'cancelled: draws nothing',
};

type PermitDict = typeof en;

const vi: PermitDict = {
  nav: 'Giấy phép',
  title: 'Sổ giấy phép',
  intro: 'Mỗi giấy phép một lần, dù bao nhiêu lô hàng dùng: được phép bao nhiêu, các lô đã trừ bao nhiêu, còn lại bao nhiêu.',
  none: 'Chưa có giấy phép nào được đăng ký: nhập tệp giấy phép vào một thư mục lô hàng để đăng ký.',
  expiringOnly: (days: number) => `Chỉ những giấy phép hết hiệu lực trong ${days} ngày`,
  direction: { import: 'Giấy phép nhập khẩu', export: 'Giấy phép xuất khẩu', null: 'Giấy phép không ghi loại hình' },
  issued: (d: string) => `cấp ngày ${d}`,
  validUntil: (d: string, left: number) => (left < 0 ? `hết hiệu lực ngày ${d}` : `hiệu lực đến ${d} (còn ${left} ngày)`),
  validityUnknown: 'không đọc được ngày hết hiệu lực',
  registeredBy: (ref: string) => `đăng ký từ ${ref}`,
  head: { model: 'Model', hs: 'Mã HS', permitted: 'Được phép', used: 'Đã dùng', remaining: 'Còn lại', drawnBy: 'Các lô đã trừ' },
  unknownQty: 'không đọc được',
  flag: { expired: 'Hết hiệu lực', expiring: 'Sắp hết hiệu lực', overdrawn: 'Vượt số lượng', exhausted: 'Đã dùng hết' },
  notCounted: (ref: string, q: number, unit: string) => `${ref}: ${q} ${unit} không được cộng (khác đơn vị tính của giấy phép)`,
  adjusted: (q: number, note: string) => `điều chỉnh thủ công: ${q} — ${note}`,
  cancelled: (ref: string, note: string) => `${ref} đã hủy, hoàn lại số lượng${note ? ` — ${note}` : ''}`,
  folderPermit: 'Giấy phép',
  usesPermit: (n: string, via: 'file' | 'number') => (via === 'file' ? `${n} (theo tệp giấy phép của lô này)` : `${n} (giấy phép đã đăng ký, dùng theo số)`),
  useRegistered: 'Dùng giấy phép đã đăng ký',
  useRegisteredHint: 'Lô hàng sau của một giấy phép đã có trong sổ: không cần tệp, số lượng được trừ vào cùng giấy phép.',
  choosePermit: 'Giấy phép đã đăng ký',
  use: 'Dùng',
  noRegistered: 'Kho hồ sơ chưa có giấy phép nào được đăng ký.',
  cancelledFolder: 'đã hủy: không trừ số lượng',
};

export const PERMIT_DICTS: Record<Lang, PermitDict> = { en, vi };

export function usePermitT(): PermitDict {
  return PERMIT_DICTS[useStore((s) => s.lang)];
}
