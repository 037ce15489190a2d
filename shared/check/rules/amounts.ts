// Invoice arithmetic: quantity × unit price = line amount; the sum of line amounts = the stated total.
import type { Finding } from '../../domain/types.ts';
import { differs } from '../../parse/number.ts';
import { finding, modelKey, ref, round, type CheckContext } from '../context.ts';

const CENT = 0.01;

export function amounts(ctx: CheckContext): Finding[] {
  const doc = ctx.docs.invoice;
  if (!doc) return [];
  const out: Finding[] = [];
  let sum = 0;
  let counted = 0;
  for (const line of doc.lines) {
    const { quantity: q, unitPrice: p, amount: a } = line;
    if (a) {
      sum += a.value;
      counted++;
    } else if (q && p) {
      sum += q.value * p.value;
      counted++;
    }
    if (!q || !p || !a) continue;
    const expected = q.value * p.value;
    // The exact product: rounding it to cents first would let a line 0.014 off pass as 0.01 off.
    if (!differs(expected, a.value, CENT)) continue;
    out.push(finding('LINE_AMOUNT_MISMATCH', {
      model: line.model?.value ?? '', quantity: q.value, unit_price: p.value, expected: round(expected), stated: a.value,
    }, [ref('invoice', q), ref('invoice', p), ref('invoice', a)], line.model ? ctx.displayName.get(modelKey(line.model.value)) ?? line.model.value : undefined));
  }
  const total = doc.header.total;
  if (total && counted > 0 && differs(Math.round(sum * 100) / 100, total.value, CENT)) {
    out.push(finding('INVOICE_TOTAL_MISMATCH', { stated: total.value, sum: round(sum), currency: doc.header.currency?.value ?? '' },
      [ref('invoice', total)]));
  }
  return out;
}

