// The permit must be in force on the check date: from its issue date to its validity end.
import type { Finding } from '../../domain/types.ts';
import { finding, ref, type CheckContext } from '../context.ts';

export function permitValidity(ctx: CheckContext): Finding[] {
  const permit = ctx.docs.permit;
  if (!permit) return [];
  const { issue_date: issued, valid_until: until, number } = permit.header;
  const out: Finding[] = [];
  const permitNo = number?.value ?? '';
  if (until && ctx.date > until.value) {
    out.push(finding('PERMIT_EXPIRED', { permit: permitNo, valid_until: until.value, date: ctx.date }, [ref('permit', until)]));
  }
  if (issued && ctx.date < issued.value) {
    out.push(finding('PERMIT_NOT_YET_VALID', { permit: permitNo, issue_date: issued.value, date: ctx.date }, [ref('permit', issued)]));
  }
  if (!until) {
    const at = number ?? permit.lines[0]?.model;
    out.push(finding('PERMIT_VALIDITY_UNKNOWN', { permit: permitNo }, at ? [ref('permit', at)] : []));
  }
  return out;
}
