// Vietnamese typed in the legacy font encodings still fills old permits and state documents: TCVN3 (ABC keyboard,
// .VnTime fonts: "Hµ Néi") and VNI-Windows (VNI-Times: "Haø Noäi"). A spreadsheet stores the font codes as
// Windows-1252 characters, so the text reads as gibberish and never matches. Each cell is judged on its own:
// it is converted only when, read as Unicode, it is not Vietnamese (nor plain ASCII), and once converted every
// word is a Vietnamese syllable. Text in other languages ("Müller", "Señor", "Café") is left alone.
import tcvn3 from '../vocabulary/tcvn3.json';
import vni from '../vocabulary/vni.json';
import syllables from '../vocabulary/vietnamese-syllables.json';

export type LegacyEncoding = 'TCVN3' | 'VNI';

export interface LegacyConversion {
  encoding: LegacyEncoding;
  converted: string;
  /** Characters of the legacy range left as they were (no letter of the encoding), '' when none. */
  unconverted: string;
}

const TCVN3 = new Map(Object.entries(tcvn3.map));
const VNI_PAIRS = new Map<string, string>();
const VNI_SINGLE = new Map<string, string>();
for (const [seq, letter] of Object.entries(vni.lower)) {
  const variants: [string, string][] = [[seq, letter], [seq.toUpperCase(), letter.toUpperCase()]];
  // "Vieät" capitalised at the start of a word: an upper-case base with a lower-case mark.
  if (seq.length === 2) variants.push([seq[0].toUpperCase() + seq[1], letter.toUpperCase()]);
  for (const [s, l] of variants) (s.length === 2 ? VNI_PAIRS : VNI_SINGLE).set(s, l);
}

const ONSETS = new Set(syllables.onsets);
const NUCLEI = new Set(syllables.nuclei);
const CODAS = new Set(syllables.codas);
const STOPS = new Set(syllables.stop_codas);
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ACUTE_OR_DOT = /[\u0301\u0323]/;
const VOWELS = 'aăâeêioôơuưy';

/** A character a legacy encoding may use: the Windows-1252 upper half. Anything above it means Unicode text. */
const LEGACY_RANGE = /[\u00a0-\u00ff]/;
const BEYOND = /[^\u0000-\u00ff]/;
// Words are split on spaces, digits and ASCII punctuation only: legacy letters include "¸", "µ" and "·".
const WORD_SPLIT = /[\s\d.,;:!?()[\]{}/\\\-"'+*=&%#@<>|_~`^$]+/;

/** Whether a word (lower or upper case) is one Vietnamese syllable with at most one tone mark. */
export function isVietnameseSyllable(word: string): boolean {
  const lower = word.toLowerCase().normalize('NFD');
  const tones = lower.match(TONES) ?? [];
  if (tones.length > 1) return false;
  const bare = lower.replace(TONES, '').normalize('NFC');
  if (!/^[a-zăâđêôơư]+$/.test(bare)) return false;
  const stopOk = tones.length === 1 && ACUTE_OR_DOT.test(tones[0]);
  // Every way to split off an onset ("gi" + "a" in "giá", or "g" + "ia"; "q" + "uô" in "quốc").
  for (let i = 0; i <= Math.min(3, bare.length - 1); i++) {
    const onset = bare.slice(0, i);
    if (onset && !ONSETS.has(onset)) continue;
    const rest = bare.slice(i);
    let j = rest.length;
    while (j > 0 && !VOWELS.includes(rest[j - 1])) j--;
    const nucleus = rest.slice(0, j);
    const coda = rest.slice(j);
    if (!NUCLEI.has(nucleus)) continue;
    if (coda && !CODAS.has(coda)) continue;
    if (STOPS.has(coda) && !stopOk) continue;
    return true;
  }
  return false;
}

/** Whether every non-ASCII word of a text is a Vietnamese syllable. */
function allVietnamese(text: string): boolean {
  let any = false;
  for (const w of text.split(WORD_SPLIT)) {
    if (!w || /^[\x00-\x7f]*$/.test(w)) continue;
    any = true;
    if (!isVietnameseSyllable(w)) return false;
  }
  return any;
}

function fromTcvn3(text: string): { out: string; left: string } {
  const letters = text.replace(/[^A-Za-z]/g, '');
  const cellInCapitals = letters.length >= 3 && letters === letters.toUpperCase();
  let out = '';
  let left = '';
  for (const word of text.split(/(\s+)/)) {
    let w = '';
    for (const ch of word) {
      const u = TCVN3.get(ch);
      if (u !== undefined) w += u;
      else {
        if (LEGACY_RANGE.test(ch) && ch !== '\u00a0') left += ch;
        w += ch;
      }
    }
    // TCVN3 has no capital toned vowels: text in capitals was typed with a .VnTimeH font, whose lower-case codes
    // print as capitals. A word whose plain letters are all capitals is such a word ("VIÖT" is VIỆT).
    const ascii = word.replace(/[^A-Za-z]/g, '');
    out += word !== w && (cellInCapitals || (ascii.length >= 2 && ascii === ascii.toUpperCase())) ? w.toUpperCase() : w;
  }
  return { out, left };
}

function fromVni(text: string): { out: string; left: string } {
  let out = '';
  let left = '';
  for (let i = 0; i < text.length; i++) {
    const pair = VNI_PAIRS.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    const single = VNI_SINGLE.get(text[i]);
    if (single !== undefined) out += single;
    else {
      if (LEGACY_RANGE.test(text[i]) && text[i] !== '\u00a0') left += text[i];
      out += text[i];
    }
  }
  return { out, left };
}

/** The cell's text converted from TCVN3 or VNI-Windows, or null when it is not legacy-encoded Vietnamese. */
export function detectLegacyVietnamese(text: string): LegacyConversion | null {
  if (!LEGACY_RANGE.test(text) || BEYOND.test(text)) return null;
  // One short word ("µm", "5 µg") is too little to tell an encoding from a symbol.
  const legacyWords = text.split(WORD_SPLIT).filter((w) => LEGACY_RANGE.test(w));
  if (legacyWords.length === 1 && [...legacyWords[0]].length < 3) return null;
  // Unicode Vietnamese whose letters all fall in Latin-1 ("Máy tính", "Hoà") stays as it is.
  if (allVietnamese(text)) return null;
  const candidates: LegacyConversion[] = [];
  const t = fromTcvn3(text);
  if (!t.left && allVietnamese(t.out)) candidates.push({ encoding: 'TCVN3', converted: t.out.normalize('NFC'), unconverted: '' });
  const v = fromVni(text);
  if (!v.left && allVietnamese(v.out)) candidates.push({ encoding: 'VNI', converted: v.out.normalize('NFC'), unconverted: '' });
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1) return null; // reads as either: not guessed
  // Mostly TCVN3 with characters TCVN3 has no letter for (the capital toned vowels of VN1, e.g. "À" typed by
  // another keyboard): convert what can be, and say what could not.
  if (t.left && allVietnamese(t.out.replace(new RegExp(`[${escapeClass(t.left)}]`, 'g'), ' '))) {
    return { encoding: 'TCVN3', converted: t.out.normalize('NFC'), unconverted: [...new Set(t.left)].join('') };
  }
  return null;
}

function escapeClass(chars: string): string {
  return [...new Set(chars)].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}
