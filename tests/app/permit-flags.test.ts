// The shipments list's permit flags: expired, expiring within 30 days of the check day, over-drawn; none once cancelled.
import { describe, expect, it } from 'vitest';
import { EXPIRING_DAYS, permitFlags } from '../../electron/handlers/permit-handlers.ts';

describe('permit flags in the shipments list', () => {
  const p = (validUntil: string | undefined, overdrawn = false, cancelled = false) =>
    ({ number: '1/GP', ...(validUntil ? { validUntil } : {}), overdrawn, cancelled });
  it.each([
    ['2026-11-19', false, ['expired']],
    ['2026-11-20', false, ['expiring']],
    ['2026-12-20', false, ['expiring']],
    ['2026-12-21', false, []],
    ['2027-06-30', true, ['overdrawn']],
    ['2026-11-01', true, ['expired', 'overdrawn']],
    [undefined, false, []],
  ] as const)('valid until %s, over-drawn %s → %j', (until, over, flags) => {
    expect(permitFlags(p(until, over), '2026-11-20')).toEqual(flags);
  });
  it('says nothing of a cancelled folder or one without a permit', () => {
    expect(EXPIRING_DAYS).toBe(30);
    expect(permitFlags(p('2026-11-01', true, true), '2026-11-20')).toEqual([]);
    expect(permitFlags(undefined, '2026-11-20')).toEqual([]);
  });
});
