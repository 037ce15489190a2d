// HS codes as written on trade documents: "8517.62.59", "85176259", "8517 62 59", "8517.62", 85176259 (a number).

/** Digits of the code (4, 6 or 8 of them, occasionally 10), or null when it is not an HS code. */
export function parseHsCode(input: unknown): string | null {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input <= 0) return null;
    if (Number.isInteger(input)) return parseHsCode(String(input)); // 1012100 lost its leading zero: padded below
    // A number drops trailing zeros: 8471.30 arrives as 8471.3, and its pairs of digits must be restored.
    const [int, frac] = String(input).split('.');
    if (frac.length > 6) return null;
    return parseHsCode(`${int.padStart(4, '0')}.${frac.length % 2 ? frac + '0' : frac}`);
  }
  if (typeof input !== 'string') return null;
  const text = input.trim().replace(/^(hs|h\.s\.|mã hs|ma hs)\s*(code)?\s*[:：]?\s*/i, '');
  if (!/^[0-9][0-9 .\-]*[0-9]$/.test(text)) return null;
  if (!wellGrouped(text)) return null;
  const digits = text.replace(/[ .\-]/g, '');
  if (digits.length === 7 || digits.length === 5 || digits.length === 3) return '0' + digits;
  if (digits.length === 4 || digits.length === 6 || digits.length === 8 || digits.length === 10) return digits;
  return null;
}

/**
 * Written with separators, a code is a heading (4 digits, or "85.17") followed by pairs of digits: "8517.62.5" is a
 * digit short, not code 0851.76.25 with a lost leading zero (that padding is for codes that went through a number).
 */
function wellGrouped(text: string): boolean {
  const groups = text.split(/[ .\-]+/);
  if (groups.length === 1) return true;
  if (groups.length === 2 && groups[0].length === 2 && groups[1].length === 2) return true;
  const [head, ...rest] = groups;
  return (head.length === 4 || head.length === 3) && rest.every((g) => g.length > 0 && g.length % 2 === 0);
}

/** "85176259" → "8517.62.59"; "851762" → "8517.62"; "8517" → "85.17". */
export function formatHsCode(digits: string): string {
  if (digits.length === 4) return `${digits.slice(0, 2)}.${digits.slice(2)}`;
  const parts = [digits.slice(0, 4)];
  for (let i = 4; i < digits.length; i += 2) parts.push(digits.slice(i, i + 2));
  return parts.join('.');
}

/** Whether two codes name different goods: neither is a prefix of the other. */
export function hsCodesConflict(a: string, b: string): boolean {
  return !(a.startsWith(b) || b.startsWith(a));
}
