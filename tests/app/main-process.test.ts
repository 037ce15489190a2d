// The Electron main process, bundled as for the app but against a stub `electron`: what it registers, the
// window it opens, and what it refuses — checked without an Electron binary.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels.ts';
import { electronStub } from './electron-stub.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-main-'));
// A scratch app folder: whatever native/ the working copy holds, this one has no Electron build of SQLite.
const appPath = join(dir, 'app');
const stub = electronStub(appPath, join(dir, 'user-data'));
const appPage = pathToFileURL(join(appPath, 'dist', 'renderer', 'index.html')).href;

beforeAll(async () => {
  const out = await build({
    entryPoints: ['electron/main/index.ts'], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent',
    plugins: [{
      name: 'stub-electron',
      setup(b) {
        b.onResolve({ filter: /^electron$/ }, () => ({ path: 'electron', namespace: 'stub' }));
        b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'module.exports = globalThis.__electronStub;', loader: 'js' }));
      },
    }],
  });
  (globalThis as any).__electronStub = stub.electron;
  const module = { exports: {} };
  const file = join(appPath, 'dist', 'electron', 'main.cjs');
  new Function('require', 'module', 'exports', '__dirname', '__filename', out.outputFiles[0].text)(
    createRequire(file), module, module.exports, join(appPath, 'dist', 'electron'), file);
  await stub.ready();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const invoke = (channel: string, payload: unknown, url = appPage) => stub.handles.get(channel)!({ senderFrame: { url } }, payload);

describe('Electron main process', () => {
  it('sandboxes every renderer and opens one hardened window on the built renderer', () => {
    expect((stub.electron as any).sandboxed).toBe(true);
    expect(stub.windows).toHaveLength(1);
    const w = stub.windows[0];
    expect(w.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(w.options.webPreferences.preload).toBe(join(appPath, 'dist', 'electron', 'preload.cjs'));
    expect(w.loaded).toBe(join(appPath, 'dist', 'renderer', 'index.html'));
  });

  it('registers exactly the contract channels', () => {
    expect([...stub.handles.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('cancels every network request and adds the CSP header', () => {
    const decide = (url: string) => new Promise((r) => stub.webRequest.before!({ url }, r));
    return Promise.all([
      expect(decide('https://example.com/x.js')).resolves.toEqual({ cancel: true }),
      expect(decide('http://127.0.0.1:8080/')).resolves.toEqual({ cancel: true }),
      expect(decide(appPage)).resolves.toEqual({ cancel: false }),
      expect(new Promise((r) => stub.webRequest.headers!({ responseHeaders: {} }, r)))
        .resolves.toMatchObject({ responseHeaders: { 'Content-Security-Policy': [expect.stringContaining("default-src 'none'")] } }),
    ]);
  });

  it('denies every permission request', () => {
    let granted: boolean | undefined;
    stub.permission.request!({}, 'media', (g: boolean) => { granted = g; });
    expect(granted).toBe(false);
    expect(stub.permission.check!()).toBe(false);
  });

  it('blocks navigation and new windows in every web contents', () => {
    const events = new Map<string, (e: { preventDefault(): void }) => void>();
    let openHandler: (() => unknown) | undefined;
    stub.appEvents.get('web-contents-created')!({}, {
      on: (name: string, fn: (e: { preventDefault(): void }) => void) => events.set(name, fn),
      setWindowOpenHandler: (fn: () => unknown) => { openHandler = fn; },
    });
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      events.get(name)!({ preventDefault: () => { prevented = true; } });
      expect(prevented, name).toBe(true);
    }
    expect(openHandler!()).toEqual({ action: 'deny' });
  });

  it('answers messages from any other page, and malformed ones, with error values', async () => {
    expect(await invoke('getSettings', {}, 'file:///tmp/evil.html')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await invoke('getShipment', { ref: 42, lang: 'en' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await invoke('getSettings', {})).toMatchObject({ ok: true, value: { lang: expect.stringMatching(/^(en|vi)$/) } });
  });

  it('says plainly when the Electron build of the archive engine is missing', async () => {
    // The user picks where to create it in the save dialog: only such a path may be opened.
    (stub.electron as any).dialog.showSaveDialog = async () => ({ canceled: false, filePath: join(dir, 'a.dossier') });
    expect(await invoke('pickArchiveToCreate', {})).toEqual({ ok: true, value: join(dir, 'a.dossier') });
    const r = await invoke('openArchive', { path: join(dir, 'a.dossier'), create: true }) as { ok: boolean; error?: { code: string; message: string; messageVi: string } };
    expect(r).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    expect(r.error!.message).toMatch(/electron-native\.mjs/);
    expect(r.error!.messageVi).toMatch(/kho hồ sơ/);
  });
});
