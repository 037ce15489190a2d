// The Electron shell: one hardened window over the Vite-built renderer, handlers registered on ipcMain.
// Everything with behaviour lives in ../handlers (no Electron there) so the e2e bridge runs the same code.
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openArchive } from '../archive/index.ts';
import { loadControlledLists } from '../reference/controlled-lists.ts';
import { createDispatch } from '../handlers/dispatch.ts';
import { HandlerError } from '../handlers/errors.ts';
import { createHandlers } from '../handlers/index.ts';
import { fileSettings } from '../handlers/settings-file.ts';
import { nativeDialogs } from './dialogs.ts';
import { registerIpc } from './ipc.ts';
import { missingNativeMessage, nativeBindingPath } from './native-binding.ts';
import { hardenContents, hardenSession } from './security.ts';
import { isAppPage } from './csp.ts';
import { windowOptions } from './window-options.ts';
import { checkClock } from './check-date.ts';
import { useNodeInflate } from '../node-inflate.ts';
import { createEngine } from '../worker/engine.ts';
import { createArchiveWorker } from '../archive-worker/runner.ts';

let mainWindow: BrowserWindow | null = null;

const appPath = app.getAppPath();
const rendererIndex = join(appPath, 'dist', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
const nativeBinding = nativeBindingPath({ packaged: app.isPackaged, appPath, resourcesPath: process.resourcesPath });
if (app.isPackaged) process.env.DOSSIER_RESOURCES ??= join(process.resourcesPath, 'resources');

useNodeInflate();
app.enableSandbox();
// A second instance would open the same archive file twice: hand over to the first and leave.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('second-instance', () => mainWindow?.focus());
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(onReady);
}

function onReady(): void {
  hardenSession(session.defaultSession);
  const checkDay = checkClock(process.env.DOSSIER_CHECK_DATE);
  if ('error' in checkDay) {
    dialog.showErrorBox('Dossier', checkDay.error);
    app.exit(2);
    return;
  }
  // Without the Electron build of better-sqlite3, the archive cannot be opened, nor upgraded first: said once.
  const requireNative = () => {
    const missing = missingNativeMessage(nativeBinding);
    if (missing) throw new HandlerError('UNSUPPORTED', missing.en, missing.vi);
  };
  // The third entry point of the bundle: verify, BagIt export and upgrades, each on its own connection (Electron's better-sqlite3 build).
  const archiveWorker = createArchiveWorker({ entry: join(__dirname, 'archive-worker.cjs'), nativeBinding });
  const handlers = createHandlers({
    openArchive: (path, options) => {
      requireNative();
      return openArchive(path, { ...options, nativeBinding });
    },
    dialogs: nativeDialogs(dialog, () => mainWindow),
    readFile: async (p) => new Uint8Array(await readFile(p)),
    clock: checkDay.clock,
    loadControlledLists: () => loadControlledLists(),
    settings: fileSettings(join(app.getPath('userData'), 'settings.json')),
    user: () => userInfo().username,
    // The second entry point of the bundle (npm run build:electron), beside main.cjs.
    engine: createEngine({ entry: join(__dirname, 'worker.cjs') }),
    archiveWorker: { ...archiveWorker, upgradeIfNeeded: async (access) => { requireNative(); return archiveWorker.upgradeIfNeeded(access); } },
  });
  registerIpc(ipcMain, createDispatch(handlers), (url) => isAppPage(url, rendererUrl));
  app.on('before-quit', () => handlers.dispose());

  mainWindow = new BrowserWindow(windowOptions({ preloadPath: join(__dirname, 'preload.cjs') }));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => { mainWindow = null; });
  void mainWindow.loadFile(rendererIndex);
}
