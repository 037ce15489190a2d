// UI strings for replacing a document (confirm, what changed, old versions) and for changing acknowledgements
// (edit, withdraw, re-opened, group), kept beside en.ts/vi.ts; both languages have every key.
import type { HeaderKey, Lang } from '../../../shared/domain/types.ts';
import { useStore } from '../store/index.ts';
import { dayEn, dayVi, momentEn, momentVi } from './dates.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A value as the declarant writes it: dates 28/11/2026 (vi), decimal comma 126,5 (vi). */
const valueIn = (lang: Lang) => (v: string | number | null): string => {
  if (v === null) return '—';
  if (typeof v === 'number') return v.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 6 });
  if (ISO_DAY.test(v)) return lang === 'vi' ? dayVi(v) : dayEn(v);
  return v;
};

const en = {
  confirmTitle: 'Replace a document?',
  confirmText: (role: string, old: string, next: string) => `The folder already has a ${role}: ${old}. Replace it with ${next}?`,
  confirmKeep: 'The old file stays in the folder\'s history; acknowledgements whose cells change are re-opened.',
  confirmReplace: 'Replace',
  cancel: 'Cancel',
  changedTitle: (role: string, old: string, next: string) => `What changed in the ${role}: ${old} → ${next}`,
  noChange: 'No value read from the file changed.',
  unchanged: (n: number) => (n === 1 ? '1 other line is the same.' : `${n.toLocaleString('en')} other lines are the same.`),
  headerChanged: 'Document header',
  lineChanged: (model: string, row: number) => `${model}, row ${row}`,
  lineAdded: 'Line added',
  lineRemoved: 'Line removed',
  noModel: '(no model)',
  reopenedCount: (n: number) => (n === 1 ? '1 acknowledgement re-opened: its cells changed.' : `${n} acknowledgements re-opened: their cells changed.`),
  close: 'Close',
  headerName: {
    number: 'Number', date: 'Date', currency: 'Currency', total: 'Total', total_packages: 'Total packages', total_net_weight: 'Total net weight',
    total_gross_weight: 'Total gross weight', issue_date: 'Issue date', valid_until: 'Valid until', licensee: 'Licensee',
  } as Record<HeaderKey, string>,
  versionsTitle: 'Replaced documents',
  versionsIntro: 'Each file a newer one replaced, kept byte for byte with what was read from it.',
  versionReplaced: (by: string, at: string) => `replaced ${momentEn(at)}${by ? ` by ${by}` : ''}`,
  versionBy: (next: string) => `by ${next}`,
  open: 'Open',
  versionRead: (file: string, n: number) => `What was read from ${file} (${n === 1 ? '1 line' : `${n.toLocaleString('en')} lines`})`,
  truncated: (shown: number, n: number) => `The first ${shown.toLocaleString('en')} of ${n.toLocaleString('en')} lines are shown.`,
  diffToNext: (next: string) => `What changed in ${next}, the file after it`,
  row: 'Row',
  reopened: (file: string, cells: string) => `Re-opened: its cells changed in ${file} (${cells}).`,
  reopenedShort: 're-opened',
  reopenedWas: (by: string, at: string, note: string) => `It had been acknowledged by ${by} on ${momentEn(at)}: “${note}”`,
  edit: 'Edit note',
  withdraw: 'Withdraw',
  save: 'Save note',
  newNote: 'New note (the old one stays in the audit trail)',
  withdrawConfirm: 'Withdraw this acknowledgement? The finding is open again; the trail keeps the note.',
  select: (title: string) => `Select: ${title}`,
  selectGroup: (group: string) => `Select all open in ${group}`,
  selected: (n: number) => (n === 1 ? '1 finding selected' : `${n.toLocaleString('en')} findings selected`),
  groupNote: 'One note for all of them',
  groupAck: (n: number) => `Acknowledge ${n}`,
  clearSelection: 'Clear',
  value: valueIn('en'),
  moment: (ts: string) => momentEn(ts),
  auditReopened: (code: string, model: string | undefined, cells: string, file: string, note: string) =>
    `${code}${model ? ` on ${model}` : ''}: re-opened because cells ${cells} changed in ${file} (the note was “${note}”)`,
  auditEdited: (code: string, model: string | undefined, by: string, from: string, to: string) =>
    `${code}${model ? ` on ${model}` : ''}, by ${by}: “${from}” → “${to}”`,
  auditWithdrawn: (code: string, model: string | undefined, by: string, note: string) =>
    `${code}${model ? ` on ${model}` : ''}, by ${by}; the note was “${note}”`,
  auditGroup: (n: number) => ` (one of ${n} acknowledged together)`,
  auditReplaced: (old: string) => `, replacing ${old} (kept in the history)`,
};

