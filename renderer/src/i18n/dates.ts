// Dates as each language writes them. Vietnamese puts the day first (28/11/2026); English gets the month as a
// word (28 Nov 2026), so neither can be read month-first. Timestamps are stored in UTC and shown in the
// computer's own time zone: an audit entry made at 9:05 in Hải Phòng reads 09:05, not 02:05.
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (n: number) => String(n).padStart(2, '0');

/** A calendar day (YYYY-MM-DD); anything else is shown as it is. */
export function dayVi(iso: string): string {
  const m = ISO_DAY.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export function dayEn(iso: string): string {
  const m = ISO_DAY.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : iso;
}

/** A stored timestamp (ISO 8601) in local time, to the minute or the second. */
export function momentVi(ts: string, seconds = false): string {
  const d = new Date(ts);
  if (Number.isNaN(d.getTime())) return ts;
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${clock(d, seconds)}`;
}

export function momentEn(ts: string, seconds = false): string {
  const d = new Date(ts);
  if (Number.isNaN(d.getTime())) return ts;
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()} ${clock(d, seconds)}`;
}

function clock(d: Date, seconds: boolean): string {
  return `${two(d.getHours())}:${two(d.getMinutes())}${seconds ? `:${two(d.getSeconds())}` : ''}`;
}

/** The local calendar day of a stored timestamp, YYYY-MM-DD. */
export function localDay(ts: string): string {
  const d = new Date(ts);
  return Number.isNaN(d.getTime()) ? ts.slice(0, 10) : `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
