// "1.000" and "1,250" read two ways: one thousand / one, twelve hundred and fifty / one and a quarter. Which one a
// cell means is decided by the other numbers of its column ("12,50" or "1.250,00" below it); when nothing there
// decides, the reader says so with both readings instead of guessing.
import { detectConvention, type DecimalConvention } from './number.ts';

// One separator, exactly three digits after it, a non-zero integer part of one to three digits; currency or unit
// letters around it are allowed ("USD 1,250", "1.000 PCS").
const TWO_WAY = /^[^\d]*?([1-9]\d{0,2})([.,])(\d{3})[^\d.,]*$/;

export interface TwoReadings {
  /** The separator read as thousands: 1,250 → 1250. */
  thousands: number;
  /** The separator read as the decimal mark: 1,250 → 1.25. */
  decimal: number;
  separator: '.' | ',';
}

/** Both readings of a text number that reads two ways, or null when it reads one way only. */
export function twoReadings(text: string): TwoReadings | null {
  const m = TWO_WAY.exec(text.replace(/[\s\u00a0\u202f]/g, ' ').trim());
  if (!m) return null;
  return { thousands: Number(m[1] + m[3]), decimal: Number(`${m[1]}.${m[3]}`), separator: m[2] as '.' | ',' };
}

/**
 * The convention a column's own numbers show ('unknown' when none of them tells): "12,50" and "1.250,00" say
 * comma, "1,250.00" and "12.5" say dot, and so do repeated groups ("1.000.000" groups with dots, so its decimal
 * mark is the comma).
 */
export function columnConvention(texts: Iterable<string>): DecimalConvention {
  let dot = 0;
  let comma = 0;
  for (const raw of texts) {
    const t = raw.replace(/[\s\u00a0\u202f']/g, '');
    const c = detectConvention([t]);
    if (c === ',') comma++;
    else if (c === '.') dot++;
    else if (/\d\.\d{3}\.\d{3}(?!\d)/.test(t)) comma++;
    else if (/\d,\d{3},\d{3}(?!\d)/.test(t)) dot++;
  }
  if (dot === comma) return 'unknown';
  return dot > comma ? '.' : ',';
}
