// Form 07's product list as an .xlsx: a title, the Vietnamese header row with the English one below, one row
// per model. No styles (the authority asks for the content, not the look); column widths so it prints readably.
import * as XLSX from 'xlsx';
import { FORM07_COLUMNS } from './columns.ts';
import type { Form07Row } from './build.ts';

export const FORM07_TITLE = 'DANH MỤC SẢN PHẨM MẬT MÃ DÂN SỰ ĐỀ NGHỊ CẤP GIẤY PHÉP XUẤT KHẨU, NHẬP KHẨU';
export const FORM07_TITLE_EN = 'List of civil cryptographic products for the export/import permit application (Form 07, Decree 211/2025/NĐ-CP)';
export const FORM07_SHEET = 'Mẫu 07';

export function form07Aoa(rows: Form07Row[]): (string | number)[][] {
  const aoa: (string | number)[][] = [
    [FORM07_TITLE],
    [FORM07_TITLE_EN],
    [],
    FORM07_COLUMNS.map((c) => c.vi),
    FORM07_COLUMNS.map((c) => c.en),
  ];
  rows.forEach((r, i) => {
    aoa.push(FORM07_COLUMNS.map(({ field }) => (field === 'no' ? i + 1 : r[field])));
  });
  return aoa;
}

export function writeForm07Xlsx(rows: Form07Row[]): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(form07Aoa(rows));
  ws['!cols'] = FORM07_COLUMNS.map((c) => ({ wch: c.width }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, FORM07_SHEET);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
