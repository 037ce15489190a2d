// An entry's wording as a person should read it. The 58/2016 text we have cuts many cells mid-word ("Sản phẩm
// bảo […]"); the reference file completes some in [brackets] (unverified) and leaves "…" where nothing is known.
// Shown whole, without brackets, with one sentence saying where the source is cut and what is reconstructed.
// The provisional 211/2025 list has no descriptions at all: that is said instead of showing nothing.
import type { Lang } from '../domain/types.ts';
import type { ControlledEntry } from './types.ts';

export interface Wording {
  /** The text, brackets removed; "…" where the rest is unknown. */
  text: string;
  /** Set when the source cell is cut off, or no description is known: one sentence saying so. */
  note?: string;
}

const NOTE = {
  en: {
    cut: (kept: string) => `the source text is cut off after “${kept}”; the rest is reconstructed and unverified`,
    cutUnknown: (kept: string) => `the source text is cut off after “${kept}”; the rest is not known`,
    cutPartial: (kept: string, restored: string) => `the source text is cut off after “${kept}”; “${restored}” is reconstructed (unverified), the rest is not known`,
    none: 'no crypto-function description is known yet (the provisional list gives only the HS code)',
  },
  vi: {
    cut: (kept: string) => `văn bản nguồn bị cắt sau “${kept}”; phần còn lại được khôi phục, chưa kiểm chứng`,
    cutUnknown: (kept: string) => `văn bản nguồn bị cắt sau “${kept}”; chưa rõ phần còn lại`,
    cutPartial: (kept: string, restored: string) => `văn bản nguồn bị cắt sau “${kept}”; “${restored}” được khôi phục (chưa kiểm chứng), chưa rõ phần còn lại`,
    none: 'chưa có mô tả chức năng mật mã (danh mục tạm thời chỉ có mã HS)',
  },
} as const;

/** A cell's text with its [reconstruction] folded in, and where it was cut. */
export function cellWording(raw: string, lang: Lang): Wording {
  const m = /^(.*?)\s*\[([^\]]*)\](.*)$/s.exec(raw);
  if (!m) return { text: raw };
  const [, kept, inside, after] = m;
  const unknown = /…\s*$/.test(inside);
  const restored = inside.replace(/\s*…\s*$/, '').trim();
  // "bảo [mật …]": the cut is mid-word, so the restored part joins with a space; "[…]" alone leaves "bảo…".
  const glue = /[/(]$/.test(kept) ? '' : ' ';
  const text = `${kept}${restored ? `${glue}${restored}` : ''}${unknown ? '…' : ''}${after}`.replace(/\s+/g, ' ').trim();
  const n = NOTE[lang];
  return { text, note: unknown && !restored ? n.cutUnknown(kept.trim()) : unknown ? n.cutPartial(kept.trim(), restored) : n.cut(kept.trim()) };
}

/** The crypto-function description of an entry (or, with none, why there is none) — for lists and messages. */
export function entryWording(entry: ControlledEntry, lang: Lang, provisional = false): Wording {
  if (entry.cryptoFunction.trim() === '') return provisional ? { text: '', note: NOTE[lang].none } : { text: '' };
  return cellWording(entry.cryptoFunction, lang);
}

/** "text (note)" on one line. */
export function wordingLine(w: Wording): string {
  if (!w.note) return w.text;
  return w.text ? `${w.text} (${w.note})` : w.note;
}

/** The sentence said where a provisional list's entry has no description. */
export function noDescription(lang: Lang): string {
  return NOTE[lang].none;
}
