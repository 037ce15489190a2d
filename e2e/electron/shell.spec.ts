// Runs only where an Electron binary exists (playwright.config.ts adds this project then): the real shell's
// isolation, its preload API and its network block. The web specs run through this shell too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHANNELS } from '../../shared/ipc/channels.ts';
import { launchElectronApp } from './launch.ts';

test('the window is isolated, exposes only the contract, and makes no network request', async () => {
  const home = mkdtempSync(join(tmpdir(), 'dossier-electron-'));
  const { page, driver } = await launchElectronApp({ home, today: '2026-11-20' });
  try {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const seen = await page.evaluate(() => ({
      methods: Object.keys((window as unknown as { dossier: object }).dossier).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(seen.methods).toEqual([...CHANNELS].sort());
    expect(seen.require).toBe('undefined');
    expect(seen.process).toBe('undefined');
    const blocked = await page.evaluate(() => fetch('https://example.com/').then(() => 'loaded', () => 'blocked'));
    expect(blocked).toBe('blocked');
    expect(await driver.call('getShipment', { ref: 42 })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  } finally {
    await driver.stop();
    rmSync(home, { recursive: true, force: true });
  }
});
