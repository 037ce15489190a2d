// The core without its 80 bundled languages: only three are read, and loading the rest cost every command ~20 ms.
import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json';
import vi from 'i18n-iso-countries/langs/vi.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import aliases from '../vocabulary/country-aliases.json';
import { fold } from './fold.ts';

// One lookup table built once: every official name, alias, alpha-2 and alpha-3 code, folded.
const BY_NAME = new Map<string, string>();

function add(name: string, code: string): void {
  const key = fold(name);
  if (key && !BY_NAME.has(key)) BY_NAME.set(key, code);
}

for (const locale of [en, vi, zh]) {
  for (const [code, names] of Object.entries(locale.countries as Record<string, string | string[]>)) {
    for (const n of Array.isArray(names) ? names : [names]) add(n, code);
  }
}
for (const [code, names] of Object.entries(aliases)) {
  if (code.startsWith('_')) continue;
  // Aliases win over the tables: "My" is the United States in Vietnamese, not Myanmar's code.
  for (const n of names as string[]) BY_NAME.set(fold(n), code);
}
const ALPHA2 = new Set(Object.keys(countries.getAlpha2Codes()));
for (const code of ALPHA2) {
  add(code, code);
  const a3 = countries.alpha2ToAlpha3(code);
  if (a3) add(a3, code);
}

const MADE_IN = /^(made in|country of origin|origin|xuat xu|san xuat tai|nuoc san xuat|产地|原产地|原产国)\s*/;

/** ISO alpha-2 code for a written country ("Trung Quốc", "中国", "CHN", "Made in China" → "CN"), or null. */
export function parseCountry(written: string): string | null {
  // A code written in capitals is a code: "MY" is Malaysia and "BI" Burundi, though "Mỹ" and "Bỉ" fold to those letters.
  const trimmed = written.trim();
  if (/^[A-Z]{2}$/.test(trimmed) && ALPHA2.has(trimmed)) return trimmed;
  const key = fold(written).replace(MADE_IN, '').trim();
  if (!key) return null;
  // "Mỹ" (the United States) folds to "my", which is also Malaysia's ISO code: the accent decides.
  if (key === 'my' && /[ỹỸ]/.test(written)) return 'US';
  return BY_NAME.get(key) ?? null;
}

/** The country as stored on a line: its ISO code, or the text upper-cased when unknown. */
export function canonicalCountry(written: string): string {
  return parseCountry(written) ?? written.trim().toUpperCase();
}
