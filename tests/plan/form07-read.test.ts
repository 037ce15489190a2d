// The saved Form 07 list read back by header text: as written, and as a user re-saved it from Excel with a
// column moved and one added; a workbook that is not a Form 07 list is refused in one sentence.
import { expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readWorkbook } from '../../shared/import/workbook.ts';
import { readForm07Rows } from '../../shared/form07/read-xlsx.ts';
import { form07Aoa, writeForm07Xlsx } from '../../shared/form07/write-xlsx.ts';
import type { Form07Row } from '../../shared/form07/build.ts';

const rows: Form07Row[] = [
  { model: 'SG-100F', name: 'Thiết bị tường lửa', brand: 'SecuGate', hsCode: '8517.62.59', country: 'Đài Loan', quantity: 20, unit: 'Chiếc', standards: '', features: 'AES-256', purpose: 'Kinh doanh' },
  { model: 'HSM-K7', name: 'Mô-đun bảo mật phần cứng', brand: '', hsCode: '8471.80.90', country: 'Israel', quantity: 2.5, unit: 'Bộ', standards: 'FIPS 140-2', features: 'RSA', purpose: 'Kinh doanh' },
];

const read = (bytes: Uint8Array) => {
  const wb = readWorkbook('Form07-X.xlsx', bytes);
  if (!wb.ok) throw new Error(wb.error.message);
  return readForm07Rows('Form07-X.xlsx', wb.value);
};

it('reads back the rows it wrote', () => {
  const r = read(writeForm07Xlsx(rows));
  expect(r).toEqual({ ok: true, value: rows });
});

it('reads a list re-saved from Excel with the columns moved and a note column added', () => {
  const aoa = form07Aoa(rows).map((row) => (row.length > 3 ? ['Ghi chú', ...row.slice(0, 3), ...row.slice(4), row[3]] : row));
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
  const r = read(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
  expect(r.ok && r.value.map((x) => [x.model, x.quantity, x.brand])).toEqual([['SG-100F', 20, 'SecuGate'], ['HSM-K7', 2.5, '']]);
});

it('refuses a workbook that is not a Form 07 list, in one line', () => {
  const ws = XLSX.utils.aoa_to_sheet([['Model', 'Qty'], ['SG-100F', 1]]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Invoice');
  const r = read(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.message).toBe('Form07-X.xlsx is not a Form 07 list: no sheet has the header row "Ký hiệu (model)" … "Số lượng"; generate the list again.');
});
