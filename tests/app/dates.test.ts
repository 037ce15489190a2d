// Dates as each language writes them, and stored UTC timestamps shown in the computer's time zone.
import { afterEach, describe, expect, it } from 'vitest';
import { dayEn, dayVi, localDay, momentEn, momentVi } from '../../renderer/src/i18n/dates.ts';

const TZ = process.env.TZ;
afterEach(() => { process.env.TZ = TZ; });

describe('dates on screen', () => {
  it('puts the day first in Vietnamese and spells the month in English, never month-first digits', () => {
    expect(dayVi('2026-03-04')).toBe('04/03/2026');
    expect(dayEn('2026-03-04')).toBe('4 Mar 2026');
    expect(dayVi('soon')).toBe('soon');
  });

  it('shows a UTC timestamp in local time (Vietnam is UTC+7), to the minute or the second', () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    expect(momentVi('2026-11-23T02:05:09.000Z')).toBe('23/11/2026 09:05');
    expect(momentEn('2026-11-23T02:05:09.000Z', true)).toBe('23 Nov 2026 09:05:09');
    // 20:30 UTC is already the next day in Hải Phòng.
    expect(localDay('2026-11-23T20:30:00.000Z')).toBe('2026-11-24');
    expect(momentEn('not a time')).toBe('not a time');
  });
});
