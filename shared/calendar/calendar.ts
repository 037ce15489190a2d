// Vietnam's working days: Monday to Friday, less the public holidays and observed days of the table, with the
// swap days a company adds (an extra day off, a make-up Saturday). Pure: the table and swaps come in as data.
// Days are counted as day numbers internally: sorting a 20,000-folder list by urgency walks millions of days.
import { dayNumber, fromDayNumber, yearOf } from './dates.ts';
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
  /** The same two questions by day number (days since 1970-01-01). */
  isWorkingDayNo(day: number): boolean;
  isUncertainNo(day: number): boolean;
  /** The table behind it: which years it covers. */
  readonly table: HolidayTable;
}

const weekdayNo = (n: number) => (((n + 4) % 7) + 7) % 7;

export function makeCalendar(table: HolidayTable, swaps: SwapDays = NO_SWAPS): WorkingCalendar {
  const off = new Set(swaps.daysOff.map(dayNumber));
  const work = new Set(swaps.workDays.map(dayNumber));
  const holidays = new Set<number>();
  const estimated = new Set<number>();
  for (const h of table.holidays.values()) {
    holidays.add(dayNumber(h.date));
    if (h.estimated) estimated.add(dayNumber(h.date));
  }
  const first = dayNumber(`${String(table.firstYear).padStart(4, '0')}-01-01`);
  const last = dayNumber(`${String(table.lastYear).padStart(4, '0')}-12-31`);
  const isWorkingDayNo = (n: number) => {
    // The user's own swap days win over the table: they know what their office and the authority did.
    if (work.has(n)) return true;
    if (off.has(n)) return false;
    const wd = weekdayNo(n);
    if (wd === 0 || wd === 6) return false;
    return !holidays.has(n);
  };
  const isUncertainNo = (n: number) => {
    if (work.has(n) || off.has(n)) return false;
    return n < first || n > last || estimated.has(n);
  };
  return {
    table,
    isWorkingDayNo,
    isUncertainNo,
    isWorkingDay: (date) => isWorkingDayNo(dayNumber(date)),
    isUncertain: (date) => isUncertainNo(dayNumber(date)),
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
  const isWorkingDayNo = (n: number) => {
    if (cal.isUncertainNo(n)) {
      uncertain = true;
      const y = yearOf(fromDayNumber(n));
      if (y < cal.table.firstYear || y > cal.table.lastYear) years.add(y);
    }
    return cal.isWorkingDayNo(n);
  };
  return {
    table: cal.table,
    isUncertain: cal.isUncertain,
    isUncertainNo: cal.isUncertainNo,
    isWorkingDayNo,
    isWorkingDay: (date) => isWorkingDayNo(dayNumber(date)),
    get uncertain() { return uncertain; },
    get unknownYears() { return [...years].sort((a, b) => a - b); },
  };
}

/** The working day itself when `date` is one, otherwise the next one (a filing on a Saturday counts Monday). */
export function onOrNextWorkingDay(cal: WorkingCalendar, date: string): string {
  let d = dayNumber(date);
  while (!cal.isWorkingDayNo(d)) d++;
  return fromDayNumber(d);
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(cal: WorkingCalendar, date: string): string {
  let d = dayNumber(date) - 1;
  while (!cal.isWorkingDayNo(d)) d--;
  return fromDayNumber(d);
}

/** The n-th working day after `date`: counting starts on the first working day after it (n ≥ 1). */
export function nthWorkingDayAfter(cal: WorkingCalendar, date: string, n: number): string {
  let d = dayNumber(date);
  for (let count = 0; count < n; ) if (cal.isWorkingDayNo(++d)) count++;
  return fromDayNumber(d);
}

/** The n-th working day before `date` (n ≥ 1). */
export function nthWorkingDayBefore(cal: WorkingCalendar, date: string, n: number): string {
  let d = dayNumber(date);
  for (let count = 0; count < n; ) if (cal.isWorkingDayNo(--d)) count++;
  return fromDayNumber(d);
}

/** Working days in (from, to]: how many working days `to` comes after `from` (0 when to ≤ from). */
export function workingDaysAfter(cal: WorkingCalendar, from: string, to: string): number {
  let count = 0;
  const end = dayNumber(to);
  for (let d = dayNumber(from) + 1; d <= end; d++) if (cal.isWorkingDayNo(d)) count++;
  return count;
}
