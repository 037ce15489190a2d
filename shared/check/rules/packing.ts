// Packing-list arithmetic: stated totals (packages, net and gross weight) = the sums of the lines;
// gross weight never below net weight, on a line or in the totals.
import type { DocumentHeader, DocumentLine, Finding, HeaderKey, LineField } from '../../domain/types.ts';
import { differs } from '../../parse/number.ts';
import { finding, modelKey, ref, round, type CheckContext } from '../context.ts';

const TOTALS: [HeaderKey, LineField, number][] = [
  ['total_packages', 'packages', 0.5],
  ['total_net_weight', 'netWeight', 0.01],
  ['total_gross_weight', 'grossWeight', 0.01],
];

export function packing(ctx: CheckContext): Finding[] {
  const doc = ctx.docs.packing_list;
  if (!doc) return [];
  const out: Finding[] = [];
  for (const [key, field, tolerance] of TOTALS) {
    const stated = doc.header[key] as DocumentHeader['total'];
    if (!stated) continue;
    const values = doc.lines.map((l) => l[field as keyof DocumentLine]).filter(Boolean) as { value: number }[];
    if (values.length === 0) continue;
    const sum = values.reduce((s, v) => s + v.value, 0);
    if (!differs(sum, stated.value, tolerance)) continue;
    out.push(finding('PACKING_TOTAL_MISMATCH', { total: key, stated: stated.value, sum: round(sum) }, [ref('packing_list', stated)]));
  }
  for (const line of doc.lines) {
    if (line.netWeight && line.grossWeight && line.grossWeight.value < line.netWeight.value - 1e-9) {
      out.push(finding('WEIGHT_INCONSISTENT', { where: 'line', row: line.row, net: line.netWeight.value, gross: line.grossWeight.value },
        [ref('packing_list', line.netWeight), ref('packing_list', line.grossWeight)], line.model ? ctx.displayName.get(modelKey(line.model.value)) ?? line.model.value : undefined));
    }
  }
  const { total_net_weight: net, total_gross_weight: gross } = doc.header;
  if (net && gross && gross.value < net.value - 1e-9) {
    out.push(finding('WEIGHT_INCONSISTENT', { where: 'totals', net: net.value, gross: gross.value }, [ref('packing_list', net), ref('packing_list', gross)]));
  }
  return out;
}

