// The same model counted in different units (after synonyms: PCS = CÁI = 个; SET = BỘ = 套).
// Compared against the first document that states a unit: the invoice, else the packing list.
import type { Finding, Role } from '../../domain/types.ts';
import { finding, refsOf, writtenUnit, type CheckContext } from '../context.ts';

const ORDER: Role[] = ['invoice', 'packing_list', 'permit'];

export function unit(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const key of ctx.keys) {
    const stated = ORDER.flatMap((role) => {
      const group = ctx.items[role]?.get(key);
      const u = writtenUnit(group);
      return group && u ? [{ role, group, unit: u }] : [];
    });
    const [base, ...others] = stated;
    for (const other of others) {
      if (other.unit.code === base.unit.code) continue;
      const name = ctx.displayName.get(key)!;
      out.push(finding('UNIT_MISMATCH', { model: name, first_role: base.role, invoice_unit: base.unit.raw, other: other.role, other_unit: other.unit.raw },
        [...refsOf(base.role, base.group, 'unit'), ...refsOf(other.role, other.group, 'unit')], name));
    }
  }
  return out;
}