export type ReplaceDict = typeof en;

const vi: ReplaceDict = {
  confirmTitle: 'Thay chứng từ?',
  confirmText: (role, old, next) => `Thư mục đã có ${role.toLowerCase()}: ${old}. Thay bằng ${next}?`,
  confirmKeep: 'Tệp cũ vẫn được giữ trong lịch sử của thư mục; các xác nhận có ô bị thay đổi sẽ được mở lại.',
  confirmReplace: 'Thay',
  cancel: 'Hủy',
  changedTitle: (role, old, next) => `Thay đổi trong ${role.toLowerCase()}: ${old} → ${next}`,
  noChange: 'Không có giá trị nào đọc từ tệp bị thay đổi.',
  unchanged: (n) => `${n.toLocaleString('vi')} dòng còn lại không đổi.`,
  headerChanged: 'Phần đầu chứng từ',
  lineChanged: (model, row) => `${model}, dòng ${row}`,
  lineAdded: 'Dòng thêm mới',
  lineRemoved: 'Dòng bị bỏ',
  noModel: '(không có model)',
  reopenedCount: (n) => `${n} xác nhận được mở lại: ô tham chiếu đã thay đổi.`,
  close: 'Đóng',
  headerName: {
    number: 'Số', date: 'Ngày', currency: 'Loại tiền', total: 'Tổng trị giá', total_packages: 'Tổng số kiện', total_net_weight: 'Tổng trọng lượng tịnh',
    total_gross_weight: 'Tổng trọng lượng cả bì', issue_date: 'Ngày cấp', valid_until: 'Có giá trị đến', licensee: 'Doanh nghiệp được cấp phép',
  },
  versionsTitle: 'Chứng từ đã được thay',
  versionsIntro: 'Mỗi tệp đã được thay bằng tệp mới hơn, giữ nguyên từng byte cùng với dữ liệu đã đọc.',
  versionReplaced: (by, at) => `thay lúc ${momentVi(at)}${by ? ` bởi ${by}` : ''}`,
  versionBy: (next) => `bằng ${next}`,
  open: 'Xem',
  versionRead: (file, n) => `Dữ liệu đã đọc từ ${file} (${n.toLocaleString('vi')} dòng)`,
  truncated: (shown, n) => `Hiển thị ${shown.toLocaleString('vi')} dòng đầu trên ${n.toLocaleString('vi')} dòng.`,
  diffToNext: (next) => `Thay đổi trong ${next}, tệp thay thế`,
  row: 'Dòng',
  reopened: (file, cells) => `Đã mở lại: ô tham chiếu thay đổi trong ${file} (${cells}).`,
  reopenedShort: 'mở lại',
  reopenedWas: (by, at, note) => `Trước đó đã được ${by} chấp nhận lúc ${momentVi(at)}: “${note}”`,
  edit: 'Sửa ghi chú',
  withdraw: 'Rút lại',
  save: 'Lưu ghi chú',
  newNote: 'Ghi chú mới (ghi chú cũ vẫn còn trong nhật ký)',
  withdrawConfirm: 'Rút lại việc chấp nhận này? Phát hiện sẽ mở lại; nhật ký vẫn giữ ghi chú.',
  select: (title) => `Chọn: ${title}`,
  selectGroup: (group) => `Chọn tất cả mục chưa xử lý trong ${group}`,
  selected: (n) => `Đã chọn ${n.toLocaleString('vi')} phát hiện`,
  groupNote: 'Một ghi chú cho tất cả',
  groupAck: (n) => `Chấp nhận ${n}`,
  clearSelection: 'Bỏ chọn',
  value: valueIn('vi'),
  moment: (ts) => momentVi(ts),
  auditReopened: (code, model, cells, file, note) =>
    `${code}${model ? ` của ${model}` : ''}: mở lại vì ô ${cells} đã thay đổi trong ${file} (ghi chú cũ: “${note}”)`,
  auditEdited: (code, model, by, from, to) => `${code}${model ? ` của ${model}` : ''}, bởi ${by}: “${from}” → “${to}”`,
  auditWithdrawn: (code, model, by, note) => `${code}${model ? ` của ${model}` : ''}, bởi ${by}; ghi chú là “${note}”`,
  auditGroup: (n) => ` (một trong ${n} mục được chấp nhận cùng lúc)`,
  auditReplaced: (old) => `, thay cho ${old} (vẫn giữ trong lịch sử)`,
};

export const REPLACE_DICTS: Record<Lang, ReplaceDict> = { en, vi };

export function useReplaceT(): ReplaceDict {
  return REPLACE_DICTS[useStore((s) => s.lang)];
}
