// Recognises what a column header or a header-block label names, from the synonym data files.
import lineHeaders from '../vocabulary/line-headers.json';
import headerLabels from '../vocabulary/header-labels.json';
import totalLabels from '../vocabulary/total-labels.json';
import nonDateLabels from '../vocabulary/non-date-labels.json';
import nonItemRows from '../vocabulary/non-item-rows.json';
import type { HeaderKey, LineField, Role } from '../domain/types.ts';
import { containsPhrase, fold } from '../parse/fold.ts';

interface Phrase<K> {
  key: K;
  phrase: string;
  /** Position in its field's list: earlier synonyms are the more usual names ("Model" before "Item no"). */
  rank: number;
  /** Generic words ("total", "price") lose to any specific phrase found in the same header. */
  weak: boolean;
}

// Generic words that name a field only when nothing more specific is in the header.
const WEAK = new Set(['total', 'value', 'price', 'gia', 'product', 'hs', 'unit', 'units', 'make', 'sl', 'nw', 'gw', 'pn', 'p n', 'ngay', 'so', 'no', 'so no', 'date']);

function phrases<K>(table: Record<string, unknown>): Phrase<K>[] {
  const out: Phrase<K>[] = [];
  for (const [key, words] of Object.entries(table)) {
    if (key.startsWith('_')) continue;
    (words as string[]).forEach((w, rank) => {
      const phrase = fold(w);
      if (phrase) out.push({ key: key as K, phrase, rank, weak: WEAK.has(phrase) });
    });
  }
  // Longest first: "unit price" must be tried before "unit".
  return out.sort((a, b) => b.phrase.length - a.phrase.length);
}

const LINE_PHRASES = phrases<LineField>(lineHeaders);
/** Phrases that name their field only as the whole header ("Code" alone; not "Currency code"). */
const EXACT_ONLY = new Set(lineHeaders._exact_only.map(fold));
const CARTON_NUMBERS = lineHeaders._carton_numbers.map(fold);
const NOT_A_FIELD = lineHeaders._not_a_field.map(fold);
const PER_UNIT = [...lineHeaders._per_unit, ...lineHeaders._secondary].map(fold);

/** Whether a packages header numbers the cartons ("Carton No.", "C/No."): its cells are carton numbers, not counts. */
export function isCartonNumberHeader(header: string): boolean {
  const folded = fold(header);
  return CARTON_NUMBERS.some((p) => containsPhrase(folded, p));
}

export interface HeaderMatch {
  field: LineField;
  /**
   * Which of two columns naming the same field wins: a header that is exactly a synonym beats one that
   * merely contains it, and a usual name beats a rarer one.
   */
  score: number;
}

/** Which line field a column header names, if any. */
export function classifyColumnHeader(text: string): HeaderMatch | null {
  const folded = fold(text);
  if (!folded) return null;
  if (NOT_A_FIELD.some((p) => containsPhrase(folded, p))) return null;
  const match = classifyFolded(folded);
  // "Gross Weight per Unit" and "Quantity Ordered" are columns of their own but not the line's weight or quantity
  // shipped: any other column of the field wins.
  if (match && PER_UNIT.some((p) => containsPhrase(folded, p))) return { field: match.field, score: match.score - 600 };
  // Carton numbers ("F01", "2-3") count packages only by their labels: a column that counts them wins.
  if (match?.field === 'packages' && CARTON_NUMBERS.some((p) => containsPhrase(folded, p))) return { field: match.field, score: match.score - 300 };
  return match;
}

function classifyFolded(folded: string): HeaderMatch | null {
  let weakHit: HeaderMatch | null = null;
  for (const p of LINE_PHRASES) {
    if (!containsPhrase(folded, p.phrase)) continue;
    if (EXACT_ONLY.has(p.phrase) && folded !== p.phrase) continue;
    const score = (folded === p.phrase ? 1000 : 0) + (p.weak ? 0 : 500) + 200 - p.rank;
    if (!p.weak || folded === p.phrase) return { field: p.key, score };
    weakHit ??= { field: p.key, score };
  }
  return weakHit;
}

