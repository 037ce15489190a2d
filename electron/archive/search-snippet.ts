// Why a folder matched a search: the first of its texts (in the order people recognise a folder by) holding
// every searched word, with the matching words marked — the same matching the index does (accent-insensitive,
// punctuated words compacted, the last word a prefix, quoted words side by side), done on the few folders of the
// page shown rather than stored in the index: a contentless FTS5 table keeps no text for snippet().
import type { SearchMatch, SearchSpread } from '../../shared/domain/types.ts';
import { stripAccents } from '../../shared/parse/fold.ts';

type Field = SearchMatch['field'];
export interface SearchSource { field: Field; text: string }

const WORD = /[\p{L}\p{N}]+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Fields whose whole value is also indexed compacted ("VPN GW 2000" found by "vpngw2000"). */
const WHOLE: ReadonlySet<Field> = new Set(['ref', 'model', 'number']);
/** Longer texts are cut around their first match. */
const MAX = 120;
const BEFORE = 30;

/** What must be found: words (compact, the last maybe a prefix) and phrases (words side by side). */
interface Term { words: string[]; prefix: boolean }

export function searchTerms(query: string): Term[] {
  const compact = (w: string): string => stripAccents(w).replace(NOT_WORD, '');
  const terms: Term[] = [];
  const rest = query.replace(/["“”]([^"“”]*)["“”]?/g, (_, inner: string) => {
    const words = inner.split(/\s+/).map(compact).filter(Boolean);
    if (words.length > 0) terms.push({ words, prefix: false });
    return ' ';
  });
  const words = rest.split(/\s+/).map(compact).filter(Boolean);
  words.forEach((w, i) => terms.push({ words: [w], prefix: i === words.length - 1 && (w.length > 1 || words.length === 1) }));
  return terms;
}

interface Folded { text: string; at: number[]; tokens: { start: number; end: number; word: string; gapBefore: string }[] }

/** Folded character by character, so a position in the folded text maps back to the original one. */
function foldWithMap(text: string): Folded {
  let folded = '';
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    // ASCII needs only lower case: most of a supplier's text, and the cost of a page of snippets.
    const f = ch.charCodeAt(0) < 0x80 ? ch.toLowerCase() : stripAccents(ch);
    for (let k = 0; k < f.length; k++) at.push(i);
    folded += f;
    i += ch.length;
  }
  at.push(text.length);
  const tokens: Folded['tokens'] = [];
  let prevEnd = 0;
  for (const m of folded.matchAll(WORD)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, word: m[0], gapBefore: folded.slice(prevEnd, m.index) });
    prevEnd = m.index + m[0].length;
  }
  return { text: folded, at, tokens };
}

/**
 * Where `word` starts at token k: tokens joined (within one punctuated word, or across spaces for the WHOLE
 * fields) until they hold it. Returns the token after the match, or -1.
 */
function matchWordAt(f: Folded, k: number, word: string, prefix: boolean, whole: boolean): number {
  let joined = '';
  for (let m = k; m < f.tokens.length; m++) {
    if (m > k && !whole && /\s/.test(f.tokens[m].gapBefore)) return -1;
    joined += f.tokens[m].word;
    if (joined.length >= word.length) return (prefix ? joined.startsWith(word) : joined === word) ? m + 1 : -1;
    if (!word.startsWith(joined)) return -1;
  }
  return -1;
}

function termRanges(f: Folded, term: Term, whole: boolean): [number, number][] {
  const out: [number, number][] = [];
  if (term.words.some((w) => HAS_CJK.test(w))) {
    // Chinese has no spaces between words: any occurrence of the characters.
    const needle = term.words.join('');
    for (let i = f.text.indexOf(needle); i >= 0; i = f.text.indexOf(needle, i + needle.length)) out.push([i, i + needle.length]);
    return out;
  }
  for (let k = 0; k < f.tokens.length; k++) {
    let next = k;
    for (let w = 0; w < term.words.length && next >= 0; w++) {
      next = next < f.tokens.length ? matchWordAt(f, next, term.words[w], term.prefix && w === term.words.length - 1, whole) : -1;
    }
    if (next > k) out.push([f.tokens[k].start, f.tokens[next - 1].end]);
  }
  return out;
}

interface Candidate { source: SearchSource; found: number; marks: [number, number][] }

function candidate(source: SearchSource, terms: Term[]): Candidate {
  const f = foldWithMap(source.text);
  const ranges: [number, number][] = [];
  let found = 0;
  for (const term of terms) {
    const r = termRanges(f, term, WHOLE.has(source.field));
    if (r.length > 0) found++;
    ranges.push(...r);
  }
  return { source, found, marks: merge(ranges.map(([s, e]) => [f.at[s], f.at[e]])) };
}

function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Cut a long text around its first mark, at word boundaries, with "…" where cut. */
function window(text: string, marks: [number, number][]): { text: string; marks: [number, number][] } {
  if (text.length <= MAX) return { text, marks };
  let start = Math.max(0, marks[0][0] - BEFORE);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (start > marks[0][0]) start = marks[0][0];
  let end = Math.min(text.length, start + MAX);
  if (end < marks[0][1]) end = marks[0][1];
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), marks[0][1]);
  const lead = start > 0 ? '…' : '';
  const cut = text.slice(start, end);
  const kept = cut.trim();
  // The blanks trimmed off the front move every mark left by as many characters.
  const shift = lead.length - start - (cut.length - cut.trimStart().length);
  return {
    text: lead + kept + (end < text.length ? '…' : ''),
    marks: marks.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}

/**
 * Every searched word was found, but in no one text: spread over several fields (or texts), or past the texts read.
 * The fields they are in, in the order people know a folder by — no text, as none would show them all.
 */
export type SpreadMatch = SearchSpread;

/** Folded and compacted: cheap enough to pass over the texts that hold none of the words. */
function quick(text: string): string {
  // ASCII needs only lower case; NFD is the cost of a page of snippets.
  // eslint-disable-next-line no-control-regex
  return (/^[\x00-\x7f]*$/.test(text) ? text.toLowerCase() : stripAccents(text)).replace(NOT_WORD, '');
}

/**
 * Whether a text — or several joined by spaces — may hold every searched word: false only when it cannot. Each
 * term's words compacted, so a text lacking one is passed over without folding it letter by letter.
 */
export function mayHoldAll(query: string): (text: string) => boolean {
  const needed = searchTerms(query).flatMap((t) => t.words);
  return (text) => {
    const q = quick(text);
    return needed.every((w) => q.includes(w));
  };
}

/**
 * The text to show for a matched folder: the first source (in the order given) holding every term, its words
 * marked. Undefined when none does — never a text with only some of the words marked.
 */
export function matchSnippet(sources: Iterable<SearchSource>, query: string): SearchMatch | undefined {
  const terms = searchTerms(query);
  if (terms.length === 0) return undefined;
  const may = mayHoldAll(query);
  for (const source of sources) {
    if (!may(source.text)) continue;
    const c = candidate(source, terms);
    if (c.found === terms.length) return { field: source.field, ...window(source.text, c.marks) };
  }
  return undefined;
}

/** Whether the source holds at least one of the searched terms. */
export function holdsAnyTerm(source: SearchSource, query: string): boolean {
  return candidate(source, searchTerms(query)).found > 0;
}
