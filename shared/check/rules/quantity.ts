// Invoice and packing list must ship the same quantity of each model (summed over its lines).
import type { Finding } from '../../domain/types.ts';
import { differs } from '../../parse/number.ts';
import { finding, refsOf, round, writtenUnit, type CheckContext } from '../context.ts';

export function quantity(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const inv = ctx.items.invoice;
  const pl = ctx.items.packing_list;
  if (!inv || !pl) return out;
  for (const key of ctx.keys) {
    const a = inv.get(key);
    const b = pl.get(key);
    if (!a || !b || !differs(a.quantity, b.quantity, 1e-6)) continue;
    const name = ctx.displayName.get(key)!;
    out.push(finding('QUANTITY_MISMATCH', {
      model: name,
      invoice: round(a.quantity),
      packing_list: round(b.quantity),
      invoice_unit: writtenUnit(a)?.raw ?? '',
      packing_list_unit: writtenUnit(b)?.raw ?? writtenUnit(a)?.raw ?? '',
    }, [...refsOf('invoice', a, 'quantity'), ...refsOf('packing_list', b, 'quantity')], name));
  }
  return out;
}