const LABEL_PHRASES: Record<Role, Phrase<HeaderKey>[]> = {
  invoice: phrases<HeaderKey>(headerLabels.invoice),
  packing_list: phrases<HeaderKey>(headerLabels.packing_list),
  permit: phrases<HeaderKey>(headerLabels.permit),
  catalogue: phrases<HeaderKey>(headerLabels.catalogue),
};

export interface LabelMatch {
  key: HeaderKey;
  /** What follows the label in the same cell (after ":"), trimmed; '' when the value is elsewhere. */
  rest: string;
  /** False for a generic word with no colon: its value must parse as the key's type to count. */
  strict: boolean;
  /** A specific label ("Invoice Date"), not a generic word ("Date"). */
  specific: boolean;
}

const NON_DATE_LABELS = nonDateLabels.phrases.map(fold);
const NON_ITEM = nonItemRows.phrases.map(fold).sort((a, b) => b.length - a.length);

/** Whether model-column text opens a footer, note or block title ("FOR CUSTOMS PURPOSE ONLY", "Container No. 2"). */
export function isNonItemText(text: string): boolean {
  const folded = fold(text);
  return NON_ITEM.some((p) => folded.startsWith(p) && (folded.length === p.length || folded[p.length] === ' ' || /[\u3400-\u9fff]/.test(p)));
}

function isDateKey(key: HeaderKey): boolean {
  return key === 'date' || key === 'issue_date' || key === 'valid_until';
}

/** Whether a cell opens with a header-block label of this role ("Invoice No.: INV-1", "Số giấy phép"). */
export function matchLabel(role: Role, text: string): LabelMatch | null {
  const folded = fold(text);
  if (!folded) return null;
  // "Date of Loading" opens with a date word but is not the document's date.
  if (NON_DATE_LABELS.some((p) => folded.startsWith(p) && (folded.length === p.length || folded[p.length] === ' '))) return null;
  for (const p of LABEL_PHRASES[role]) {
    if (!folded.startsWith(p.phrase)) continue;
    const next = folded[p.phrase.length];
    if (next !== undefined && next !== ' ') continue;
    const rest = restAfterLabel(text, p.phrase);
    // Short generic labels ("Số", "Date") count only when followed by a colon or alone in their cell;
    // a date label may also run into its date ("Ngày 02 tháng 11 năm 2026"), which the caller parses.
    const colonAfter = /^[^:：]{0,12}[:：]/.test(text);
    if (p.weak && folded !== p.phrase && !colonAfter && !isDateKey(p.key)) continue;
    return { key: p.key, rest, strict: !p.weak || colonAfter || folded === p.phrase, specific: !p.weak };
  }
  return null;
}

/** The text after a label: after the first colon if there is one, else after as many words as the label has. */
function restAfterLabel(text: string, phrase: string): string {
  const colon = text.search(/[:：]/);
  if (colon >= 0) return text.slice(colon + 1).trim();
  const words = phrase.split(' ').length;
  const parts = text.trim().split(/\s+/);
  return parts.slice(words).join(' ').replace(/^[.#№\-–\s]+/, '').trim();
}

const TOTAL_PHRASES = phrases<'total' | 'subtotal'>(totalLabels);

/** 'total' for a row that ends the table, 'subtotal' for one to skip, null for anything else. */
export function classifyTotal(text: string): 'total' | 'subtotal' | null {
  const folded = fold(text);
  if (!folded) return null;
  for (const p of TOTAL_PHRASES) {
    if (folded.startsWith(p.phrase) && (folded.length === p.phrase.length || folded[p.phrase.length] === ' ' || /[\u3400-\u9fff]/.test(p.phrase))) {
      return p.key;
    }
  }
  return null;
}
