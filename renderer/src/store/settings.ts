// Language and the last error shown. The language is remembered by the main process (settings file).
import type { Lang } from '../../../shared/domain/types.ts';
import type { IpcError } from '../../../shared/ipc/contract.ts';
import { call, toIpcError } from '../api.ts';
import type { Slice } from './types.ts';

export interface SettingsSlice {
  lang: Lang;
  recentArchives: string[];
  error: IpcError | null;
  loadSettings(): Promise<void>;
  setLang(lang: Lang): Promise<void>;
  showError(e: unknown): void;
  clearError(): void;
}

export const settingsSlice: Slice<SettingsSlice> = (set, get) => {
  // Counts the user's language choices, so remembered settings arriving late never undo a fresh choice.
  let langChoices = 0;
  return {
    lang: 'vi',
    recentArchives: [],
    error: null,
    async loadSettings() {
      const choicesBefore = langChoices;
      try {
        const s = await call('getSettings', {});
        set(langChoices === choicesBefore ? { lang: s.lang, recentArchives: s.recentArchives } : { recentArchives: s.recentArchives });
      } catch (e) {
        get().showError(e);
      }
    },
    async setLang(lang) {
      langChoices += 1;
      set({ lang });
      // Finding messages come rendered in one language: fetch them again in the new one.
      if (get().folder) void get().refreshFolder();
      try {
        await call('setSettings', { lang });
      } catch (e) {
        get().showError(e);
      }
    },
    showError: (e) => set({ error: toIpcError(e) }),
    clearError: () => set({ error: null }),
  };
};
