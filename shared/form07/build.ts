// The Form 07 product list from an invoice, completed from the catalogue: one row per model (quantities summed),
// only the items whose HS code is on the list in force unless every item is asked for. Pure.
import type { Lang, ParsedDocument } from '../domain/types.ts';
import type { ControlledListVersion } from '../controlled-list/types.ts';
import { findControlledEntry } from '../controlled-list/apply.ts';
import { buildContext, writtenUnit, type ItemGroup } from '../check/context.ts';
import { formatHsCode } from '../parse/hs-code.ts';
import { countryNameVi } from './country-name.ts';
import { COMPLETABLE, FIELD_NAME, type Form07Field } from './columns.ts';
import type { CatalogueExtras } from './catalogue-extras.ts';

export interface Form07Row {
  model: string;
  name: string;
  brand: string;
  /** As printed: 8517.62.59. */
  hsCode: string;
  country: string;
  quantity: number;
  unit: string;
  standards: string;
  features: string;
  purpose: string;
}

export interface Form07Input {
  invoice: ParsedDocument;
  catalogue?: ParsedDocument;
  catalogueExtras?: Map<string, CatalogueExtras>;
  /** The list in force on the day (null: none; then only `all` can list anything). */
  list: ControlledListVersion | null;
  all: boolean;
  purpose?: string;
}

export interface Form07List {
  rows: Form07Row[];
  /** Per row, the values found nowhere: left empty for the user to complete. */
  missing: { model: string; fields: Form07Field[] }[];
  /** Invoice models left out because no HS code was found to tell whether they are controlled. */
  noHsCode: string[];
  /** Invoice models left out because their HS code is not on the list. */
  uncontrolled: string[];
}

const first = (g: ItemGroup | undefined, pick: (l: ItemGroup['lines'][number]) => string | undefined): string => {
  for (const l of g?.lines ?? []) {
    const v = pick(l)?.trim();
    if (v) return v;
  }
  return '';
};

function countryOf(g: ItemGroup | undefined): string {
  const line = g?.lines.find((l) => l.origin);
  if (!line?.origin) return '';
  return countryNameVi(line.origin.value) ?? (line.origin.raw ?? line.origin.value);
}

export function buildForm07(input: Form07Input): Form07List {
  const docs = input.catalogue ? [input.invoice, input.catalogue] : [input.invoice];
  const ctx = buildContext(docs, '', input.list);
  const inv = ctx.items.invoice ?? new Map<string, ItemGroup>();
  const cat = ctx.items.catalogue;
  const out: Form07List = { rows: [], missing: [], noHsCode: [], uncontrolled: [] };
  for (const [key, item] of inv) {
    const c = cat?.get(key);
    const model = ctx.displayName.get(key) ?? item.written;
    const hs = first(item, (l) => l.hsCode?.value) || first(c, (l) => l.hsCode?.value);
    if (!input.all) {
      if (!hs) { out.noHsCode.push(model); continue; }
      if (!input.list || !findControlledEntry(input.list, hs)) { out.uncontrolled.push(model); continue; }
    }
    const extras = input.catalogueExtras?.get(key) ?? {};
    const unit = writtenUnit(item) ?? writtenUnit(c);
    const row: Form07Row = {
      model,
      name: first(item, (l) => l.description?.value) || first(c, (l) => l.description?.value),
      brand: first(item, (l) => l.brand?.value) || first(c, (l) => l.brand?.value),
      hsCode: hs ? formatHsCode(hs) : '',
      country: countryOf(item) || countryOf(c),
      quantity: item.quantity,
      unit: unit?.raw ?? '',
      standards: extras.standards ?? '',
      features: extras.features ?? '',
      purpose: input.purpose?.trim() ?? '',
    };
    out.rows.push(row);
    const fields = COMPLETABLE.filter((f) => row[f as keyof Form07Row] === '');
    if (fields.length > 0) out.missing.push({ model, fields });
  }
  return out;
}

/** One line per model with values found nowhere: what the user must complete before filing. */
export function missingLine(m: { model: string; fields: Form07Field[] }, lang: Lang): string {
  const names = m.fields.map((f) => FIELD_NAME[f][lang]).join(', ');
  return lang === 'vi'
    ? `${m.model}: không tìm thấy ${names} trong hóa đơn và catalogue; hãy điền trước khi nộp hồ sơ.`
    : `${m.model}: ${names} not found in the invoice or catalogue; fill in before filing.`;
}
