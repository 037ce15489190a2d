// Where a user's imported controlled lists live: one folder per machine user, outside any archive,
// because the list in force is a fact about the law, not about one client's files.
import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { readManifest, type ListManifestEntry } from './controlled-lists.ts';

export function userListsDir(): string {
  if (process.env.DOSSIER_LISTS_DIR) return process.env.DOSSIER_LISTS_DIR;
  const base = process.platform === 'win32'
    ? process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming')
    : process.platform === 'darwin' ? join(homedir(), 'Library', 'Application Support') : process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
  return join(base, 'dossier', 'controlled-lists');
}

/** Copies a validated list spreadsheet into the folder and records it; a list with the same id is replaced. */
export function installList(dir: string, sourcePath: string, entry: Omit<ListManifestEntry, 'file'>): ListManifestEntry {
  mkdirSync(dir, { recursive: true });
  const file = `${entry.effectiveFrom}-${basename(sourcePath)}`;
  copyFileSync(sourcePath, join(dir, file));
  const lists = readManifest(dir).filter((l) => l.id !== entry.id);
  const installed = { ...entry, file };
  lists.push(installed);
  const tmp = join(dir, 'manifest.json.tmp');
  writeFileSync(tmp, JSON.stringify({ lists }, null, 2) + '\n');
  // Rename is atomic: a crash leaves the old manifest or the new one, never half of one.
  renameSync(tmp, join(dir, 'manifest.json'));
  return installed;
}
