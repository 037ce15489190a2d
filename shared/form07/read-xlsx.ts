// A saved Form 07 list read back into the editor: the rows under the Vietnamese header row the writer puts there
// (write-xlsx.ts), by header text rather than position, so a list re-saved from Excel with a column moved or an
// extra column added still opens. Pure: the workbook comes from the import's bounded reader.
import type { Result } from '../domain/types.ts';
import { fail, ok } from '../domain/types.ts';
import { inputError, type CellValue, type Workbook } from '../import/workbook.ts';
import { quoteText } from '../import/quote-text.ts';
import { COMPLETABLE, FORM07_COLUMNS, type Form07Field } from './columns.ts';
export { isForm07File } from './columns.ts';
import type { Form07Row } from './build.ts';

const fold = (v: CellValue | undefined) => String(v ?? '').normalize('NFC').trim().toLowerCase();
const text = (v: CellValue | undefined) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '').trim());

export function readForm07Rows(file: string, wb: Workbook): Result<Form07Row[]> {
  for (const sheet of wb.sheets) {
    const headerRow = sheet.rows.findIndex((row) => {
      const cells = new Set(row.map(fold));
      return cells.has(fold('Ký hiệu (model)')) && cells.has(fold('Số lượng'));
    });
    if (headerRow < 0) continue;
    const at = new Map<Form07Field, number>();
    sheet.rows[headerRow].forEach((v, c) => {
      const col = FORM07_COLUMNS.find((k) => fold(k.vi) === fold(v));
      if (col && !at.has(col.field)) at.set(col.field, c);
    });
    const modelAt = at.get('model')!;
    // The English header row under the Vietnamese one is not a product.
    const enModel = fold(FORM07_COLUMNS.find((k) => k.field === 'model')!.en);
    const rows: Form07Row[] = [];
    for (const row of sheet.rows.slice(headerRow + 1)) {
      const model = text(row[modelAt]);
      if (!model || fold(model) === enModel) continue;
      const get = (f: Form07Field) => (at.has(f) ? text(row[at.get(f)!]) : '');
      const quantity = Number(get('quantity').replace(/\s/g, '').replace(',', '.'));
      rows.push({
        model, name: get('name'), brand: get('brand'), hsCode: get('hsCode'), country: get('country'),
        quantity: Number.isFinite(quantity) ? quantity : 0, unit: get('unit'), standards: get('standards'),
        features: get('features'), purpose: get('purpose'),
      });
    }
    return ok(rows);
  }
  return fail(inputError(file,
    `${quoteText(file)} is not a Form 07 list: no sheet has the header row "Ký hiệu (model)" … "Số lượng"; generate the list again.`,
    `${quoteText(file)} không phải danh mục Mẫu 07: không trang tính nào có dòng tiêu đề "Ký hiệu (model)" … "Số lượng"; hãy lập lại danh mục.`));
}

/** Per row, the completable values still empty, as `buildForm07` reports them. */
export function missingFields(rows: Form07Row[]): { model: string; fields: Form07Field[] }[] {
  return rows.flatMap((row) => {
    const fields = COMPLETABLE.filter((f) => String(row[f as keyof Form07Row]).trim() === '');
    return fields.length ? [{ model: row.model, fields }] : [];
  });
}
