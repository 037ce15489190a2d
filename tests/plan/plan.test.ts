// The working-day calendar and the back-plan over the holidays that matter: Tết 2026 and 2027, Hùng Kings'
// observed day and 30/4–1/5 2026, National Day 2026 (1/9 estimated), filings on a Saturday and on a holiday,
// a return for supplementation, swap days, a year past the table. Dates worked out by hand on a calendar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCalendar, nthWorkingDayAfter, onOrNextWorkingDay, type SwapDays } from '../../shared/calendar/calendar.ts';
import { weekday } from '../../shared/calendar/dates.ts';
import { parseHolidayTable } from '../../shared/calendar/holiday-table.ts';
import { computePlan, planJson, type PlanInput } from '../../shared/plan/back-plan.ts';
import { nextAction, planText } from '../../shared/plan/plan-text.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const table = parseHolidayTable(readFileSync(join(ROOT, 'resources', 'holidays', 'vn-holidays.csv'), 'utf8'));
const plan = (input: Partial<PlanInput> & { eta: string }, swaps?: SwapDays) =>
  computePlan(makeCalendar(table, swaps), { processingDays: 6, today: '2026-01-05', ...input });

describe('holiday table', () => {
  it('is the reference table, byte for byte, covering 2025–2027', () => {
    expect(readFileSync(join(ROOT, 'resources', 'holidays', 'vn-holidays.csv'), 'utf8'))
      .toBe(readFileSync(join(ROOT, '..', 'shared', 'reference', 'vn-holidays.csv'), 'utf8'));
    expect([table.firstYear, table.lastYear]).toEqual([2025, 2027]);
    expect(table.holidays.get('2026-09-01')?.estimated).toBe(true);
    expect(table.holidays.get('2026-09-02')?.estimated).toBe(false);
  });

  it('refuses a malformed row instead of skipping it', () => {
    expect(() => parseHolidayTable('date,name,estimated\n2026-13-01,Nope,false\n')).toThrow(/line 2/);
    expect(() => parseHolidayTable('date,name,estimated\n2026-01-01,New Year,maybe\n')).toThrow(/line 2/);
  });

  it('knows the weekday of a date in any time zone', () => {
    expect(weekday('2026-03-02')).toBe(1);
    expect(weekday('2026-02-14')).toBe(6);
    expect(weekday('1970-01-01')).toBe(4);
  });
});

