// Each test: its own scratch folder (archive, settings), its own app, and window.dossier in the page.
// The same specs run over two transports (playwright.config.ts picks one per project):
// - web: the real renderer bundle in Debian's Chromium, the real handlers behind a loopback bridge;
// - electron: the real Electron shell, where an Electron binary exists.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { spawnBridge, type AppDriver } from './bridge/process.ts';
import { launchElectronApp } from './electron/launch.ts';

export type { AppDriver } from './bridge/process.ts';

export const DEMO = resolve('seeds/demo');
export const DEMO_FILES = ['invoice.xlsx', 'packing-list.xlsx', 'permit.xlsx', 'catalogue.xlsx'].map((f) => join(DEMO, f));
/** The demo's planted findings assume this check date. */
export const DEMO_DATE = '2026-11-20';

export type Transport = 'web' | 'electron';

interface TestFixtures {
  tmp: string;
  /** The web bridge's engine budget and test hooks (test.use); the app's defaults when not given. */
  bridgeOptions: { engineTimeoutMs?: number; spinOn?: string; archiveMsPerFile?: number };
  /** Drives the app from outside: scripted native dialogs, raw IPC messages. */
  bridge: AppDriver;
  /** The app's window and its driver, started together. */
  app: { page: Page; driver: AppDriver };
}

interface WorkerFixtures {
  transport: Transport;
  clientScript: string;
  /** Chromium for the web transport; null under Electron, which brings its own. */
  webBrowser: Browser | null;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  transport: ['web', { scope: 'worker', option: true }],
  bridgeOptions: [{}, { option: true }],
  clientScript: [async ({}, use) => {
    const built = buildSync({ entryPoints: ['e2e/bridge/client.ts'], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120' });
    await use(built.outputFiles[0].text);
  }, { scope: 'worker' }],
  // Launched here rather than through Playwright's own `browser`, so an Electron run never starts a Chromium.
  webBrowser: [async ({ transport, playwright, launchOptions }, use) => {
    if (transport !== 'web') return use(null);
    const browser = await playwright.chromium.launch(launchOptions);
    await use(browser);
    await browser.close();
  }, { scope: 'worker' }],
  tmp: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ transport, webBrowser, viewport, tmp, clientScript, bridgeOptions }, use) => {
    let page: Page;
    let driver: AppDriver;
    if (transport === 'electron') {
      const home = join(tmp, 'home');
      mkdirSync(home);
      ({ page, driver } = await launchElectronApp({ home, today: DEMO_DATE }));
    } else {
      const context = await webBrowser!.newContext({ viewport });
      page = await context.newPage();
      driver = await spawnBridge({ dir: tmp, today: DEMO_DATE, ...bridgeOptions });
      await page.addInitScript({ content: clientScript });
      const bridgeStop = driver.stop;
      // The page first: a request still in flight when a test ends (a source panel read in the engine worker)
      // is then dropped with the page, not refused by a bridge already gone.
      driver = { ...driver, stop: () => context.close().finally(() => bridgeStop()) };
    }
    // A CSP violation or an uncaught error anywhere in a test fails it, whatever the test looked at.
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    if (transport === 'web') await page.goto(driver.url);
    else await page.reload(); // the init script above applies from the next load on
    await use({ page, driver });
    await driver.stop();
    expect(problems).toEqual([]);
  },
  page: async ({ app }, use) => use(app.page),
  bridge: async ({ app }, use) => use(app.driver),
});

export { expect };
