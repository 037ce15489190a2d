// Dates as written on invoices and permits. Vietnamese documents write day first (02/11/2026);
// a first number above 12 settles it either way, otherwise day-first is assumed.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** An ISO date (YYYY-MM-DD) found in the value, or null. */
export function parseDate(input: unknown): string | null {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    return iso(input.getFullYear(), input.getMonth() + 1, input.getDate());
  }
  if (typeof input === 'number') return fromExcelSerial(input);
  if (typeof input !== 'string') return null;
  const text = input.trim().toLowerCase();
  let m = text.match(/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = text.match(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = text.match(/(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/) ?? text.match(/(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/);
  if (m) return iso(+m[3], +m[2], +m[1]);
  m = text.match(/(\d{1,2})[\s\-/.]*([a-z]{3,9})\.?[\s\-/.,]*(\d{4}|\d{2})\b/);
  if (m && monthOf(m[2])) return iso(year(m[3]), monthOf(m[2])!, +m[1]);
  m = text.match(/\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/);
  if (m && monthOf(m[1])) return iso(+m[3], monthOf(m[1])!, +m[2]);
  m = text.match(/(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b/);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    const y = year(m[3]);
    return b > 12 && a <= 12 ? iso(y, a, b) : iso(y, b, a);
  }
  return null;
}

function monthOf(word: string): number | undefined {
  return MONTHS[word.slice(0, 4) === 'sept' ? 'sept' : word.slice(0, 3)];
}

function year(text: string): number {
  const y = +text;
  return text.length === 2 ? 2000 + y : y;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Excel's day count (1900 date system) for serials in a plausible range of trade dates. */
function fromExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 20000 || serial > 80000) return null;
  const ms = Math.round((serial - 25569) * 86400 * 1000);
  const d = new Date(ms);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function isValidIsoDate(text: string): boolean {
  const m = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return !!m && iso(+m[1], +m[2], +m[3]) === text;
}
