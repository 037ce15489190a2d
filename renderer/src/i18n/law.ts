// UI strings for the law and the reports (legal basis, provisional list, report buttons, list diff, re-check),
// kept beside en.ts/vi.ts so those stay small; both languages have every key (the type is the English one).
import type { Lang } from '../../../shared/domain/types.ts';
import { useStore } from '../store/index.ts';

const en = {
  provisional: 'Provisional list',
  provisionalHint: 'Its HS codes come from a public tariff dataset, not from the decree\'s own appendix; no crypto-function descriptions are known yet.',
  legalBasis: 'Legal basis',
  penalty: 'Penalty',
  source: 'Source',
  unverified: 'Unverified: the article or amount was not read in the official text.',
  noLegalBasis: 'No legal basis is recorded for this finding under the list applied.',
  reports: 'Discrepancy report',
  reportLang: 'Report language',
  savePdf: 'Save PDF…',
  saveXlsx: 'Save Excel…',
  print: 'Print',
  saved: (path: string) => `Report saved: ${path}`,
  saving: 'Writing the report…',
  recheck: 'Re-check under another list',
  recheckRun: 'Re-check',
  recheckNote: 'Nothing is stored: this shows which findings would appear or go under that list.',
  appear: (n: number) => `${n} finding(s) would appear`,
  go: (n: number) => `${n} finding(s) would go`,
  sameFindings: 'The same findings: this list changes nothing for this shipment.',
  lists: 'Controlled lists',
  listsTitle: 'What changed between two controlled lists',
  listsIntro: 'Eight-digit HS codes controlled under one list and not the other; 4- and 6-digit entries are expanded over the HS 2022 codes of their heading.',
  listA: 'List A',
  listB: 'List B',
  onlyIn: (a: string, b: string, n: number) => `Controlled under ${a} and not under ${b} (${n})`,
  code: 'HS code',
  tariffName: 'Tariff line (HS 2022)',
  entry: 'Covering entry',
  notInHs2022: 'not in HS 2022',
  notExpanded: 'Entries with no 8-digit code in the HS 2022 table (not compared)',
  none: 'None.',
  from: (from: string, until?: string) => `from ${from}${until ? ` to ${until}` : ''}`,
};

export type LawDict = typeof en;

const vi: LawDict = {
  provisional: 'Danh mục tạm thời',
  provisionalHint: 'Mã HS lấy từ một bộ dữ liệu biểu thuế công khai, không phải từ phụ lục của nghị định; chưa có mô tả chức năng mật mã.',
  legalBasis: 'Căn cứ pháp lý',
  penalty: 'Chế tài',
  source: 'Nguồn',
  unverified: 'Chưa kiểm chứng: điều khoản hoặc mức phạt chưa được đối chiếu với văn bản chính thức.',
  noLegalBasis: 'Chưa có căn cứ pháp lý cho kết quả này theo danh mục đang áp dụng.',
  reports: 'Báo cáo sai lệch',
  reportLang: 'Ngôn ngữ báo cáo',
  savePdf: 'Lưu PDF…',
  saveXlsx: 'Lưu Excel…',
  print: 'In',
  saved: (path) => `Đã lưu báo cáo: ${path}`,
  saving: 'Đang ghi báo cáo…',
  recheck: 'Đối chiếu lại theo danh mục khác',
  recheckRun: 'Đối chiếu lại',
  recheckNote: 'Không lưu gì: chỉ cho thấy kết quả nào sẽ xuất hiện hoặc mất đi theo danh mục đó.',
  appear: (n) => `${n} kết quả sẽ xuất hiện`,
  go: (n) => `${n} kết quả sẽ mất đi`,
  sameFindings: 'Kết quả không đổi: danh mục này không thay đổi gì cho lô hàng.',
  lists: 'Danh mục kiểm soát',
  listsTitle: 'Thay đổi giữa hai danh mục kiểm soát',
  listsIntro: 'Các mã HS 8 số thuộc danh mục này mà không thuộc danh mục kia; dòng 4 và 6 số được mở rộng theo các mã HS 2022 của nhóm.',
  listA: 'Danh mục A',
  listB: 'Danh mục B',
  onlyIn: (a, b, n) => `Thuộc ${a}, không thuộc ${b} (${n})`,
  code: 'Mã HS',
  tariffName: 'Dòng thuế (HS 2022)',
  entry: 'Dòng danh mục',
  notInHs2022: 'không còn trong HS 2022',
  notExpanded: 'Dòng không có mã 8 số nào trong bảng HS 2022 (chưa so sánh được)',
  none: 'Không có.',
  from: (from, until) => `từ ${from}${until ? ` đến ${until}` : ''}`,
};

export const LAW: Record<Lang, LawDict> = { en, vi };

export function useLawT(): LawDict {
  return LAW[useStore((s) => s.lang)];
}
