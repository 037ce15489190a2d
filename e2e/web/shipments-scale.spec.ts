// 100,000 shipment folders: the list opens, scrolls to the end and searches without blocking the page.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../fixtures.ts';
import { ShipmentsPage } from '../pages/shipments.ts';

const COUNT = 100_000;

/** Seeding takes ~30 s, so the seeded file is cached per version of the archive code and copied per test. */
function seededArchive(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(readFileSync(p));
    }
  };
  walk('electron/archive');
  const cached = join(tmpdir(), `dossier-e2e-${COUNT}-${hash.digest('hex').slice(0, 12)}.dossier`);
  if (!existsSync(cached)) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'e2e/support/seed-archive.ts', `${cached}.tmp`, String(COUNT)], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('seeding the archive failed');
    renameSync(`${cached}.tmp`, cached);
  }
  return cached;
}

test(`the shipments list stays fluid with ${COUNT.toLocaleString('en')} folders`, async ({ page, bridge, tmp }) => {
  test.setTimeout(180_000);
  const path = join(tmp, 'big.dossier');
  copyFileSync(seededArchive(), path);
  await bridge.setDialogs({ archiveToOpen: path });
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__longest = Math.max(w.__longest, e.duration); }).observe({ type: 'longtask' });
  });
  await page.getByRole('button', { name: /Open archive|Mở kho hồ sơ…/ }).click();
  const shipments = new ShipmentsPage(page);
  await expect(shipments.total).toHaveText(/^100[.,]000 /);

  const scroller = shipments.list;
  await scroller.evaluate((el) => { el.scrollTop = el.scrollHeight; });
  const last = shipments.list.getByRole('listitem').last();
  await expect(last.locator('.ref')).toHaveText(/^S-\d{6}$/);
  const inDom = await shipments.list.getByRole('listitem').count();
  await scroller.evaluate((el) => { el.scrollTop = el.scrollHeight / 2; });
  await expect(shipments.list.getByRole('listitem').first().locator('.ref')).toHaveText(/^S-\d{6}$/);

  await shipments.search.fill('S-099999');
  await expect(shipments.total).toHaveText(/^1 /);
  await expect(shipments.row('S-099999')).toBeVisible();

  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  console.log(`[perf] ${COUNT} folders: ${inDom} rows in the DOM; longest main-thread block ${longest.toFixed(0)} ms (open, scroll to end and middle, search)`);
  expect(inDom).toBeLessThan(80);
  expect(longest).toBeLessThan(200);
});
