// Each test: its own scratch folder (archive, settings), its own bridge, and window.dossier in the page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { test as base, expect } from '@playwright/test';
import { spawnBridge, type BridgeProcess } from './bridge/process.ts';

export const DEMO = resolve('seeds/demo');
export const DEMO_FILES = ['invoice.xlsx', 'packing-list.xlsx', 'permit.xlsx', 'catalogue.xlsx'].map((f) => join(DEMO, f));
/** The demo's planted findings assume this check date. */
export const DEMO_DATE = '2026-11-20';

interface TestFixtures {
  tmp: string;
  bridge: BridgeProcess;
}

export const test = base.extend<TestFixtures, { clientScript: string }>({
  clientScript: [async ({}, use) => {
    const built = buildSync({ entryPoints: ['e2e/bridge/client.ts'], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120' });
    await use(built.outputFiles[0].text);
  }, { scope: 'worker' }],
  tmp: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  bridge: async ({ page, tmp, clientScript }, use) => {
    const bridge = await spawnBridge({ dir: tmp, today: DEMO_DATE });
    // A CSP violation or an uncaught error anywhere in a test fails it, whatever the test looked at.
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    await page.addInitScript({ content: clientScript });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(bridge.url);
    await use(bridge);
    await bridge.stop();
    expect(problems).toEqual([]);
  },
});

export { expect };
