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
  cancelledOn: (day: string, note: string) => `cancelled on ${day}, its draw released${note ? ` — ${note}` : ''}`,
  shortHead: 'The permit\'s balance is exceeded:',
  shortLine: (model: string, permitted: number, used: number, over: number, unit: string) =>
    `${model} — ${permitted} ${unit} permitted, ${used} drawn in all, ${over} over`,
  num: (n: number) => String(n),
  cancelDraw: 'Cancel this shipment\'s draw',
  cancelExplain: (ref: string, permit: string) => `${ref} will not go ahead: its quantities go back to permit ${permit}. The cancellation and its reason stay in the audit trail and cannot be undone; a shipment that goes ahead after all is entered as a new folder.`,
  cancelReason: 'Reason (kept in the audit trail)',
  confirmCancel: 'Cancel the draw',
  keepDraw: 'Keep it',
  adjust: 'Add an adjustment',
  adjustExplain: 'Goods declared outside this archive (for instance under a declaration made before it): drawn from the line; a negative quantity gives back.',
  adjustModel: 'Model',
  adjustQuantity: 'Quantity',
  adjustNote: 'Note (where the goods were declared)',
  adjustSave: 'Record the adjustment',
  adjustClose: 'Close',
  adjustBadQuantity: 'Enter a number other than 0, e.g. 3 or -1.5.',
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
  notCounted: (ref: string, q: number, unit: string) => `${ref}: ${viNum(q)} ${unit} không được cộng (khác đơn vị tính của giấy phép)`,
  adjusted: (q: number, note: string) => `điều chỉnh thủ công: ${viNum(q)} — ${note}`,
  cancelled: (ref: string, note: string) => `${ref} đã hủy, hoàn lại số lượng${note ? ` — ${note}` : ''}`,
  folderPermit: 'Giấy phép',
  usesPermit: (n: string, via: 'file' | 'number') => (via === 'file' ? `${n} (theo tệp giấy phép của lô này)` : `${n} (giấy phép đã đăng ký, dùng theo số)`),
  useRegistered: 'Dùng giấy phép đã đăng ký',
  useRegisteredHint: 'Lô hàng sau của một giấy phép đã có trong sổ: không cần tệp, số lượng được trừ vào cùng giấy phép.',
  choosePermit: 'Giấy phép đã đăng ký',
  use: 'Dùng',
  noRegistered: 'Kho hồ sơ chưa có giấy phép nào được đăng ký.',
  cancelledFolder: 'đã hủy: không trừ số lượng',
  cancelledOn: (day: string, note: string) => `đã hủy ngày ${day}, số lượng đã hoàn lại${note ? ` — ${note}` : ''}`,
  shortHead: 'Vượt số lượng còn lại của giấy phép:',
  shortLine: (model: string, permitted: number, used: number, over: number, unit: string) =>
    `${model} — được phép ${viNum(permitted)} ${unit}, đã trừ tổng cộng ${viNum(used)}, vượt ${viNum(over)}`,
  num: viNum,
  cancelDraw: 'Hủy số lượng đã trừ của lô này',
  cancelExplain: (ref: string, permit: string) => `Lô ${ref} sẽ không thực hiện: số lượng được hoàn lại cho giấy phép ${permit}. Việc hủy và lý do được lưu trong nhật ký, không thể hoàn tác; nếu lô hàng vẫn thực hiện thì nhập thành một thư mục mới.`,
  cancelReason: 'Lý do (lưu trong nhật ký)',
  confirmCancel: 'Hủy số lượng đã trừ',
  keepDraw: 'Giữ nguyên',
  adjust: 'Thêm điều chỉnh',
  adjustExplain: 'Hàng đã khai báo ngoài kho hồ sơ này (ví dụ theo tờ khai trước đó): được trừ vào dòng giấy phép; số âm là hoàn lại.',
  adjustModel: 'Model',
  adjustQuantity: 'Số lượng',
  adjustNote: 'Ghi chú (hàng đã khai báo ở đâu)',
  adjustSave: 'Ghi điều chỉnh',
  adjustClose: 'Đóng',
  adjustBadQuantity: 'Nhập một số khác 0, ví dụ 3 hoặc -1,5.',
};

/** Quantities as Vietnamese write them: decimal comma. */
function viNum(n: number): string {
  return String(n).replace('.', ',');
}

export const PERMIT_DICTS: Record<Lang, PermitDict> = { en, vi };

export function usePermitT(): PermitDict {
  return PERMIT_DICTS[useStore((s) => s.lang)];
}
