// Where the Electron-ABI build of better-sqlite3 lives (scripts/electron-native.mjs puts it there), so the
// Node build in node_modules stays untouched for tests and the CLI.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function nativeBindingPath(o: { packaged: boolean; appPath: string; resourcesPath: string }): string {
  return o.packaged
    ? join(o.resourcesPath, 'native', 'better_sqlite3.node')
    : join(o.appPath, 'native', 'electron', 'better_sqlite3.node');
}

export function missingNativeMessage(path: string): { en: string; vi: string } | null {
  return existsSync(path) ? null : {
    en: `The archive engine (better-sqlite3 for Electron) is missing at ${path}: run "node scripts/electron-native.mjs" on a connected machine, or reinstall the app.`,
    vi: `Thiếu thành phần kho hồ sơ (better-sqlite3 cho Electron) tại ${path}: hãy chạy "node scripts/electron-native.mjs" trên máy có mạng, hoặc cài lại ứng dụng.`,
  };
}
