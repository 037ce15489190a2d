// Numbers as suppliers write them: real numbers, or text in either decimal convention
// ("1,200.50", "1.200,50", "12 500", "USD 1,200.00", "(50.00)").

/** Which character a document uses as decimal separator; 'unknown' when nothing in it tells. */
export type DecimalConvention = '.' | ',' | 'unknown';

// One character of a currency or unit written around a number. Stripped by a scan from each end, not by a
// /^[…]+|[…]+$/ regex: that one retries its second branch at every position, so a 40,000-character cell of
// words and a digit took 12 s.
const CURRENCY_OR_UNIT_CHAR = /^[\p{L}$€¥£₫\s'’.:]$/u;
const SPACES = /[\s\u00a0\u202f']/g;

export interface NumberParse {
  value: number;
  /** Letters stripped from around the number ("USD", "PCS"), upper-cased; '' when none. */
  affix: string;
}

/** Reads a number from a cell value, or null when the cell does not hold one. */
const PLAIN_INTEGER = /^\s*\d{1,15}\s*$/;

export function parseNumber(input: unknown, convention: DecimalConvention = 'unknown'): NumberParse | null {
  if (typeof input === 'number') return Number.isFinite(input) ? { value: input, affix: '' } : null;
  if (typeof input !== 'string') return null;
  // Most text numbers are plain integers ("20"): no separators to interpret.
  if (PLAIN_INTEGER.test(input)) return { value: Number(input), affix: '' };
  let text = input.trim();
  if (text === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  const stripped = stripAffixes(text);
  const affix = stripped.affixes.join(' ').replace(/[\s'’.:]+/g, ' ').trim().toUpperCase();
  text = stripped.core.replace(SPACES, '');
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) {
    text = text.slice(1);
  }
  if (!/^[0-9][0-9.,]*$/.test(text) || /[.,]{2}/.test(text) || /[.,]$/.test(text)) return null;
  const normalised = toPlainDecimal(text, convention);
  if (normalised === null) return null;
  const value = Number(normalised);
  if (!Number.isFinite(value)) return null;
  return { value: negative ? -value : value, affix };
}

/** The run of currency/unit characters at the start and the one at the end, and what lies between: linear. */
function stripAffixes(text: string): { affixes: string[]; core: string } {
  const chars = Array.from(text);
  let start = 0;
  while (start < chars.length && CURRENCY_OR_UNIT_CHAR.test(chars[start])) start++;
  let end = chars.length;
  while (end > start && CURRENCY_OR_UNIT_CHAR.test(chars[end - 1])) end--;
  const affixes: string[] = [];
  if (start > 0) affixes.push(chars.slice(0, start).join(''));
  if (end < chars.length) affixes.push(chars.slice(end).join(''));
  return { affixes, core: chars.slice(start, end).join('') };
}

function toPlainDecimal(text: string, convention: DecimalConvention): string | null {
  const dots = count(text, '.');
  const commas = count(text, ',');
  if (dots === 0 && commas === 0) return text;
  if (dots > 0 && commas > 0) {
    // Both present: the last one written is the decimal separator.
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    if (count(text, decimal) > 1) return null;
    if (!validGrouping(text.split(decimal)[0], thousands)) return null;
    return text.split(thousands).join('').replace(decimal, '.');
  }
  const sep = dots > 0 ? '.' : ',';
  const n = dots + commas;
  if (n > 1) {
    // "1.200.000" or "1,200,000": only thousands separators repeat.
    return validGrouping(text, sep) ? text.split(sep).join('') : null;
  }
  const [intPart, frac] = text.split(sep);
  if (frac.length !== 3) return `${intPart}.${frac}`;
  // "1.200" / "1,200": thousands unless the document shows this character is its decimal mark.
  if (convention === sep) return `${intPart}.${frac}`;
  if (intPart === '0') return `0.${frac}`;
  return intPart + frac;
}

function validGrouping(intText: string, sep: string): boolean {
  const groups = intText.split(sep);
  if (groups.length === 1) return true;
  return /^[0-9]{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^[0-9]{3}$/.test(g));
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/** Looks at how numbers are written across a document to settle "1.200" and "1,200". */
export function detectConvention(samples: Iterable<string>): DecimalConvention {
  let dot = 0;
  let comma = 0;
  for (const s of samples) {
    const t = s.replace(SPACES, '');
    if (/\d\.\d{3},\d/.test(t) || /\d,\d{1,2}(?!\d)/.test(t) || /\d,\d{4,}/.test(t)) comma++;
    else if (/\d,\d{3}\.\d/.test(t) || /\d\.\d{1,2}(?!\d)/.test(t) || /\d\.\d{4,}/.test(t)) dot++;
  }
  if (dot === comma) return 'unknown';
  return dot > comma ? '.' : ',';
}

/** Equal within a tolerance, with a little slack for binary floating point. */
export function differs(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) > tolerance + 1e-9;
}
