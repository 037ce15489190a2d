import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../electron/main/window-options.ts';

describe('window options', () => {
  const o = windowOptions({ preloadPath: '/app/dist/electron/preload.cjs' });

  it('isolates and sandboxes the renderer, with no Node in it', () => {
    expect(o.webPreferences).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
    });
  });

  it('loads the preload it is given and nothing else', () => {
    expect(o.webPreferences?.preload).toBe('/app/dist/electron/preload.cjs');
    expect(Object.keys(o.webPreferences ?? {})).not.toContain('additionalArguments');
  });

  it('does not navigate when a file is dropped on the window', () => {
    expect(o.webPreferences?.navigateOnDragDrop).toBe(false);
  });
});
