// Calendar days as ISO strings (YYYY-MM-DD), counted in UTC so no time zone or daylight saving shifts a day.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(iso: string): number {
  return Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS);
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

export function yearOf(iso: string): number {
  return +iso.slice(0, 4);
}

const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export function weekdayName(iso: string, lang: 'en' | 'vi'): string {
  return (lang === 'vi' ? WEEKDAY_VI : WEEKDAY_EN)[weekday(iso)];
}

/** A day as the reader writes it: 20/11/2026 in Vietnamese, the ISO day (2026-11-20) in English, as the contract's JSON. */
export function shownDate(iso: string, lang: 'en' | 'vi'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return lang === 'vi' && m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
