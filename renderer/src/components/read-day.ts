// A day typed by hand. Vietnamese paperwork writes day first (28/11/2026), and a browser's date picker follows
// the machine's locale instead (11/28/2026 on an en-US install), so the app reads only two unambiguous forms:
// day/month/year with a four-digit year last, and ISO year-month-day. Never month-first: 03/04/2026 is 3 April.
import { isValidIsoDate } from '../../../shared/parse/date.ts';

export type DayReading =
  | { kind: 'empty' }
  | { kind: 'day'; iso: string }
  /** Not written in either form. */
  | { kind: 'unreadable' }
  /** In a form, but no such day (31/02), or a year the archive refuses. */
  | { kind: 'impossible' };

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export function readDay(written: string): DayReading {
  const text = written.trim();
  if (text === '') return { kind: 'empty' };
  const dayFirst = text.match(DAY_FIRST);
  const iso = text.match(ISO);
  if (!dayFirst && !iso) return { kind: 'unreadable' };
  const [y, m, d] = dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : [iso![1], iso![2], iso![3]];
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  // The main process checks the same way (isValidIsoDate), so what passes here is never refused there.
  return isValidIsoDate(day) ? { kind: 'day', iso: day } : { kind: 'impossible' };
}
