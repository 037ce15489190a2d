import unitWords from '../vocabulary/units.json';
import { fold } from './fold.ts';

const CANONICAL = new Map<string, string>();
for (const [code, words] of Object.entries(unitWords)) {
  if (code.startsWith('_')) continue;
  for (const w of words as string[]) CANONICAL.set(fold(w), code);
}

/** The canonical unit code for a written unit ("Chiếc" → "PCE", "套" → "SET"), or the text upper-cased when unknown. */
export function canonicalUnit(written: string): string {
  const key = fold(written);
  return CANONICAL.get(key) ?? (written.trim().toUpperCase() || '');
}

export function isKnownUnit(written: string): boolean {
  return CANONICAL.has(fold(written));
}
