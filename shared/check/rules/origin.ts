// One model, one country of origin across documents (names and ISO codes normalised: China = CN = Trung Quốc = 中国).
import type { CellRef, Finding, Role } from '../../domain/types.ts';
import { disagrees, finding, ref, type CheckContext } from '../context.ts';

const ROLES: Role[] = ['invoice', 'packing_list', 'permit', 'catalogue'];

export function origin(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const key of ctx.keys) {
    if (!disagrees(ctx, key, ROLES, (l) => l.origin?.value)) continue;
    const seen: { role: Role; code: string; raw: string; at: CellRef }[] = [];
    for (const role of ROLES) {
      for (const line of ctx.items[role]?.get(key)?.lines ?? []) {
        if (line.origin) seen.push({ role, code: line.origin.value, raw: line.origin.raw ?? line.origin.value, at: ref(role, line.origin) });
      }
    }
    const first = seen[0];
    const other = first && seen.find((s) => s.code !== first.code);
    if (!first || !other) continue;
    const name = ctx.displayName.get(key)!;
    out.push(finding('ORIGIN_MISMATCH', { model: name, first_role: first.role, first_origin: first.raw, other: other.role, other_origin: other.raw },
      // The cells that disagree, and the first one they disagree with.
      seen.filter((s) => s === first || s.code !== first.code).map((s) => s.at), name));
  }
  return out;
}

