// The HS 2022 codes under the groups the controlled lists use (resources/hs2022/children.csv), read once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords } from '../../shared/legal-basis/csv.ts';
import type { Nomenclature } from '../../shared/controlled-list/diff.ts';
import { resourcesDir } from './controlled-lists.ts';

let cached: Nomenclature | null = null;

export function loadHs2022(): Nomenclature {
  if (cached) return cached;
  const path = join(resourcesDir(), 'hs2022', 'children.csv');
  cached = new Map(existsSync(path) ? csvRecords(readFileSync(path, 'utf8')).map((r) => [r.hs_code, r.name_vi] as const) : []);
  return cached;
}
