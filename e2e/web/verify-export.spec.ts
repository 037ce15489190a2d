// Issue 14, item 6: verify and BagIt export from the app, in the background with progress; keep-until in the
// shipments list; the periodic fixity check when the archive is opened 31+ days after the last one (--today).
// Screenshots in both languages at 1280x720 and 1920x1080 under test-results/screens/{size}/verify-export-*.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, DEMO_FILES } from '../fixtures.ts';
import { spawnBridge } from '../bridge/process.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';

const REF = 'HPH-2026-0117';
const SIZES = [[1280, 720], [1920, 1080]] as const;
const language = (page: Page) => page.getByRole('combobox', { name: /Language|Ngôn ngữ/ });

async function shots(page: Page, name: string, end: 'en' | 'vi' = 'en'): Promise<void> {
  for (const lang of ['en', 'vi'] as const) {
    await language(page).selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    for (const [w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `test-results/screens/${w}x${h}/verify-export-${name}-${lang}.png`, fullPage: true });
    }
  }
  await language(page).selectOption(end);
  await page.setViewportSize({ width: 1360, height: 860 });
  await expect(page.locator('html')).toHaveAttribute('lang', end);
  await page.waitForLoadState('networkidle');
}


test.describe('with a slow disk (the worker pauses 300 ms per file)', () => {
  test.use({ bridgeOptions: { archiveMsPerFile: 300 } });

  test('export a folder with progress (and a cancelled one leaves nothing), keep-until in the list, verify with progress, export the folders due', async ({ page, bridge, tmp }) => {
    await language(page).selectOption('en');
    await new PickerPage(page, bridge).createArchive(tmp);
    await new ShipmentsPage(page).create(REF);
    const folder = new FolderPage(page);
    await folder.chooseFiles(bridge, DEMO_FILES);
    await folder.importAll(4);
    await folder.tab(/Declaration & retention/).click();
    const form = page.getByRole('form', { name: 'Record declaration' });
    await form.getByLabel('Declaration number').fill('105123456789');
    await form.getByLabel('Registration date').fill('02/01/2020');
    await form.getByRole('button', { name: 'Record declaration' }).click();
    await expect(page.getByTestId('declaration')).toContainText('Keep until 2 Jan 2025');

    // One folder's bag: the progress bar moves, then one sentence naming the bag's path; the bag is on disk.
    const bag = join(tmp, 'bag');
    await bridge.setDialogs({ exportTo: bag });
    await page.getByRole('button', { name: 'Export as BagIt bag…' }).click();
    const job = page.getByTestId('job-export');
    await expect(job).toContainText(/[0-3] of 4 files written|Preparing the reports/);
    await expect(job.getByRole('progressbar')).toBeVisible();
    await expect(job).toContainText(`Exported to ${bag} as a BagIt bag: folder ${REF}, 4 files`, { timeout: 15_000 });
    await expect(job).toContainText('Recorded in the audit trail.');
    expect(readdirSync(bag).sort()).toEqual(['bag-info.txt', 'bagit.txt', 'data', 'manifest-sha256.txt', 'tagmanifest-sha256.txt']);
    expect(readFileSync(join(bag, 'bag-info.txt'), 'utf8')).toMatch(new RegExp(`External-Identifier: ${REF}\\nBagging-Date: 2026-11-20\\nPayload-Oxum: \\d+\\.7\\n`));
    expect(readdirSync(join(bag, 'data')).sort()).toEqual(['catalogue.xlsx', 'invoice.xlsx', 'manifest.json', 'packing-list.xlsx', 'permit.xlsx', 'report.pdf', 'report.txt']);
    expect(readFileSync(join(bag, 'data', 'invoice.xlsx'))).toEqual(readFileSync(DEMO_FILES[0]));
    for (const line of readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8').trim().split('\n')) expect(line).toMatch(/^[0-9a-f]{64} {2}data\/\S+$/);
    await shots(page, 'folder-exported');

    // Cancelled half-way: said so, no bag and no hidden half-bag left beside it.
    const bag2 = join(tmp, 'bag2');
    await bridge.setDialogs({ exportTo: bag2 });
    await page.getByRole('button', { name: 'Export as BagIt bag…' }).click();
    await expect(job).toContainText(/of 4 files written|Preparing the reports/);
    await job.getByRole('button', { name: 'Cancel' }).click();
    await expect(job).toContainText('Stopped before the end: nothing was recorded, and no partial bag was left.');
    expect(existsSync(bag2)).toBe(false);
    expect(readdirSync(tmp).filter((n) => n.startsWith('.bag2'))).toEqual([]);

    // The shipments list: keep-until, the folder flagged due (kept 5 years from 2 Jan 2020).
    await page.getByRole('button', { name: /^← Back/ }).click();
    const row = new ShipmentsPage(page).row(REF);
    await expect(row.getByTestId('row-keep-until')).toHaveText('2 Jan 2025due');
    await shots(page, 'list-keep-until');

    // Verify the archive from the records screen: progress "n of 4 files checked", then the result, audited.
    await page.getByRole('button', { name: 'Retention & outages' }).click();
    await page.getByRole('button', { name: 'Verify archive' }).click();
    const check = page.getByTestId('job-verify');
    await expect(check).toContainText(/[0-3] of 4 files checked/);
    // Not modal: the rest of the screen answers meanwhile.
    await expect(page.getByRole('button', { name: 'Record outage' })).toBeEnabled();
    await shots(page, 'verify-running');
    await expect(check).toContainText('Integrity checked on 20 Nov 2026: 4 files intact; the SQLite database, the audit trail and the stored rows hold. Recorded in the audit trail.', { timeout: 15_000 });
    await shots(page, 'verify-done');
    const trail = await bridge.call('getAudit', {}) as { value: { action: string; ref?: string; detail: string }[] };
    expect(trail.value.filter((e) => e.action === 'archive.verified').map((e) => JSON.parse(e.detail))).toEqual([{ day: '2026-11-20', files: 4, problems: 0, first: [], trigger: 'user' }]);
    expect(trail.value.filter((e) => e.action === 'bag.exported').map((e) => e.ref)).toEqual([REF]);

    // All folders due, into one bag (one folder due: its files straight under data/, as the CLI's export).
    const dueBag = join(tmp, 'due-bag');
    await bridge.setDialogs({ exportTo: dueBag });
    await page.getByRole('button', { name: 'Export folders due (BagIt)…' }).click();
    await expect(page.getByTestId('job-export')).toContainText(`Exported to ${dueBag} as a BagIt bag: folder ${REF}`, { timeout: 15_000 });
    expect(readdirSync(join(dueBag, 'data'))).toEqual(expect.arrayContaining(['invoice.xlsx', 'manifest.json', 'report.pdf']));
    expect(readFileSync(join(dueBag, 'bag-info.txt'), 'utf8')).toContain(`External-Identifier: ${REF}`);
  });
});

test('the periodic fixity check runs on opening 32 days after the last one, in the background, with its banner', async ({ page, bridge, tmp, transport, webBrowser, clientScript }) => {
  test.skip(transport !== 'web', 'a second app on another day is started through the web bridge');
  await language(page).selectOption('vi');
  const path = await new PickerPage(page, bridge).createArchive(tmp);
  await new ShipmentsPage(page).create(REF);
  const folder = new FolderPage(page);
  await folder.chooseFiles(bridge, DEMO_FILES);
  await folder.importAll(4);
  // Checked today (20/11/2026) by hand; reopened the same day: no periodic check.
  await page.getByRole('button', { name: /^← Quay lại/ }).click();
  await page.getByRole('button', { name: 'Lưu trữ & sự cố' }).click();
  await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
  await expect(page.getByTestId('job-verify')).toContainText('Đã kiểm tra tính toàn vẹn: 4 tệp nguyên vẹn (ngày 20/11/2026)');
  await page.getByRole('button', { name: 'Đổi kho hồ sơ' }).click();
  await page.getByRole('list', { name: /Kho hồ sơ gần đây/ }).getByTitle(path).click();
  await expect(page.locator('.archive-name')).toHaveText('client.dossier');
  await expect(page.locator('.banner.fixity')).toHaveCount(0);
  await page.getByRole('button', { name: 'Đổi kho hồ sơ' }).click();
  await page.waitForLoadState('networkidle');

  // 32 days later (another app on the same settings, --today 2026-12-22): opening starts the check in the background.
  const later = await spawnBridge({ dir: tmp, today: '2026-12-22', archiveMsPerFile: 300 });
  const context = await webBrowser!.newContext({ viewport: { width: 1360, height: 860 } });
  try {
    const p2 = await context.newPage();
    const problems: string[] = [];
    p2.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    p2.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    await p2.addInitScript({ content: clientScript });
    await p2.goto(later.url);
    await p2.getByRole('list', { name: /Kho hồ sơ gần đây/ }).getByTitle(path).click();
    const banner = p2.locator('.banner.fixity');
    await expect(banner).toContainText('Kiểm tra tính toàn vẹn định kỳ');
    await expect(banner).toContainText(/Đã kiểm tra [0-3]\/4 tệp/);
    // Never modal: the list is there and opens a folder while the check runs.
    await expect(new ShipmentsPage(p2).row(REF)).toBeVisible();
    await shots(p2, 'fixity-running', 'vi');
    await expect(banner).toContainText('Đã kiểm tra tính toàn vẹn: 4 tệp nguyên vẹn (ngày 22/12/2026)', { timeout: 15_000 });
    await expect(banner).toContainText('Đã ghi vào nhật ký.');
    await shots(p2, 'fixity-banner', 'vi');
    const trail = await later.call('getAudit', {}) as { value: { action: string; detail: string }[] };
    expect(trail.value.filter((e) => e.action === 'archive.verified').map((e) => [JSON.parse(e.detail).day, JSON.parse(e.detail).trigger]))
      .toEqual([['2026-11-20', 'user'], ['2026-12-22', 'periodic']]);
    await banner.getByRole('button', { name: 'Đóng' }).click();
    await expect(banner).toHaveCount(0);
    await p2.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    await later.stop();
  }
});
