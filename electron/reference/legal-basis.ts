// The bundled legal bases (resources/legal-basis.csv), read once per process.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_LEGAL_BASES, parseLegalBases, type LegalBasisTable } from '../../shared/legal-basis/legal-basis.ts';
import { resourcesDir } from './controlled-lists.ts';

let cached: LegalBasisTable | null = null;

export function loadLegalBases(): LegalBasisTable {
  if (cached) return cached;
  const path = join(resourcesDir(), 'legal-basis.csv');
  cached = existsSync(path) ? parseLegalBases(readFileSync(path, 'utf8')) : EMPTY_LEGAL_BASES;
  return cached;
}
