// Whether a permit is for import or for export, as its title or header says ("GIẤY PHÉP NHẬP KHẨU …",
// "Danh mục sản phẩm được phép xuất khẩu", "Import permit"). The official form's own name reads
// "GIẤY PHÉP XUẤT KHẨU, NHẬP KHẨU …": a cell naming both directions decides nothing, and cells that
// disagree leave the direction unknown. Never assumed.
import type { Direction, Sourced } from '../domain/types.ts';
import { stripAccents } from '../parse/fold.ts';
import { columnLetter, displayText, type CellValue } from './workbook.ts';

const IMPORT = /\bnhap khau\b|\bimport(?:ation|ing|s)?\b|进口/;
const EXPORT = /\bxuat khau\b|\bexport(?:ation|ing|s)?\b|出口/;
/** "Công ty TNHH Xuất nhập khẩu …", "Import-Export Co.": a trading company's name, not the permit's direction. */
const BOTH = /xuat\s*nhap\s*khau|import\s*[-/&]?\s*export|export\s*[-/&]?\s*import/g;
/** Titles and headings are short; a long sentence (conditions, legal basis) may name both at random. */
const MAX_LENGTH = 160;

export function permitDirection(rows: CellValue[][], before: number, sheet: string): Sourced<Direction> | undefined {
  let found: Sourced<Direction> | undefined;
  for (let r = 0; r < Math.min(before, rows.length); r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || v.length > MAX_LENGTH) continue;
      const text = stripAccents(displayText(v)).replace(BOTH, ' ');
      const imp = IMPORT.test(text);
      const exp = EXPORT.test(text);
      if (imp === exp) continue;
      const direction: Direction = imp ? 'import' : 'export';
      if (found && found.value !== direction) return undefined;
      found ??= { value: direction, sheet, cell: columnLetter(c) + (r + 1), raw: v };
    }
  }
  return found;
}
