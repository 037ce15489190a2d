// UI strings for the folder status the declarant sets (folder header, shipments list filter, audit trail), kept
// beside en.ts/vi.ts; the status names themselves are en/vi's statusName. Both languages have every key.
import type { Lang } from '../../../shared/domain/types.ts';
import { useStore } from '../store/index.ts';


const en = {
  label: 'Folder status',
  filter: 'Show shipments by status',
  filterAll: 'All statuses',
  noneWithStatus: 'No shipment has this status.',
  confirmReviewed: (n: number) => (n === 1
    ? '1 error is not acknowledged. Mark the folder reviewed anyway?'
    : `${n.toLocaleString('en')} errors are not acknowledged. Mark the folder reviewed anyway?`),
  markAnyway: 'Mark reviewed anyway',
  cancel: 'Cancel',
  declareFirst: 'To mark the folder Declared, record its customs declaration below: its number and registration date.',
  declaredBy: (number: string) => `Declared: declaration ${number} is recorded`,
  /** From and to are status names already in this language (en/vi statusName). */
  auditSet: (from: string | undefined, to: string, by?: string, errors?: number, declaration?: string) =>
    `${from ? `${from} → ` : ''}${to}${by ? `, by ${by}` : ''}${declaration ? ` (declaration ${declaration} recorded)` : ''}`
    + `${errors ? ` — ${errors} error(s) not acknowledged, confirmed` : ''}`,
  /** A reviewed folder opened again because its re-check found errors not yet acknowledged. */
  auditReopened: (from: string, to: string, errors: number) =>
    `${from} → ${to}: the re-check found errors not yet acknowledged (${errors} in all)`,
};

export type FolderStatusDict = typeof en;

const vi: FolderStatusDict = {
  label: 'Trạng thái hồ sơ',
  filter: 'Lọc lô hàng theo trạng thái',
  filterAll: 'Mọi trạng thái',
  noneWithStatus: 'Không có lô hàng nào ở trạng thái này.',
  confirmReviewed: (n) => `Còn ${n.toLocaleString('vi')} lỗi chưa được chấp nhận. Vẫn đánh dấu hồ sơ là đã rà soát?`,
  markAnyway: 'Vẫn đánh dấu đã rà soát',
  cancel: 'Hủy',
  declareFirst: 'Để chuyển hồ sơ sang “Đã khai báo”, hãy ghi nhận tờ khai hải quan ở dưới: số tờ khai và ngày đăng ký.',
  declaredBy: (number) => `Đã khai báo: đã ghi nhận tờ khai số ${number}`,
  auditSet: (from, to, by, errors, declaration) =>
    `${from ? `${from} → ` : ''}${to}${by ? `, bởi ${by}` : ''}${declaration ? ` (đã ghi nhận tờ khai số ${declaration})` : ''}`
    + `${errors ? ` — còn ${errors} lỗi chưa được chấp nhận, đã xác nhận` : ''}`,
  auditReopened: (from, to, errors) => `${from} → ${to}: kết quả đối chiếu lại có lỗi chưa được chấp nhận (tổng cộng ${errors} lỗi)`,
};

export const FOLDER_STATUS_DICTS: Record<Lang, FolderStatusDict> = { en, vi };

export function useFolderStatusT(): FolderStatusDict {
  return FOLDER_STATUS_DICTS[useStore((s) => s.lang)];
}
