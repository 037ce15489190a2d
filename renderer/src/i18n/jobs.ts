// Verify, BagIt export and the periodic fixity check: their buttons, progress and result sentences, both languages.
import type { Lang } from '../../../shared/domain/types.ts';
import type { ArchiveJobView } from '../../../shared/ipc/contract.ts';
import { useStore } from '../store/index.ts';
import { dayEn, dayVi } from './dates.ts';
import { problemVi } from './verify-problems.ts';

const nEn = (n: number) => n.toLocaleString('en-US');
/** Vietnamese groups thousands with a dot: 1.234. */
const nVi = (n: number) => n.toLocaleString('en-US').replace(/,/g, '.');
const filesEn = (n: number) => `${nEn(n)} file${n === 1 ? '' : 's'}`;

const en = {
  verify: 'Verify archive',
  verifyIntro: 'Re-hashes every stored file against its SHA-256 and checks SQLite\'s integrity and the audit trail\'s chain, in the background; the result goes into the audit trail.',
  exportDue: 'Export folders due (BagIt)…',
  exportDeclared: 'Export all declared folders (BagIt)…',
  exportTitle: 'Archive copies (BagIt)',
  exportIntro: 'One BagIt bag of many folders (each under data/REF/), e.g. before disposing of the folders due, for the national archives or an auditor.',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  fixityRunning: 'Periodic integrity check (none in the last 30 days), in the background: keep working.',
  checking: (done: number, total: number) => total > 0 ? `${nEn(done)} of ${filesEn(total)} checked` : 'Checking the database…',
  writing: (done: number, total: number) => total > 0 ? `${nEn(done)} of ${filesEn(total)} written` : 'Preparing the reports…',
  verified: (j: ArchiveJobView) => (j.problems ?? []).length === 0
    ? `Integrity checked on ${dayEn(j.day)}: ${filesEn(j.files ?? 0)} intact; the SQLite database, the audit trail and the stored rows hold.`
    : `Integrity check of ${dayEn(j.day)} found ${j.problems!.length === 1 ? '1 problem' : `${j.problems!.length} problems`}: ${j.problems![0]}${j.problems!.length > 1 ? ` (and ${j.problems!.length - 1} more, listed below)` : ''}`,
  exported: (j: ArchiveJobView) => `Exported to ${j.dir} as a BagIt bag: ${(j.refs ?? []).length === 1 ? `folder ${j.refs![0]}` : `${(j.refs ?? []).length} folders`}, ${filesEn(j.files ?? 0)}, manifest and reports, which any archival tool can check.`,
  recorded: 'Recorded in the audit trail.',
  notRecorded: (why: string) => `Not recorded in the audit trail: ${why}.`,
  cancelled: 'Stopped before the end: nothing was recorded, and no partial bag was left.',
  keepUntil: 'Keep until',
  due: 'due',
  problem: (p: string) => p,
};

type JobsDict = typeof en;

const vi: JobsDict = {
  verify: 'Kiểm tra tính toàn vẹn',
  verifyIntro: 'Tính lại mã SHA-256 của từng tệp đã lưu, kiểm tra cơ sở dữ liệu SQLite và chuỗi nhật ký, chạy nền; kết quả được ghi vào nhật ký.',
  exportDue: 'Xuất các thư mục đến hạn (BagIt)…',
  exportDeclared: 'Xuất mọi thư mục đã khai báo (BagIt)…',
  exportTitle: 'Bản sao lưu trữ (BagIt)',
  exportIntro: 'Một gói BagIt gồm nhiều thư mục (mỗi thư mục trong data/REF/), ví dụ trước khi tiêu hủy các thư mục đến hạn, để nộp lưu trữ hoặc cho kiểm toán.',
  cancel: 'Hủy',
  dismiss: 'Đóng',
  fixityRunning: 'Kiểm tra tính toàn vẹn định kỳ (30 ngày qua chưa kiểm tra) đang chạy nền: bạn vẫn làm việc bình thường.',
  checking: (done, total) => total > 0 ? `Đã kiểm tra ${nVi(done)}/${nVi(total)} tệp` : 'Đang kiểm tra cơ sở dữ liệu…',
  writing: (done, total) => total > 0 ? `Đã ghi ${nVi(done)}/${nVi(total)} tệp` : 'Đang chuẩn bị báo cáo…',
  verified: (j) => (j.problems ?? []).length === 0
    ? `Đã kiểm tra tính toàn vẹn: ${nVi(j.files ?? 0)} tệp nguyên vẹn (ngày ${dayVi(j.day)}); cơ sở dữ liệu SQLite, nhật ký và các dòng đã lưu đều đúng.`
    : `Kiểm tra tính toàn vẹn ngày ${dayVi(j.day)} phát hiện ${j.problems!.length} vấn đề: ${problemVi(j.problems![0])}${j.problems!.length > 1 ? ` (và ${j.problems!.length - 1} vấn đề khác, liệt kê bên dưới)` : ''}`,
  exported: (j) => `Đã xuất vào ${j.dir} dạng gói BagIt: ${(j.refs ?? []).length === 1 ? `thư mục ${j.refs![0]}` : `${(j.refs ?? []).length} thư mục`}, ${nVi(j.files ?? 0)} tệp, bản kê và báo cáo, công cụ lưu trữ nào cũng kiểm tra được.`,
  recorded: 'Đã ghi vào nhật ký.',
  notRecorded: (why) => `Chưa ghi được vào nhật ký: ${why}.`,
  cancelled: 'Đã dừng giữa chừng: không ghi gì vào nhật ký, không để lại gói dở dang.',
  keepUntil: 'Lưu đến',
  due: 'đến hạn',
  problem: problemVi,
};

const JOBS_DICTS: Record<Lang, JobsDict> = { en, vi };

export function useJobsT(): JobsDict {
  return JOBS_DICTS[useStore((s) => s.lang)];
}
