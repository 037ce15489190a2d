// Text folding for matching what people type against what suppliers print:
// case, Vietnamese diacritics (đ included, which NFD does not decompose) and punctuation are ignored.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower case, without diacritics, đ → d. Keeps punctuation. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Folded for matching: no accents, punctuation turned into single spaces, trimmed. */
export function fold(text: string): string {
  // NFKC first: full-width "ＱＴＹ" is QTY, "Nº" is No; the degree sign is not a compatibility character but is
  // typed for º in "N°".
  return stripAccents(text.normalize('NFKC').replace(/([Nn])°/g, '$1o')).replace(NOT_WORD, ' ').trim();
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * Whether folded `phrase` occurs in folded `text` as whole words.
 * Chinese has no spaces between words, so a CJK phrase matches as a substring.
 */
export function containsPhrase(text: string, phrase: string): boolean {
  if (phrase === '') return false;
  if (hasCjk(phrase)) return text.includes(phrase);
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0) return false;
    const before = at === 0 ? ' ' : text[at - 1];
    const after = at + phrase.length >= text.length ? ' ' : text[at + phrase.length];
    if (isBoundary(before) && isBoundary(after)) return true;
    from = at + 1;
  }
}

function isBoundary(ch: string): boolean {
  return ch === ' ' || CJK.test(ch);
}
