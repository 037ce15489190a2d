// A rule that could not run because what it needs was not found is said, never left as a silent "no findings":
// the declarant must know that the amounts, weights, HS codes or origins were not compared.
import type { DocumentLine, Finding, ParsedDocument, Role } from '../../domain/types.ts';
import { finding, type CheckContext } from '../context.ts';

const has = (doc: ParsedDocument, field: keyof DocumentLine): boolean => doc.lines.some((l) => l[field] !== undefined);

function notChecked(rule: string, doc: ParsedDocument, need: string, extra: Record<string, string | number> = {}): Finding {
  return finding('NOT_CHECKED', { rule, role: doc.role, file: doc.file, need, ...extra },
    [{ role: doc.role, sheet: doc.table.sheet, cell: `A${doc.table.headerEnd}` }]);
}

export function notCheckedRules(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const inv = ctx.docs.invoice;
  if (inv) {
    if (!has(inv, 'amount')) out.push(notChecked('LINE_AMOUNT_MISMATCH', inv, 'amount'));
    else if (!has(inv, 'unitPrice')) out.push(notChecked('LINE_AMOUNT_MISMATCH', inv, 'unitPrice'));
    if (!has(inv, 'amount') && !has(inv, 'unitPrice') && inv.header.total) out.push(notChecked('INVOICE_TOTAL_MISMATCH', inv, 'amount'));
  }
  const pl = ctx.docs.packing_list;
  if (pl) {
    const net = has(pl, 'netWeight');
    const gross = has(pl, 'grossWeight');
    if (!net && !gross) out.push(notChecked('WEIGHT_INCONSISTENT', pl, 'weights'));
    else if (!net || !gross) out.push(notChecked('WEIGHT_INCONSISTENT', pl, net ? 'grossWeight' : 'netWeight'));
    // A stated total with nothing on the lines to add up ("TOTAL: 12 CTNS" and no carton column).
    const stated: [keyof ParsedDocument['header'], keyof DocumentLine][] = [['total_packages', 'packages'], ['total_net_weight', 'netWeight'], ['total_gross_weight', 'grossWeight']];
    for (const [key, field] of stated) {
      if (pl.header[key] && !has(pl, field)) out.push(notChecked('PACKING_TOTAL_MISMATCH', pl, field));
    }
  }
  // The controlled-list check reads the HS code from any document; only models with none anywhere are unchecked.
  const invItems = ctx.items.invoice;
  if (inv && invItems && ctx.list) {
    const without: string[] = [];
    for (const [key, item] of invItems) {
      if (item.lines.some((l) => l.hsCode)) continue;
      const elsewhere = (['permit', 'catalogue', 'packing_list'] as Role[]).some((r) => ctx.items[r]?.get(key)?.lines.some((l) => l.hsCode));
      if (!elsewhere) without.push(ctx.displayName.get(key) ?? item.written);
    }
    if (without.length > 0) {
      out.push(notChecked('CONTROLLED_HS_CODE', inv, 'hsCode', { count: without.length, models: shortList(without) }));
    }
  }
  // Origins are compared across documents: with fewer than two documents stating any, no comparison was made.
  const given = (['invoice', 'packing_list', 'permit', 'catalogue'] as Role[]).filter((r) => ctx.docs[r]);
  const stating = given.filter((r) => has(ctx.docs[r]!, 'origin'));
  const lacking = given.find((r) => !stating.includes(r));
  if (given.length >= 2 && stating.length < 2 && lacking) out.push(notChecked('ORIGIN_MISMATCH', ctx.docs[lacking]!, 'origin'));
  return out;
}

function shortList(models: string[]): string {
  return models.length <= 5 ? models.join(', ') : `${models.slice(0, 5).join(', ')} …`;
}
