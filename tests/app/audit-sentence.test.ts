// The audit trail's details as sentences, for every action the archive records (electron/archive/archive.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditSentence, SAID_ACTIONS } from '../../renderer/src/folder/audit-sentence.ts';
import { en } from '../../renderer/src/i18n/en.ts';
import { vi } from '../../renderer/src/i18n/vi.ts';

const say = (action: string, detail: unknown, lang: 'en' | 'vi') => auditSentence(action, JSON.stringify(detail), lang === 'en' ? en : vi);
const LIST = '58/2016/NĐ-CP Appendix II';
const LIST_VI = '58/2016/NĐ-CP Phụ lục II';

describe('audit sentences', () => {
  it.each([
    ['shipment.status_set', { from: 'open', to: 'reviewed', by: 'Lan', unacknowledgedErrors: 2 },
      'Open → Reviewed, by Lan — 2 error(s) not acknowledged, confirmed', 'Đang xử lý → Đã rà soát, bởi Lan — còn 2 lỗi chưa được chấp nhận, đã xác nhận'],
    ['shipment.status_set', { from: 'reviewed', to: 'open', reopenedByCheck: true, unacknowledgedErrors: 2 },
      'Reviewed → Open: the re-check found errors not yet acknowledged (2 in all)',
      'Đã rà soát → Đang xử lý: kết quả đối chiếu lại có lỗi chưa được chấp nhận (tổng cộng 2 lỗi)'],
    ['shipment.status_set', { from: 'reviewed', to: 'declared', declaration: '105123456789' },
      'Reviewed → Declared (declaration 105123456789 recorded)', 'Đã rà soát → Đã khai báo (đã ghi nhận tờ khai số 105123456789)'],
    ['findings.replaced', { checkDate: '2026-11-20', controlledListId: LIST, summary: { errors: 3, infos: 0, warnings: 5 } },
      `Re-checked as of 20 Nov 2026 against ${LIST}: 3 errors, 5 warnings`,
      `Đối chiếu lại, ngày đối chiếu 20/11/2026 theo ${LIST_VI}: 3 lỗi, 5 cảnh báo`],
    ['findings.replaced', { checkDate: '2026-11-20', controlledListId: null, summary: { errors: 1, infos: 1, warnings: 0 } },
      'Re-checked as of 20 Nov 2026: 1 error, 1 info', 'Đối chiếu lại, ngày đối chiếu 20/11/2026: 1 lỗi, 1 thông tin'],
    ['findings.replaced', { checkDate: '2026-11-20', controlledListId: null, summary: { errors: 0, infos: 0, warnings: 0 } },
      'Re-checked as of 20 Nov 2026: no findings', 'Đối chiếu lại, ngày đối chiếu 20/11/2026: không có phát hiện'],
    ['shipment.created', { direction: 'import', eta: '2026-11-28' }, 'Import folder, ETA 28 Nov 2026', 'Thư mục nhập khẩu, ETA 28/11/2026'],
    ['declaration.recorded', { number: '105123456789', declaredOn: '2024-02-29', office: '03CC', paper: false, outageId: null, previous: null },
      'Declaration 105123456789 of 29 Feb 2024, office 03CC', 'Tờ khai 105123456789 ngày 29/02/2024, chi cục 03CC'],
    ['declaration.recorded', { number: 'GIAY-1', declaredOn: '2026-11-20', office: null, paper: true, outageId: 1, previous: { number: 'GIAY-0' } },
      'Declaration GIAY-1 of 20 Nov 2026, on paper, replacing GIAY-0', 'Tờ khai GIAY-1 ngày 20/11/2026, khai trên giấy, thay cho tờ khai GIAY-0'],
    ['declaration.reentered', { paperNumber: 'GIAY-1', electronicNumber: '105777', outageId: 1 },
      'Paper declaration GIAY-1 entered electronically as 105777', 'Tờ khai giấy GIAY-1 đã được khai điện tử, số 105777'],
    ['archive.verified', { day: '2026-12-22', files: 1234, problems: 0, first: [], trigger: 'periodic' },
      'Periodic check on 22 Dec 2026: 1,234 files, all intact', 'Kiểm tra định kỳ ngày 22/12/2026: 1.234 tệp, tất cả nguyên vẹn'],
    ['archive.verified', { day: '2026-11-20', files: 4, problems: 2, first: ['a', 'b'], trigger: 'user' },
      'Checked on 20 Nov 2026: 4 files, 2 problems found', 'Kiểm tra ngày 20/11/2026: 4 tệp, phát hiện 2 vấn đề'],
    ['bag.exported', { dir: '/tmp/bag', files: 4, together: 2, payloadFiles: 14, payloadBytes: 1000 },
      '4 files exported as a BagIt bag to /tmp/bag (with 1 other folder)', 'Xuất 4 tệp dạng gói BagIt vào /tmp/bag (cùng 1 thư mục khác)'],
    ['shipment.disposed', { declaration: null, keepUntil: null, on: '2029-03-01', retentionYears: 5, files: [{ name: 'a' }, { name: 'b' }] },
      'Deleted on 1 Mar 2029, never declared: 2 files disposed', 'Xóa ngày 01/03/2029, chưa từng khai báo: hủy 2 tệp'],
    ['retention.changed', { from: 5, to: 10 }, 'Retention period 5 → 10 years', 'Thời hạn lưu trữ 5 → 10 năm'],
    ['outage.recorded', { id: 1, from: '2026-11-19 22:00', to: null, notice: 'TB 123', tied: [] },
      'E-customs outage from 2026-11-19 22:00 (TB 123)', 'Sự cố hệ thống hải quan điện tử từ 2026-11-19 22:00 (TB 123)'],
    ['shipment.created', { direction: 'export', eta: null }, 'Export folder, no ETA', 'Thư mục xuất khẩu, chưa có ETA'],
    ['shipment.added', {
      direction: 'import', eta: null, checkDate: '2026-11-20', controlledListId: LIST,
      files: [{ name: 'invoice.xlsx', sha256: 'ab', role: 'invoice' }, { name: 'pl.xlsx', sha256: 'cd', role: 'packing_list' }],
      summary: { errors: 5, warnings: 3, infos: 5 },
    }, `Import folder with 2 files, checked as of 20 Nov 2026 against ${LIST}: 5 errors, 3 warnings, 5 info`,
    `Thư mục nhập khẩu gồm 2 tệp, ngày đối chiếu 20/11/2026 theo ${LIST_VI}: 5 lỗi, 3 cảnh báo, 5 thông tin`],
    ['document.added', { name: 'packing-list.xlsx', replaced: null, role: 'packing_list', sha256: 'ab' },
      'Packing list: packing-list.xlsx', 'Phiếu đóng gói: packing-list.xlsx'],
    ['document.added', { name: 'pl-v2.xlsx', replaced: 'ab', role: 'packing_list', sha256: 'cd' },
      'Packing list: pl-v2.xlsx, replacing the previous file', 'Phiếu đóng gói: pl-v2.xlsx, thay cho tệp trước'],
    ['attachment.added', { group: 'legal', name: 'licence.pdf', sha256: 'ab' },
      'licence.pdf, filed under Enterprise legal status', 'licence.pdf, xếp vào nhóm Pháp lý doanh nghiệp'],
    ['attachment.added', { group: null, name: 'scan.pdf', sha256: 'ab' }, 'scan.pdf', 'scan.pdf'],
    ['finding.acknowledged', { by: 'an', code: 'QUANTITY_MISMATCH', model: 'SG-100F', note: 'Two units follow by air.' },
      'QUANTITY_MISMATCH on SG-100F, by an: “Two units follow by air.”', 'QUANTITY_MISMATCH của SG-100F, an chấp nhận: “Two units follow by air.”'],
    ['finding.acknowledged', { by: 'an', code: 'NOT_IN_PERMIT', model: null, note: 'ok' },
      'NOT_IN_PERMIT, by an: “ok”', 'NOT_IN_PERMIT, an chấp nhận: “ok”'],
    ['archive.created', { from: 0, to: 3 }, 'Schema version 3', 'Lược đồ phiên bản 3'],
    ['archive.migrated', { from: 2, to: 3 }, 'Schema version 2 → 3', 'Lược đồ phiên bản 2 → 3'],
    ['layout.saved', { key: 'a1b2' }, 'Remembered for a supplier layout, applied to its next files',
      'Ghi nhớ cho mẫu chứng từ của một nhà cung cấp, áp dụng cho các tệp sau'],
    ['permit.used', { permit: { number: '125/GP-BCY', via: 'number', registered: false, differs: false } },
      'Checked against registered permit 125/GP-BCY, its quantities drawn from it', 'Đối chiếu với giấy phép đã đăng ký 125/GP-BCY, số lượng được trừ vào giấy phép đó'],
    ['shipment.cancelled', { note: 'Order withdrawn' }, 'Will not go ahead, its draw on the permit released: “Order withdrawn”',
      'Lô hàng không thực hiện, hoàn lại số lượng đã trừ vào giấy phép: “Order withdrawn”'],
    ['permit.adjusted', { permit: '125/GP-BCY', model: 'SRX300', quantity: 5, note: 'TK 105812' }, 'Permit 125/GP-BCY, SRX300: +5 declared outside this archive: “TK 105812”',
      'Giấy phép 125/GP-BCY, SRX300: +5 khai ngoài kho hồ sơ này: “TK 105812”'],
  ])('%s %j', (action, detail, inEnglish, inVietnamese) => {
    expect(say(action, detail, 'en')).toBe(inEnglish);
    expect(say(action, detail, 'vi')).toBe(inVietnamese);
  });

  it('has a name and a sentence for every action the archive records', () => {
    // Read from the archive's source, so an action added there without a sentence here fails this test.
    const dir = 'electron/archive';
    const recorded = new Set(readdirSync(dir).filter((f) => f.endsWith('.ts'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.includes('appendAudit(') && !l.includes('function')))
      .flatMap((l) => [...l.matchAll(/'([a-z]+\.[a-z]+)'/g)].map((m) => m[1])));
    expect(recorded.size).toBeGreaterThanOrEqual(9);
    for (const action of recorded) {
      expect(SAID_ACTIONS, action).toContain(action);
      expect(en.action[action], action).toBeTruthy();
      expect(vi.action[action], action).toBeTruthy();
    }
  });

  it('reads an unknown shape as a key: value list, never as JSON', () => {
    const odd = { files: [{ name: 'a.xlsx', sha256: 'ff' }, 'b.pdf'], summary: { errors: 1 }, empty: null, by: 'an' };
    const text = say('archive.exported', odd, 'en');
    expect(text).toBe('files: ((name: a.xlsx), b.pdf) · summary: (errors: 1) · by: an');
    expect(text).not.toMatch(/[{}"]/);
    // A known action whose details lack what its sentence needs (an older archive) falls back the same way.
    expect(say('findings.replaced', { checkDate: '2026-11-20', summary: { errors: 'many' } }, 'vi'))
      .toBe('checkDate: 2026-11-20 · summary: (errors: many)');
    expect(say('document.added', { name: 'x.xlsx', role: 'constructor' }, 'en')).toBe('name: x.xlsx · role: constructor');
  });

  it('shows details that are not JSON as they are', () => {
    expect(auditSentence('shipment.created', 'created by hand', en)).toBe('created by hand');
    expect(auditSentence('shipment.created', '[1,2]', en)).toBe('1 · 2');
  });
});
