// Finding the right folder and the right finding: the shipments list's "found in …" line and the cross-check
// tab's filter bar, both languages.
import type { Lang, Role, SearchMatch } from '../../../shared/domain/types.ts';
import { useStore } from '../store/index.ts';

const nEn = (n: number) => n.toLocaleString('en-US');
/** Vietnamese groups thousands with a dot: 1.234. */
const nVi = (n: number) => n.toLocaleString('en-US').replace(/,/g, '.');

const en = {
  foundIn: {
    ref: 'Reference', model: 'Model', number: 'Document no.', hs_code: 'HS code', consignee: 'Consignee', shipper: 'Shipper',
    description: 'Description', note: 'Acknowledgement note', file: 'File',
  } as Record<SearchMatch['field'], string>,
  filterLabel: 'Filter findings',
  searchFindings: 'Search title, model, text, cell…',
  severityAll: 'Severity',
  /** The unfiltered choice of each select is its name (three selects fit one row at 1280×720). */
  stateAll: 'State',
  stateOpen: 'Not acknowledged',
  stateAcked: 'Acknowledged',
  documentAll: 'Document',
  /** The documents' short names, for the filter's narrow select. */
  documentShort: { invoice: 'Invoice', packing_list: 'Packing list', permit: 'Permit', catalogue: 'Catalogue' } as Record<Role, string>,
  clear: 'Clear filter',
  shown: (n: number, total: number) => `${nEn(n)} of ${nEn(total)} shown`,
  noneShown: (total: number) => `None of the ${nEn(total)} findings matches this filter: clear it to see them all.`,
  /** Ticked findings that the filter now hides: the group's acknowledgement still covers them, and says so. */
  hiddenSelected: (n: number) => (n === 1
    ? '1 of them is hidden by the filter: it is acknowledged too.'
    : `${nEn(n)} of them are hidden by the filter: they are acknowledged too.`),
  /** No one text holds every word: the fields they are in (one field: its texts past those read were not shown). */
  spread: (fields: string[]) => (fields.length === 1 ? `Found in ${fields[0]}` : `Words found in several fields: ${fields.join(', ')}`),
};

type FindDict = typeof en;

const vi: FindDict = {
  foundIn: {
    ref: 'Số tham chiếu', model: 'Model', number: 'Số chứng từ', hs_code: 'Mã HS', consignee: 'Người nhận hàng', shipper: 'Người gửi hàng',
    description: 'Mô tả hàng hóa', note: 'Ghi chú chấp nhận', file: 'Tệp',
  },
  filterLabel: 'Lọc phát hiện',
  searchFindings: 'Tìm tên, model, nội dung, ô…',
  severityAll: 'Mức độ',
  stateAll: 'Trạng thái',
  stateOpen: 'Chưa chấp nhận',
  stateAcked: 'Đã chấp nhận',
  documentAll: 'Chứng từ',
  documentShort: { invoice: 'Hóa đơn', packing_list: 'Phiếu đóng gói', permit: 'Giấy phép', catalogue: 'Catalogue' },
  clear: 'Bỏ lọc',
  shown: (n: number, total: number) => `Hiển thị ${nVi(n)} trên ${nVi(total)}`,
  noneShown: (total: number) => `Không phát hiện nào trong ${nVi(total)} phát hiện khớp bộ lọc này: bỏ lọc để xem tất cả.`,
  hiddenSelected: (n) => `Trong đó ${nVi(n)} phát hiện đang bị bộ lọc ẩn: cũng sẽ được chấp nhận.`,
  spread: (fields) => (fields.length === 1 ? `Tìm thấy trong: ${fields[0]}` : `Từ khóa nằm ở nhiều trường: ${fields.join(', ')}`),
};

const FIND_DICTS: Record<Lang, FindDict> = { en, vi };

export function useFindT(): FindDict {
  return FIND_DICTS[useStore((s) => s.lang)];
}
