// The Electron transport for the e2e specs: the real shell (dist/electron/main.cjs, built by global-setup),
// its preload and native IPC. Native dialogs are answered by replacing Electron's `dialog` methods inside the
// main process, so the app's own dialog code (electron/main/dialogs.ts) still runs.
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import type { AppDriver } from '../bridge/process.ts';

type Answers = Parameters<AppDriver['setDialogs']>[0];

export async function launchElectronApp(o: { home: string; today: string }): Promise<{ page: Page; driver: AppDriver; app: ElectronApplication }> {
  // Chromium refuses to run as root with its sandbox on (CI containers run as root).
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await electron.launch({
    // Its own user data on every platform (XDG_CONFIG_HOME is Linux only): settings and the single-instance lock.
    args: [...rootArgs, '.', `--user-data-dir=${join(o.home, 'user-data')}`],
    env: {
      ...process.env,
      HOME: o.home,
      XDG_CONFIG_HOME: join(o.home, '.config'),
      DOSSIER_LISTS_DIR: join(o.home, 'user-lists'),
      DOSSIER_CHECK_DATE: o.today,
    },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  const driver: AppDriver = {
    url: page.url(),
    async setDialogs(answers: Answers) {
      await app.evaluate(({ dialog }, a) => {
        type Scripted = { archiveToOpen: string | null; archiveToCreate: string | null; files: string[]; reportPath?: string | null };
        const g = globalThis as unknown as { __dossierDialogs?: Scripted };
        const first = !g.__dossierDialogs;
        g.__dossierDialogs = { ...(g.__dossierDialogs ?? { archiveToOpen: null, archiveToCreate: null, files: [] }), ...a };
        if (!first) return;
        const script = () => g.__dossierDialogs!;
        // Both signatures: (window, options) and (options).
        const optionsOf = (x: unknown, y: unknown) => (y ?? x) as { properties?: string[] };
        dialog.showSaveDialog = (async (x: unknown, y?: unknown) => {
          const filters = ((y ?? x) as { filters?: { extensions: string[] }[] }).filters ?? [];
          const report = filters.some((f) => f.extensions.includes('pdf') || f.extensions.includes('xlsx'));
          const path = report ? (script().reportPath ?? null) : script().archiveToCreate;
          return { canceled: !path, filePath: path ?? '' };
        }) as typeof dialog.showSaveDialog;
        dialog.showOpenDialog = (async (x: unknown, y?: unknown) => {
          if (optionsOf(x, y).properties?.includes('multiSelections')) {
            const files = script().files;
            script().files = [];
            return { canceled: files.length === 0, filePaths: files };
          }
          const path = script().archiveToOpen;
          return { canceled: !path, filePaths: path ? [path] : [] };
        }) as typeof dialog.showOpenDialog;
      }, answers);
    },
    call: (channel, payload) => page.evaluate(([c, p]) => {
      const api = (window as unknown as { dossier: Record<string, ((req: unknown) => Promise<unknown>) | undefined> }).dossier;
      const method = api[c];
      // An unknown channel has no method in the preload: what the renderer would get is a TypeError.
      return method ? method(p) : Promise.reject(new TypeError(`window.dossier.${c} is not a function`));
    }, [channel, payload] as const),
    stop: () => app.close(),
  };
  return { page, driver, app };
}
