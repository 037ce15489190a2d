// Vietnam's working days: Monday to Friday, less the public holidays and observed days of the table, with the
// swap days a company adds (an extra day off, a make-up Saturday). Pure: the table and swaps come in as data.
import { addDays, weekday, yearOf } from './dates.ts';
import type { HolidayTable } from './holiday-table.ts';

export interface SwapDays {
  /** Extra days off (e.g. a bridge day the company grants). */
  daysOff: string[];
  /** Days worked that would otherwise be off (e.g. a make-up Saturday). */
  workDays: string[];
}

export const NO_SWAPS: SwapDays = { daysOff: [], workDays: [] };

export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  /** True when the day's status comes from an estimated holiday row or a year the table does not cover. */
  isUncertain(date: string): boolean;
  /** The table behind it: which years it covers. */
  readonly table: HolidayTable;
}

export function makeCalendar(table: HolidayTable, swaps: SwapDays = NO_SWAPS): WorkingCalendar {
  const off = new Set(swaps.daysOff);
  const work = new Set(swaps.workDays);
  return {
    table,
    isWorkingDay(date) {
      // The user's own swap days win over the table: they know what their office and the authority did.
      if (work.has(date)) return true;
      if (off.has(date)) return false;
      const wd = weekday(date);
      if (wd === 0 || wd === 6) return false;
      return !table.holidays.has(date);
    },
    isUncertain(date) {
      if (work.has(date) || off.has(date)) return false;
      const y = yearOf(date);
      if (y < table.firstYear || y > table.lastYear) return true;
      return table.holidays.get(date)?.estimated === true;
    },
  };
}

/**
 * A calendar that remembers whether any day it was asked about is uncertain: a plan is `estimated` when a date
 * it gives depends on such a day (the day was skipped or counted on the table's guess).
 */
export interface TrackingCalendar extends WorkingCalendar {
  readonly uncertain: boolean;
  /** Years outside the table among the days asked about, ascending. */
  readonly unknownYears: number[];
}

export function tracking(cal: WorkingCalendar): TrackingCalendar {
  let uncertain = false;
  const years = new Set<number>();
  return {
    table: cal.table,
    isUncertain: (d) => cal.isUncertain(d),
    isWorkingDay(date) {
      if (cal.isUncertain(date)) {
        uncertain = true;
        const y = yearOf(date);
        if (y < cal.table.firstYear || y > cal.table.lastYear) years.add(y);
      }
      return cal.isWorkingDay(date);
    },
    get uncertain() { return uncertain; },
    get unknownYears() { return [...years].sort((a, b) => a - b); },
  };
}

/** The working day itself when `date` is one, otherwise the next one (a filing on a Saturday counts Monday). */
export function onOrNextWorkingDay(cal: WorkingCalendar, date: string): string {
  let d = date;
  while (!cal.isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(cal: WorkingCalendar, date: string): string {
  let d = addDays(date, -1);
  while (!cal.isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/** The n-th working day after `date`: counting starts on the first working day after it (n ≥ 1). */
export function nthWorkingDayAfter(cal: WorkingCalendar, date: string, n: number): string {
  let d = date;
  for (let count = 0; count < n; ) {
    d = addDays(d, 1);
    if (cal.isWorkingDay(d)) count++;
  }
  return d;
}

/** The n-th working day before `date` (n ≥ 1). */
export function nthWorkingDayBefore(cal: WorkingCalendar, date: string, n: number): string {
  let d = date;
  for (let count = 0; count < n; ) {
    d = addDays(d, -1);
    if (cal.isWorkingDay(d)) count++;
  }
  return d;
}

/** Working days in (from, to]: how many working days `to` comes after `from` (0 when to ≤ from). */
export function workingDaysAfter(cal: WorkingCalendar, from: string, to: string): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (cal.isWorkingDay(d)) count++;
  return count;
}
