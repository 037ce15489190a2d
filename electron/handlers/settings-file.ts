// Settings as a small JSON file (language, recent archives). A damaged file means defaults, not a crash.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Settings } from '../../shared/ipc/contract.ts';
import type { SettingsStore } from './deps.ts';

const DEFAULTS: Settings = { lang: 'vi', recentArchives: [] };

export function fileSettings(path: string): SettingsStore {
  return {
    load() {
      try {
        const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<Settings>;
        return {
          lang: raw.lang === 'en' || raw.lang === 'vi' ? raw.lang : DEFAULTS.lang,
          recentArchives: Array.isArray(raw.recentArchives) ? raw.recentArchives.filter((p) => typeof p === 'string') : [],
        };
      } catch {
        return { ...DEFAULTS, recentArchives: [] };
      }
    },
    save(settings) {
      mkdirSync(dirname(path), { recursive: true });
      // Write then rename: a crash mid-write leaves the old file, not half a JSON.
      writeFileSync(`${path}.tmp`, JSON.stringify(settings, null, 2));
      renameSync(`${path}.tmp`, path);
    },
  };
}
