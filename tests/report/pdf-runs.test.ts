// Which font sets which characters in the PDF: Vietnamese stays in DejaVu Sans, CJK goes to the fallback.
import { expect, it } from 'vitest';
import { fontRuns } from '../../electron/report/pdf.ts';

it('cuts text into DejaVu and CJK runs, keeping every character in order', () => {
  expect(fontRuns('Catalogue — trang "产品", Hóa đơn 第1页')).toEqual([
    { text: 'Catalogue — trang "', cjk: false }, { text: '产品', cjk: true }, { text: '", Hóa đơn ', cjk: false }, { text: '第', cjk: true },
    { text: '1', cjk: false }, { text: '页', cjk: true },
  ]);
  expect(fontRuns('Phiếu đóng gói')).toEqual([{ text: 'Phiếu đóng gói', cjk: false }]);
  expect(fontRuns('')).toEqual([{ text: '', cjk: false }]);
  expect(fontRuns('数量／Q\'ty').map((r) => r.text).join('')).toBe('数量／Q\'ty');
});
