// A model on one trade document but not the other; an invoiced model absent from the catalogue.
import type { Finding } from '../../domain/types.ts';
import { finding, refsOf, type CheckContext, type ItemGroup } from '../context.ts';
import { nearestModel } from '../nearest-model.ts';

/** The closest unmatched model of the other document, as params: "closest on the packing list: FG-100E, row 14". */
function closestIn(key: string, other: Map<string, ItemGroup>, self: Map<string, ItemGroup>): Record<string, string | number> {
  // A model that has its own match is no explanation for this one's missing match.
  const near = nearestModel(key, other, (k) => self.has(k));
  return near ? { closest: near.written, closest_row: near.row } : {};
}

export function presence(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const inv = ctx.items.invoice;
  const pl = ctx.items.packing_list;
  const cat = ctx.items.catalogue;
  for (const key of ctx.keys) {
    const name = ctx.displayName.get(key)!;
    const onInvoice = inv?.get(key);
    const onPacking = pl?.get(key);
    if (onInvoice && pl && !onPacking) {
      out.push(finding('MISSING_IN_PACKING_LIST', { model: name, quantity: onInvoice.quantity, ...closestIn(key, pl, inv!) }, refsOf('invoice', onInvoice, 'model'), name));
    }
    if (onPacking && inv && !onInvoice) {
      out.push(finding('MISSING_IN_INVOICE', { model: name, quantity: onPacking.quantity, ...closestIn(key, inv, pl!) }, refsOf('packing_list', onPacking, 'model'), name));
    }
    if (onInvoice && cat && !cat.get(key)) {
      out.push(finding('MISSING_IN_CATALOGUE', { model: name }, refsOf('invoice', onInvoice, 'model'), name));
    }
  }
  return out;
}
