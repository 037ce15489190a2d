// Runs only where an Electron binary exists (playwright.config.ts adds this project then): the real shell,
// its isolation, its preload API and its network block.
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNELS } from '../../shared/ipc/channels.ts';

test('the window is isolated, exposes only the contract, and makes no network request', async () => {
  const home = mkdtempSync(join(tmpdir(), 'dossier-electron-'));
  const app = await electron.launch({ args: ['.', `--user-data-dir=${join(home, 'user-data')}`], env: { ...process.env, HOME: home } });
  try {
    const page = await app.firstWindow();
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
    const bad = await page.evaluate(() => (window as unknown as { dossier: { getShipment(r: unknown): Promise<unknown> } }).dossier.getShipment({ ref: 42 }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  } finally {
    await app.close();
    rmSync(home, { recursive: true, force: true });
  }
});
