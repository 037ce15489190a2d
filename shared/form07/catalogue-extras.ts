// The catalogue's standards and crypto-features columns: Form 07 needs them, the cross-check does not, so they
// are read here from the catalogue's own table (same sheet, same header rows, same line rows).
import type { ParsedDocument } from '../domain/types.ts';
import { modelKey } from '../check/context.ts';
import { containsPhrase, fold } from '../parse/fold.ts';
import { displayText, type Workbook } from '../import/workbook.ts';
import { columnIndex } from '../import/workbook.ts';
import vocabulary from '../vocabulary/form07-headers.json';

export interface CatalogueExtras {
  standards?: string;
  features?: string;
}

type ExtraField = keyof CatalogueExtras;
const FIELDS: ExtraField[] = ['standards', 'features'];

/** The field a header names, by the longest phrase of the vocabulary it contains. */
function classify(header: string): ExtraField | null {
  const text = fold(header);
  let best: { field: ExtraField; length: number } | null = null;
  for (const field of FIELDS) {
    for (const phrase of vocabulary[field]) {
      const p = fold(phrase) || phrase;
      if (containsPhrase(text, p) && (!best || p.length > best.length)) best = { field, length: p.length };
    }
  }
  return best?.field ?? null;
}

/** Standards and features per model key, from the columns the engine left unmapped. */
export function readCatalogueExtras(wb: Workbook, doc: ParsedDocument): Map<string, CatalogueExtras> {
  const out = new Map<string, CatalogueExtras>();
  const sheet = wb.sheets.find((s) => s.name === doc.table.sheet);
  if (!sheet) return out;
  const mapped = new Set(doc.table.columns.map((c) => columnIndex(c.column)));
  const width = Math.max(0, ...sheet.rows.slice(doc.table.headerStart - 1, doc.table.headerEnd).map((r) => r.length));
  const columns: Partial<Record<ExtraField, number>> = {};
  for (let c = 0; c < width; c++) {
    if (mapped.has(c)) continue;
    const header = sheet.rows.slice(doc.table.headerStart - 1, doc.table.headerEnd).map((r) => displayText(r[c])).filter(Boolean).join(' / ');
    const field = header ? classify(header) : null;
    if (field && columns[field] === undefined) columns[field] = c;
  }
  for (const line of doc.lines) {
    if (!line.model) continue;
    const key = modelKey(line.model.value);
    const row = sheet.rows[line.row - 1] ?? [];
    const extras = out.get(key) ?? {};
    for (const field of FIELDS) {
      const c = columns[field];
      const text = c === undefined ? '' : displayText(row[c]).trim();
      if (text && !extras[field]) extras[field] = text;
    }
    out.set(key, extras);
  }
  return out;
}
