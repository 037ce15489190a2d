// UI strings of the permit plan (timeline, list column) and the Form 07 editor, English and Vietnamese.
// Kept apart from en.ts/vi.ts so the plan's strings move with the plan.
import type { Lang } from '../../../shared/domain/types.ts';
import type { PlanFlag } from '../../../shared/ipc/contract.ts';
import { useStore } from '../store/index.ts';
import { dayEn, dayVi } from './dates.ts';

type EventKind = 'filed' | 'returned' | 'resubmitted' | 'permit_received';
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const en = {
  day: dayEn,
  tabTimeline: 'Timeline',
  timelineIntro: 'The permit planned back from the arrival: 6 working days on DVCQG, Vietnam\'s holidays and this archive\'s swap days counted.',
  etdIntro: 'Export: the permit is planned back from the departure (ETD).',
  today: 'Today',
  anchor: { eta: 'ETA (goods arrive)', etd: 'ETD (goods leave)' } as Record<'eta' | 'etd', string>,
  permitNeededBy: 'Permit needed by',
  fileBy: 'File the application by',
  filed: 'Filed on',
  expectedApproval: 'Expected approval',
  returned: 'Sent back for supplementation',
  resubmitted: 'Filed again',
  permitReceived: 'Permit received',
  flag: {
    late: 'Late', due: 'Due soon', on_track: 'On track', received: 'Permit received', not_needed: 'No permit needed', no_date: 'No ETA',
  } as Record<PlanFlag, string>,
  flagLate: (n?: number) => (n ? `${plural(n, 'working day')} late` : 'Late'),
  flagDue: (n?: number) => (n === 0 ? 'File today' : n === undefined ? 'Due soon' : `${plural(n, 'working day')} left`),
  setAnchor: { eta: 'ETA (goods arrive)', etd: 'ETD (goods leave)' } as Record<'eta' | 'etd', string>,
  changeAnchor: { eta: 'Change the ETA', etd: 'Change the ETD' } as Record<'eta' | 'etd', string>,
  saveAnchor: 'Save the date',
  daysOff: 'Days off not counted:',
  estimated: 'estimated',
  record: 'Record a date',
  what: 'What happened',
  recordHint: 'Dates are kept with the audit trail and never edited: a wrong date is corrected by recording the right one (the latest of each kind counts). A permit imported into the folder counts as received on its issue date.',
  eventKind: { filed: 'Filed on DVCQG', returned: 'Sent back for supplementation', resubmitted: 'Filed again, complete', permit_received: 'Permit received' } as Record<EventKind, string>,
  eventDay: 'Day',
  save: 'Record',
  events: 'Recorded dates',
  noEvents: 'Nothing recorded yet.',
  swapDays: 'Swap days of this archive',
  swapIntro: 'An extra day off or a make-up Saturday your office and the authority keep: every folder\'s plan counts it.',
  swapKind: { off: 'Extra day off', work: 'Make-up working day' } as Record<'off' | 'work', string>,
  addSwap: 'Add',
  removeSwap: 'Remove',
  noSwaps: 'None: only the public holidays are counted.',
  fileByColumn: 'File by',
  noEtd: 'No ETD',
  sortUrgency: 'Most urgent first',
  sortRecent: 'Newest first',
  // Form 07
  form07: 'Form 07',
  form07Intro: 'The product list of the permit application, filled from the invoice and completed from the catalogue. Complete the empty cells, then save it in the folder.',
  generate: 'Generate from the invoice',
  purpose: 'Purpose (for every row)',
  saveForm07: 'Save in the folder',
  needInvoice: 'Import the invoice first: the list is filled from it.',
  savedBefore: (name: string) => `${name} is saved in the folder. Generating again starts from the invoice; saving replaces nothing, it adds a new version.`,
  savedForm07: (name: string) => `Saved as ${name} under "Permit application".`,
  missingCount: (n: number) => (n === 0 ? 'Every value found.' : `${plural(n, 'value')} to complete (highlighted).`),
  noHsCode: (models: string) => `Left out, no HS code to tell whether controlled: ${models}.`,
  noRows: 'No invoiced item is on the controlled list in force: no permit needed, nothing to list.',
  col: {
    name: 'Product name', brand: 'Brand, manufacturer', model: 'Model', hsCode: 'HS code', country: 'Country of manufacture',
    quantity: 'Quantity', unit: 'Unit', standards: 'Standards', features: 'Technical and cryptographic features', purpose: 'Purpose',
  } as Record<string, string>,
  // Checklist
  checkForm07: 'Form 07 product list',
  checkFiled: (d: string) => `Filed on ${dayEn(d)}`,
  checkNotFiled: 'Not filed yet',
  checkPlan: (f: PlanFlag) => ({ late: 'Plan: late', due: 'Plan: due soon', on_track: 'Plan on track', received: 'Permit received', not_needed: 'No permit needed', no_date: 'No ETA: nothing to plan from' }[f]),
};

type PlanDict = typeof en;

