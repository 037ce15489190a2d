// Native file dialogs, injected into the handlers (the e2e bridge swaps in scripted answers).
import type { BrowserWindow, Dialog } from 'electron';
import type { Dialogs } from '../handlers/deps.ts';

const ARCHIVE_FILTER = [{ name: 'Dossier archive', extensions: ['dossier', 'sqlite', 'db'] }];
const SHEET_FILTER = [{ name: 'Spreadsheets', extensions: ['xlsx', 'xls', 'xlsm', 'csv'] }];

export function nativeDialogs(dialog: Dialog, window: () => BrowserWindow | null): Dialogs {
  return {
    async openArchive() {
      const w = window();
      const options = { properties: ['openFile' as const], filters: ARCHIVE_FILTER };
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async createArchive() {
      const w = window();
      const options = { filters: ARCHIVE_FILTER, defaultPath: 'archive.dossier' };
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async exportFolder(suggested) {
      const w = window();
      const options = { properties: ['openDirectory' as const, 'createDirectory' as const], defaultPath: suggested };
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async openFiles(purpose) {
      const w = window();
      const options = {
        properties: ['openFile' as const, 'multiSelections' as const],
        ...(purpose === 'documents' ? { filters: SHEET_FILTER } : {}),
      };
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? [] : r.filePaths;
    },
    async saveReport(defaultName, format) {
      const w = window();
      const options = { defaultPath: defaultName, filters: [format === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'Excel', extensions: ['xlsx'] }] };
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  };
}
