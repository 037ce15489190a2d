// The holiday table (resources/holidays/vn-holidays.csv) as data: which days are off, which of them are
// estimated, and which years the table covers at all.
import { isValidIsoDate } from '../parse/date.ts';
import { yearOf } from './dates.ts';

export interface Holiday {
  date: string;
  name: string;
  /** Not yet announced by the government: plans that depend on it say so. */
  estimated: boolean;
}

export interface HolidayTable {
  holidays: Map<string, Holiday>;
  /** First and last year with rows: any other year is unknown to the table. */
  firstYear: number;
  lastYear: number;
}

/** Parses the table's CSV text (header `date,name,estimated`); a malformed row is an error, never skipped. */
export function parseHolidayTable(csv: string): HolidayTable {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift()?.split(',').map((h) => h.trim().toLowerCase());
  if (!header || header[0] !== 'date' || header[header.length - 1] !== 'estimated') {
    throw new Error('holiday table: the first line must be "date,name,estimated".');
  }
  const holidays = new Map<string, Holiday>();
  let firstYear = Infinity;
  let lastYear = -Infinity;
  lines.forEach((line, i) => {
    const first = line.indexOf(',');
    const last = line.lastIndexOf(',');
    const date = line.slice(0, first).trim();
    const flag = line.slice(last + 1).trim().toLowerCase();
    const name = line.slice(first + 1, last).trim().replace(/^"(.*)"$/, '$1');
    if (first < 0 || first === last || !isValidIsoDate(date) || (flag !== 'true' && flag !== 'false')) {
      throw new Error(`holiday table, line ${i + 2}: "${line}" is not "YYYY-MM-DD,name,true|false".`);
    }
    holidays.set(date, { date, name, estimated: flag === 'true' });
    firstYear = Math.min(firstYear, yearOf(date));
    lastYear = Math.max(lastYear, yearOf(date));
  });
  if (holidays.size === 0) throw new Error('holiday table: no rows.');
  return { holidays, firstYear, lastYear };
}
