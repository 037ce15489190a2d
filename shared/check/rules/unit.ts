// The same model counted in different units (after synonyms: PCS = CÁI = 个; SET = BỘ = 套).
import type { Finding, Role } from '../../domain/types.ts';
import { finding, refsOf, writtenUnit, type CheckContext } from '../context.ts';

const OTHERS: Role[] = ['packing_list', 'permit'];

export function unit(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const inv = ctx.items.invoice;
  if (!inv) return out;
  for (const key of ctx.keys) {
    const a = inv.get(key);
    const ua = writtenUnit(a);
    if (!a || !ua) continue;
    for (const role of OTHERS) {
      const b = ctx.items[role]?.get(key);
      const ub = writtenUnit(b);
      if (!b || !ub || ub.code === ua.code) continue;
      const name = ctx.displayName.get(key)!;
      out.push(finding('UNIT_MISMATCH', { model: name, other: role, invoice_unit: ua.raw, other_unit: ub.raw },
        [...refsOf('invoice', a, 'unit'), ...refsOf(role, b, 'unit')], name));
    }
  }
  return out;
}