const vi: PlanDict = {
  day: dayVi,
  tabTimeline: 'Tiến độ',
  timelineIntro: 'Giấy phép được lập kế hoạch ngược từ ngày hàng đến: 6 ngày làm việc trên DVCQG, tính cả ngày nghỉ lễ và ngày làm bù của kho hồ sơ này.',
  etdIntro: 'Xuất khẩu: kế hoạch giấy phép tính ngược từ ngày tàu chạy (ETD).',
  today: 'Hôm nay',
  anchor: { eta: 'ETA (hàng đến)', etd: 'ETD (hàng đi)' },
  permitNeededBy: 'Cần có giấy phép trước',
  fileBy: 'Hạn nộp hồ sơ',
  filed: 'Đã nộp ngày',
  expectedApproval: 'Dự kiến cấp phép',
  returned: 'Bị trả lại để bổ sung',
  resubmitted: 'Nộp lại',
  permitReceived: 'Đã nhận giấy phép',
  flag: { late: 'Trễ hạn', due: 'Sắp đến hạn', on_track: 'Kịp tiến độ', received: 'Đã có giấy phép', not_needed: 'Không cần giấy phép', no_date: 'Chưa có ETA' },
  flagLate: (n) => (n ? `Trễ ${n} ngày làm việc` : 'Trễ hạn'),
  flagDue: (n) => (n === 0 ? 'Nộp hôm nay' : n === undefined ? 'Sắp đến hạn' : `Còn ${n} ngày làm việc`),
  setAnchor: { eta: 'ETA (ngày hàng đến)', etd: 'ETD (ngày tàu chạy)' },
  changeAnchor: { eta: 'Đổi ngày hàng đến (ETA)', etd: 'Đổi ngày tàu chạy (ETD)' },
  saveAnchor: 'Lưu ngày',
  daysOff: 'Ngày nghỉ không tính:',
  estimated: 'dự kiến',
  record: 'Ghi nhận một mốc',
  what: 'Mốc',
  recordHint: 'Các mốc được lưu cùng nhật ký và không sửa được: ghi sai thì ghi lại ngày đúng (mốc ghi sau cùng của mỗi loại được tính). Giấy phép đã nhập vào thư mục được tính là đã nhận từ ngày cấp.',
  eventKind: { filed: 'Đã nộp trên DVCQG', returned: 'Bị trả lại để bổ sung', resubmitted: 'Đã nộp lại đầy đủ', permit_received: 'Đã nhận giấy phép' },
  eventDay: 'Ngày',
  save: 'Ghi nhận',
  events: 'Các mốc đã ghi',
  noEvents: 'Chưa ghi nhận mốc nào.',
  swapDays: 'Ngày nghỉ bù, làm bù của kho hồ sơ',
  swapIntro: 'Ngày nghỉ thêm hoặc thứ Bảy làm bù mà văn phòng và cơ quan cấp phép áp dụng: kế hoạch của mọi thư mục đều tính.',
  swapKind: { off: 'Ngày nghỉ thêm', work: 'Ngày làm bù' },
  addSwap: 'Thêm',
  removeSwap: 'Xóa',
  noSwaps: 'Chưa có: chỉ tính các ngày nghỉ lễ.',
  fileByColumn: 'Hạn nộp',
  noEtd: 'Chưa có ETD',
  sortUrgency: 'Gấp nhất trước',
  sortRecent: 'Mới nhất trước',
  form07: 'Mẫu 07',
  form07Intro: 'Danh mục sản phẩm kèm hồ sơ đề nghị cấp phép, lập từ hóa đơn và bổ sung từ catalogue. Điền các ô còn trống rồi lưu vào thư mục.',
  generate: 'Lập từ hóa đơn',
  purpose: 'Mục đích (cho mọi dòng)',
  saveForm07: 'Lưu vào thư mục',
  needInvoice: 'Hãy nhập hóa đơn trước: danh mục được lập từ hóa đơn.',
  savedBefore: (name) => `${name} đã được lưu trong thư mục. Lập lại sẽ bắt đầu từ hóa đơn; khi lưu, bản mới được thêm vào, không ghi đè bản cũ.`,
  savedForm07: (name) => `Đã lưu ${name} vào nhóm "Hồ sơ đề nghị cấp phép".`,
  missingCount: (n) => (n === 0 ? 'Đã có đủ mọi giá trị.' : `Còn ${n} giá trị cần điền (được tô màu).`),
  noHsCode: (models) => `Không đưa vào vì không có mã HS để xác định: ${models}.`,
  noRows: 'Không mặt hàng nào trong hóa đơn thuộc danh mục đang có hiệu lực: không cần giấy phép, danh mục trống.',
  col: {
    name: 'Tên sản phẩm', brand: 'Nhãn hiệu, hãng sản xuất', model: 'Ký hiệu (model)', hsCode: 'Mã HS', country: 'Nước sản xuất',
    quantity: 'Số lượng', unit: 'Đơn vị tính', standards: 'Tiêu chuẩn, quy chuẩn kỹ thuật', features: 'Tính năng kỹ thuật, mật mã', purpose: 'Mục đích xuất khẩu, nhập khẩu',
  },
  checkForm07: 'Danh mục sản phẩm Mẫu 07',
  checkFiled: (d) => `Đã nộp ngày ${dayVi(d)}`,
  checkNotFiled: 'Chưa nộp hồ sơ',
  checkPlan: (f) => ({ late: 'Kế hoạch: trễ hạn', due: 'Kế hoạch: sắp đến hạn', on_track: 'Kế hoạch kịp tiến độ', received: 'Đã có giấy phép', not_needed: 'Không cần giấy phép', no_date: 'Chưa có ETA để lập kế hoạch' }[f]),
};

export const PLAN_DICTS: Record<Lang, PlanDict> = { en, vi };

export function usePlanT(): PlanDict {
  return PLAN_DICTS[useStore((s) => s.lang)];
}
