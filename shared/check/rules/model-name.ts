// Two documents that name one model differently ("FG-100F" / "FG 100F"): matched, but worth a look,
// since customs compares the model strings as written.
import type { Finding, Role } from '../../domain/types.ts';
import { finding, refsOf, type CheckContext, type ItemGroup } from '../context.ts';

const ORDER: Role[] = ['invoice', 'packing_list', 'permit', 'catalogue'];

export function modelName(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const key of ctx.keys) {
    const name = ctx.displayName.get(key)!;
    const present = ORDER.filter((r) => ctx.items[r]?.has(key));
    if (present.length < 2) continue;
    const first = present[0];
    const base = ctx.items[first]!.get(key)!;
    for (const role of present.slice(1)) {
      const other = ctx.items[role]!.get(key)!;
      const differing = differingSpelling(base, other);
      if (differing === undefined) continue;
      out.push(finding('MODEL_NEAR_MATCH', { model: name, first_role: first, other: role, other_name: differing },
        [...refsOf(first, base, 'model').slice(0, 1), ...refsOf(role, other, 'model').filter((_, i) => other.lines[i].model?.value.trim() === differing).slice(0, 1)], name));
    }
  }
  return out;
}

function differingSpelling(base: ItemGroup, other: ItemGroup): string | undefined {
  const known = (s: string): boolean => s === base.written || base.spellings.has(s);
  if (!known(other.written)) return other.written;
  for (const s of other.spellings) if (!known(s)) return s;
  return undefined;
}
