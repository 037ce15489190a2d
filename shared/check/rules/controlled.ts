// Controlled goods: an invoiced item whose HS code is on the list in force needs a permit line for its model,
// and may not exceed the permit's quantity.
import type { Finding } from '../../domain/types.ts';
import { findControlledEntry } from '../../controlled-list/apply.ts';
import { formatHsCode } from '../../parse/hs-code.ts';
import { differs } from '../../parse/number.ts';
import { finding, refsOf, round, type CheckContext, type ItemGroup } from '../context.ts';

export function controlled(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const inv = ctx.items.invoice;
  const list = ctx.list;
  if (!inv || !list) return out;
  const permit = ctx.items.permit;
  for (const key of ctx.keys) {
    const item = inv.get(key);
    if (!item) continue;
    const hs = hsCodeOf(item, ctx);
    if (!hs) continue;
    const match = findControlledEntry(list, hs.code);
    if (!match) continue;
    const name = ctx.displayName.get(key)!;
    out.push(finding('CONTROLLED_HS_CODE', {
      model: name, hs_code: formatHsCode(hs.code), entry: formatHsCode(match.entry.hsCode), level: match.entry.level,
      crypto_function: match.entry.cryptoFunction, list: list.id, ...(list.provisional ? { provisional: 1 } : {}),
    }, hs.refs, name));
    const permitted = permit?.get(key);
    if (!permitted) {
      out.push(finding('NOT_IN_PERMIT', { model: name, hs_code: formatHsCode(hs.code), permit_given: permit ? 1 : 0 }, refsOf('invoice', item, 'model'), name));
      continue;
    }
    if (hasQuantity(permitted) && differs(Math.max(item.quantity, permitted.quantity), permitted.quantity, 1e-6)) {
      out.push(finding('PERMIT_QUANTITY_EXCEEDED', { model: name, invoice: round(item.quantity), permit: round(permitted.quantity) },
        [...refsOf('invoice', item, 'quantity'), ...refsOf('permit', permitted, 'quantity')], name));
    }
  }
  return out;
}

function hasQuantity(g: ItemGroup): boolean {
  return g.lines.some((l) => l.quantity);
}

/** The item's HS code from the invoice, or else from the permit, catalogue or packing list. */
function hsCodeOf(item: ItemGroup, ctx: CheckContext): { code: string; refs: Finding['refs'] } | null {
  const line = item.lines.find((l) => l.hsCode);
  if (line?.hsCode) return { code: line.hsCode.value, refs: [{ role: 'invoice', sheet: line.hsCode.sheet, cell: line.hsCode.cell }] };
  for (const role of ['permit', 'catalogue', 'packing_list'] as const) {
    const g = ctx.items[role]?.get(item.key);
    const l = g?.lines.find((x) => x.hsCode);
    if (l?.hsCode) return { code: l.hsCode.value, refs: [{ role, sheet: l.hsCode.sheet, cell: l.hsCode.cell }] };
  }
  return null;
}

