// One model, one HS code: invoice, permit and catalogue must not classify the same model differently.
import type { CellRef, Finding, Role } from '../../domain/types.ts';
import { formatHsCode, hsCodesConflict } from '../../parse/hs-code.ts';
import { disagrees, finding, ref, type CheckContext } from '../context.ts';

const ROLES: Role[] = ['invoice', 'permit', 'catalogue'];

export function hsCode(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const key of ctx.keys) {
    if (!disagrees(ctx, key, ROLES, (l) => l.hsCode?.value, hsCodesConflict)) continue;
    const seen: { role: Role; code: string; at: CellRef }[] = [];
    for (const role of ROLES) {
      for (const line of ctx.items[role]?.get(key)?.lines ?? []) {
        if (line.hsCode) seen.push({ role, code: line.hsCode.value, at: ref(role, line.hsCode) });
      }
    }
    const first = seen[0];
    const conflict = first && seen.find((s) => hsCodesConflict(s.code, first.code));
    if (!first || !conflict) continue;
    const name = ctx.displayName.get(key)!;
    const codes = [...new Set(seen.map((s) => `${formatHsCode(s.code)} (${s.role})`))].join(', ');
    out.push(finding('HS_CODE_MISMATCH', {
      model: name, first_role: first.role, first_code: formatHsCode(first.code), other: conflict.role, other_code: formatHsCode(conflict.code), codes,
    }, seen.map((s) => s.at), name));
  }
  return out;
}

