import { describe, expect, it } from 'vitest';
import { checkClock } from '../../electron/main/check-date.ts';

describe('the day the app checks for', () => {
  it('is today unless pinned', () => {
    const r = checkClock(undefined);
    if (!('clock' in r)) throw new Error(r.error);
    expect(Math.abs(r.clock().getTime() - Date.now())).toBeLessThan(5_000);
  });

  it('is the pinned day, at noon local time', () => {
    const r = checkClock('2026-11-20');
    if (!('clock' in r)) throw new Error(r.error);
    const d = r.clock();
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()]).toEqual([2026, 11, 20, 12]);
  });

  it.each(['20/11/2026', '2026-02-30', '2026-13-01', 'tomorrow'])('refuses %s with a sentence naming the setting', (v) => {
    expect(checkClock(v)).toEqual({ error: expect.stringContaining('DOSSIER_CHECK_DATE') });
  });
});
