// The window's options as a pure function, so a unit test can hold the security settings in place.
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowInputs {
  preloadPath: string;
  iconPath?: string;
}

export function windowOptions({ preloadPath, iconPath }: WindowInputs): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#f6f7f9',
    title: 'Dossier',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      experimentalFeatures: false,
      safeDialogs: true,
    },
  };
}
