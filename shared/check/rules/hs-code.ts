// One model, one HS code: invoice, permit and catalogue must not classify the same model differently.
import type { CellRef, Finding, Role } from '../../domain/types.ts';
import { formatHsCode, hsCodesConflict } from '../../parse/hs-code.ts';
import { finding, ref, type CheckContext } from '../context.ts';

const ROLES: Role[] = ['invoice', 'permit', 'catalogue'];

export function hsCode(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const key of ctx.keys) {
    if (!disagrees(ctx, key)) continue;
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

/** A quick pass without allocating: almost every model agrees, and only the rest needs its refs gathered. */
function disagrees(ctx: CheckContext, key: string): boolean {
  let first: string | undefined;
  for (const role of ROLES) {
    const lines = ctx.items[role]?.get(key)?.lines;
    if (!lines) continue;
    for (const line of lines) {
      const v = line.hsCode?.value;
      if (v === undefined) continue;
      if (first === undefined) first = v;
      else if (hsCodesConflict(v, first)) return true;
    }
  }
  return false;
}
