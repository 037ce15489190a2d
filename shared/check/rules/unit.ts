// The same model counted in different units (after synonyms: PCS = CÁI = 个; SET = BỘ = 套).
// Compared against the first document that states a unit (the invoice, else the packing list), on every line:
// a model split over two packing-list lines, one in PCS and one in SET, is caught on the line that says SET.
import type { CellRef, DocumentLine, Finding, Role } from '../../domain/types.ts';
import { finding, ref, type CheckContext, type ItemGroup } from '../context.ts';

const ORDER: Role[] = ['invoice', 'packing_list', 'permit'];

type Stated = { role: Role; lines: (DocumentLine & { unit: NonNullable<DocumentLine['unit']> })[] };

export function unit(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const key of ctx.keys) {
    const stated: Stated[] = [];
    for (const role of ORDER) {
      const lines = withUnit(ctx.items[role]?.get(key));
      if (lines.length > 0) stated.push({ role, lines });
    }
    if (stated.length < 2) continue;
    const [base, ...others] = stated;
    const baseUnits = new Set(base.lines.map((l) => l.unit.value));
    const baseUnit = base.lines[0].unit;
    for (const other of others) {
      const odd = other.lines.filter((l) => !baseUnits.has(l.unit.value));
      // The other document may also lack a unit the base uses on some lines (base PCS + SET, other only PCS).
      const missing = odd.length === 0 && base.lines.some((l) => !other.lines.some((o) => o.unit.value === l.unit.value));
      if (odd.length === 0 && !missing) continue;
      const name = ctx.displayName.get(key)!;
      const baseRefs = missing ? base.lines.filter((l) => !other.lines.some((o) => o.unit.value === l.unit.value)) : base.lines;
      const otherLines = odd.length > 0 ? odd : other.lines;
      const shownBase = missing ? baseRefs[0].unit : baseUnit;
      out.push(finding('UNIT_MISMATCH', {
        model: name, first_role: base.role, invoice_unit: shownBase.raw ?? shownBase.value, other: other.role,
        other_unit: otherLines[0].unit.raw ?? otherLines[0].unit.value,
      }, [...unitRefs(base.role, baseRefs), ...unitRefs(other.role, otherLines)], name));
    }
  }
  return out;
}

function withUnit(group: ItemGroup | undefined): Stated['lines'] {
  return (group?.lines.filter((l) => l.unit) ?? []) as Stated['lines'];
}

function unitRefs(role: Role, lines: Stated['lines']): CellRef[] {
  return lines.map((l) => ref(role, l.unit));
}
