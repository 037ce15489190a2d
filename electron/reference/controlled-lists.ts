// The controlled lists known on this machine: those bundled in resources/controlled-lists/ and those a user
// imported (dossier lists import), each a spreadsheet plus an entry in a manifest.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ControlledListVersion } from '../../shared/controlled-list/types.ts';
import { readControlledList } from '../../shared/controlled-list/read-list.ts';
import { userListsDir } from './user-lists.ts';

function defaultUserDir(): string | undefined {
  return userListsDir();
}

export interface ListManifestEntry {
  id: string;
  legalBasis: string;
  effectiveFrom: string;
  effectiveUntil?: string;
  file: string;
  source: string;
  provisional?: boolean;
  regime?: string;
}

/** resources/ in a source checkout; DOSSIER_RESOURCES points elsewhere (the packaged app). */
export function resourcesDir(): string {
  if (process.env.DOSSIER_RESOURCES) return process.env.DOSSIER_RESOURCES;
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  for (let dir = here, i = 0; i < 5; i++, dir = resolve(dir, '..')) {
    if (existsSync(join(dir, 'resources', 'controlled-lists', 'manifest.json'))) return join(dir, 'resources');
  }
  return resolve(here, '..', '..', 'resources');
}

export function readManifest(dir: string): ListManifestEntry[] {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return [];
  return (JSON.parse(readFileSync(path, 'utf8')) as { lists: ListManifestEntry[] }).lists;
}

function loadFrom(dir: string, origin: 'bundled' | 'imported'): ControlledListVersion[] {
  return readManifest(dir).map((m) => {
    const parsed = readControlledList(m.file, new Uint8Array(readFileSync(join(dir, m.file))), {
      id: m.id, legalBasis: m.legalBasis, effectiveFrom: m.effectiveFrom, effectiveUntil: m.effectiveUntil, source: m.source,
    });
    if (!parsed.ok) throw new Error(`controlled list ${m.file}: ${parsed.error.message}`);
    return { ...parsed.value, origin, ...(m.provisional ? { provisional: true } : {}), ...(m.regime ? { regime: m.regime } : {}) };
  });
}

/** Bundled lists, plus those a user imported into `userDir` (see user-lists.ts). */
export function loadControlledLists(userDir: string | undefined = defaultUserDir()): ControlledListVersion[] {
  const lists = loadFrom(join(resourcesDir(), 'controlled-lists'), 'bundled');
  if (userDir && existsSync(userDir)) lists.push(...loadFrom(userDir, 'imported'));
  return lists;
}
