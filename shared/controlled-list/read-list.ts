// A controlled list from a spreadsheet (CSV/XLSX): the decree's appendix as rows of HS code, name and
// crypto-function description. Only rows with a crypto-function description are entries (the decree's rule);
// a list that states entries explicitly (an is_entry column) is taken at its word.
import listHeaders from '../vocabulary/list-headers.json';
import type { Result } from '../domain/types.ts';
import { fail, ok } from '../domain/types.ts';
import { fold } from '../parse/fold.ts';
import { parseHsCode } from '../parse/hs-code.ts';
import { displayText, inputError, readWorkbook } from '../import/workbook.ts';
import type { ControlledEntry, ControlledListVersion, EntryLevel } from './types.ts';

type Column = keyof typeof listHeaders;

export interface ListMeta {
  id: string;
  legalBasis: string;
  effectiveFrom: string;
  effectiveUntil?: string;
  source: string;
}

const SYNONYMS = Object.entries(listHeaders)
  .filter(([k]) => !k.startsWith('_'))
  .map(([k, words]) => [k as Column, (words as string[]).map(fold)] as const);

function columnOf(header: string): Column | null {
  const f = fold(header);
  for (const [key, words] of SYNONYMS) if (words.includes(f)) return key;
  return null;
}

export function readControlledList(file: string, bytes: Uint8Array, meta: ListMeta): Result<ControlledListVersion> {
  const wb = readWorkbook(file, bytes);
  if (!wb.ok) return wb;
  for (const sheet of wb.value.sheets) {
    for (let r = 0; r < Math.min(sheet.rows.length, 30); r++) {
      const cols = new Map<Column, number>();
      sheet.rows[r]?.forEach((v, c) => {
        const col = columnOf(displayText(v));
        if (col && !cols.has(col)) cols.set(col, c);
      });
      if (!cols.has('hsCode') || (!cols.has('cryptoFunction') && !cols.has('isEntry'))) continue;
      const entries: ControlledEntry[] = [];
      for (const row of sheet.rows.slice(r + 1)) {
        const hs = parseHsCode(row?.[cols.get('hsCode')!] ?? null);
        if (!hs) continue;
        const crypto = displayText(row[cols.get('cryptoFunction') ?? -1]).trim();
        const flag = cols.has('isEntry') ? /^(true|yes|1|x|có|co)$/i.test(displayText(row[cols.get('isEntry')!]).trim()) : crypto !== '';
        if (!flag) continue;
        const level = (hs.length >= 8 ? 8 : hs.length) as EntryLevel;
        entries.push({ hsCode: hs.slice(0, level), level, name: displayText(row[cols.get('name') ?? -1]).trim(), cryptoFunction: crypto });
      }
      if (entries.length === 0) break;
      return ok({ ...meta, entries });
    }
  }
  return fail(inputError(file,
    `${file}: no controlled-list table found (need columns for the HS code and the crypto-function description or an is_entry flag).`,
    `${file}: không tìm thấy bảng danh mục (cần cột mã HS và cột mô tả chức năng mật mã hoặc cột is_entry).`));
}
