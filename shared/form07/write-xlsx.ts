// Form 07's product list as an .xlsx: a title, the Vietnamese header row with the English one below, one row
// per model. No styles (the authority asks for the content, not the look); column widths so it prints readably.
import * as XLSX from 'xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { FORM07_COLUMNS } from './columns.ts';
import type { Form07Row } from './build.ts';

export const FORM07_TITLE = 'DANH MỤC SẢN PHẨM MẬT MÃ DÂN SỰ ĐỀ NGHỊ CẤP GIẤY PHÉP XUẤT KHẨU, NHẬP KHẨU';
export const FORM07_TITLE_EN = 'List of civil cryptographic products for the export/import permit application (Form 07, Decree 211/2025/NĐ-CP)';
export const FORM07_SHEET = 'Mẫu 07';

export function form07Aoa(rows: Form07Row[]): (string | number | null)[][] {
  const aoa: (string | number | null)[][] = [
    [FORM07_TITLE],
    [FORM07_TITLE_EN],
    [],
    FORM07_COLUMNS.map((c) => c.vi),
    FORM07_COLUMNS.map((c) => c.en),
  ];
  rows.forEach((r, i) => {
    // An unknown value is an empty cell, not an empty string: the user fills it in Excel as any other cell.
    aoa.push(FORM07_COLUMNS.map(({ field }) => (field === 'no' ? i + 1 : r[field] === '' ? null : r[field])));
  });
  return aoa;
}

export function writeForm07Xlsx(rows: Form07Row[]): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(form07Aoa(rows));
  ws['!cols'] = FORM07_COLUMNS.map((c) => ({ wch: c.width }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, FORM07_SHEET);
  return printable(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer));
}

/**
 * Eleven columns do not fit a portrait A4 page: LibreOffice and Excel would print them over four pages. SheetJS
 * writes no page setup, so the sheet gets one here: A4 landscape, one page wide, narrow margins (elements in the
 * order the schema requires: sheetPr first, pageMargins and pageSetup after sheetData).
 */
function printable(xlsx: Uint8Array): Uint8Array {
  const parts = unzipSync(xlsx);
  const name = 'xl/worksheets/sheet1.xml';
  const sheet = parts[name];
  if (!sheet) return xlsx;
  let xml = strFromU8(sheet);
  if (xml.includes('<pageSetup') || xml.includes('<sheetPr')) return xlsx;
  xml = xml
    .replace(/(<worksheet[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
    .replace('</sheetData>', '</sheetData><pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>'
      + '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
  parts[name] = strToU8(xml);
  return zipSync(parts, { level: 6 });
}