describe('calendar', () => {
  const cal = makeCalendar(table);
  it('skips weekends, holidays and observed days', () => {
    expect(cal.isWorkingDay('2026-02-13')).toBe(true);
    for (const d of ['2026-02-14', '2026-02-16', '2026-02-20', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02', '2027-02-10', '2027-05-03']) {
      expect(cal.isWorkingDay(d), d).toBe(false);
    }
    expect(cal.isWorkingDay('2026-02-23')).toBe(true);
  });

  it('counts from the first working day after the day', () => {
    expect(nthWorkingDayAfter(cal, '2026-02-12', 6)).toBe('2026-02-27');
    expect(nthWorkingDayAfter(cal, '2026-02-12', 1)).toBe('2026-02-13');
    expect(nthWorkingDayAfter(cal, '2026-02-13', 1)).toBe('2026-02-23');
  });

  it("applies the user's swap days over the table: an extra day off, a make-up Saturday", () => {
    const swapped = makeCalendar(table, { daysOff: ['2026-02-13'], workDays: ['2026-02-21'] });
    expect(swapped.isWorkingDay('2026-02-13')).toBe(false);
    expect(swapped.isWorkingDay('2026-02-21')).toBe(true);
    expect(onOrNextWorkingDay(swapped, '2026-02-13')).toBe('2026-02-21');
  });

  it('says a year past the table is uncertain, and an estimated holiday too', () => {
    expect(cal.isUncertain('2028-03-01')).toBe(true);
    expect(cal.isUncertain('2024-03-01')).toBe(true);
    expect(cal.isUncertain('2026-09-01')).toBe(true);
    expect(cal.isUncertain('2026-09-02')).toBe(false);
  });
});

describe('back-plan', () => {
  it("gives the contract's worked example across Tết 2026", () => {
    const p = plan({ eta: '2026-03-02' });
    expect(planJson(p)).toEqual({ eta: '2026-03-02', processing_days: 6, permit_needed_by: '2026-02-27', file_by: '2026-02-12', status: 'on_track', estimated: false });
    expect(Object.keys(planJson(p))).toEqual(['eta', 'processing_days', 'permit_needed_by', 'file_by', 'status', 'estimated']);
  });

  it('plans an ETA just after Tết 2026 from before the holiday', () => {
    expect(plan({ eta: '2026-02-23' })).toMatchObject({ permit_needed_by: '2026-02-13', file_by: '2026-02-05', estimated: false });
  });

  it('plans across Tết 2027, saying the dates are estimated', () => {
    expect(plan({ eta: '2027-02-15' })).toMatchObject({ permit_needed_by: '2027-02-12', file_by: '2027-01-28', estimated: true });
  });

  it("skips Hùng Kings' observed day 27/4 and 30/4–1/5 2026", () => {
    expect(plan({ eta: '2026-05-04' })).toMatchObject({ permit_needed_by: '2026-04-29', file_by: '2026-04-20', estimated: false });
  });

  it('skips 1–2/9 2026 and says 1/9 is estimated', () => {
    expect(plan({ eta: '2026-09-03' })).toMatchObject({ permit_needed_by: '2026-08-31', file_by: '2026-08-21', estimated: true });
    expect(plan({ eta: '2026-09-07' })).toMatchObject({ permit_needed_by: '2026-09-04', file_by: '2026-08-25', estimated: true });
    // A plan that never touches 1/9 is not estimated.
    expect(plan({ eta: '2026-10-05' }).estimated).toBe(false);
  });

  it('counts a filing on a Saturday as made on the Monday', () => {
    const sat = plan({ eta: '2026-03-02', filed: '2026-02-07' });
    const mon = plan({ eta: '2026-03-02', filed: '2026-02-09' });
    expect(sat.expected_approval).toBe('2026-02-24');
    expect(mon.expected_approval).toBe('2026-02-24');
    expect(plan({ eta: '2026-03-02', filed: '2026-02-06' }).expected_approval).toBe('2026-02-23');
    expect(planJson(sat)).toEqual({ eta: '2026-03-02', processing_days: 6, permit_needed_by: '2026-02-27', file_by: '2026-02-12', filed: '2026-02-07', expected_approval: '2026-02-24', status: 'on_track', estimated: false });
  });

  it('counts a filing on a holiday as made on the next working day, and says how late it is', () => {
    // Filed on Saturday 14/02, in the Tết week: counts as Monday 23/02; approval 03/03, 2 working days late.
    expect(plan({ eta: '2026-03-02', filed: '2026-02-14' })).toMatchObject({ expected_approval: '2026-03-03', status: 'late', late_by: 2 });
    // Filed on 30/04 (a holiday): counts as Monday 04/05.
    expect(plan({ eta: '2026-05-20', filed: '2026-04-30' })).toMatchObject({ expected_approval: '2026-05-12', status: 'on_track' });
  });

  it('restarts the count from the resubmission after a return for supplementation', () => {
    const p = plan({ eta: '2026-03-02', filed: '2026-02-09', returned: '2026-02-12', resubmitted: '2026-02-24' });
    expect(planJson(p)).toEqual({ eta: '2026-03-02', processing_days: 6, permit_needed_by: '2026-02-27', file_by: '2026-02-12', filed: '2026-02-09', expected_approval: '2026-03-04', status: 'late', late_by: 3, estimated: false });
    // Returned and not yet filed again (the app's state): no expected approval, resubmit now.
    const waiting = plan({ eta: '2026-03-02', filed: '2026-02-09', returned: '2026-02-12', today: '2026-02-12' });
    expect(waiting.expected_approval).toBeUndefined();
    expect(nextAction(waiting, 'en')).toMatch(/sent back/);
  });

  it("moves file_by with the user's swap days", () => {
    expect(plan({ eta: '2026-03-02' }, { daysOff: [], workDays: ['2026-02-14'] }).file_by).toBe('2026-02-13');
    expect(plan({ eta: '2026-03-02' }, { daysOff: ['2026-02-13'], workDays: [] }).file_by).toBe('2026-02-11');
  });

  it('is on track up to file_by and late the working day after, by what filing today would cost', () => {
    const onTheDay = plan({ eta: '2026-03-02', today: '2026-02-12' });
    expect(onTheDay).toMatchObject({ status: 'on_track', workingDaysLeft: 0 });
    expect(onTheDay.late_by).toBeUndefined();
    expect(nextAction(onTheDay, 'en')).toBe('File the application today.');
    expect(nextAction(onTheDay, 'vi')).toBe('Nộp hồ sơ xin giấy phép hôm nay.');
    expect(plan({ eta: '2026-03-02', today: '2026-02-10' }).workingDaysLeft).toBe(2);
    expect(plan({ eta: '2026-03-02', today: '2026-02-13' })).toMatchObject({ status: 'late', late_by: 1 });
    const sat = plan({ eta: '2026-03-02', today: '2026-02-14' });
    expect(sat).toMatchObject({ status: 'late', late_by: 2 });
    expect(nextAction(sat, 'en')).toMatch(/^2 working days late/);
  });

  it('says a year past the table, never silently all working days', () => {
    const p = plan({ eta: '2028-03-01' });
    expect(p.estimated).toBe(true);
    expect(p.unknownYears).toEqual([2028]);
    expect(planText(p, 'en')).toContain('The holiday table has no rows for 2028');
    expect(planText(p, 'vi')).toContain('Bảng ngày nghỉ lễ không có năm 2028');
  });

  it('the issue\'s shipment: ETA 24/11 checked on 20/11 is late', () => {
    expect(plan({ eta: '2026-11-24', today: '2026-11-20' })).toMatchObject({ permit_needed_by: '2026-11-23', file_by: '2026-11-13', status: 'late', late_by: 5 });
  });
});
