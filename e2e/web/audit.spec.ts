// The archive for audits in the app: declare a folder, see its keep-until, try to delete it early, export a bag,
// record an outage and the paper declaration's electronic re-entry, open an encrypted archive with its passphrase.
// Screenshots in both languages at 1280x720 and 1920x1080 under test-results/screens/audit-*.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, DEMO_FILES } from '../fixtures.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';

const REF = 'HPH-2026-0117';
const SIZES = [[1280, 720], [1920, 1080]] as const;

async function shots(page: Page, name: string): Promise<void> {
  for (const lang of ['en', 'vi'] as const) {
    await page.getByRole('combobox', { name: /Language|Ngôn ngữ/ }).selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    for (const [w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `test-results/screens/audit-${name}-${lang}-${w}x${h}.png`, fullPage: true });
    }
  }
  await page.getByRole('combobox', { name: /Language|Ngôn ngữ/ }).selectOption('en');
  await page.setViewportSize({ width: 1360, height: 860 });
  // The language choice is saved through the bridge: let that request finish before the test may end.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.waitForLoadState('networkidle');
}

test('declare, keep-until, early delete refused, BagIt export, outage and paper re-entry', async ({ page, bridge, tmp }) => {
  await page.getByRole('combobox', { name: /Language|Ngôn ngữ/ }).selectOption('en');
  await new PickerPage(page, bridge).createArchive(tmp);
  await new ShipmentsPage(page).create(REF);
  const folder = new FolderPage(page);
  await folder.chooseFiles(bridge, DEMO_FILES);
  await folder.importAll(4);
  await folder.tab(/Declaration & retention/).click();
  await expect(page.getByText(/Not declared yet/)).toBeVisible();

  const form = page.getByRole('form', { name: 'Record declaration' });
  await form.getByLabel('Declaration number').fill('105123456789');
  await form.getByLabel('Registration date').fill('21/11/2026');
  await form.getByLabel(/Customs office/).fill('03CC');
  await form.getByRole('button', { name: 'Record declaration' }).click();
  await expect(page.getByTestId('declaration')).toContainText('Declaration 105123456789 of 21 Nov 2026, office 03CC');
  await expect(page.getByTestId('declaration')).toContainText('Keep until 21 Nov 2031 (5 years');
  await expect(page.getByTestId('keep-until')).toHaveText('Keep until 21 Nov 2031');

  // Early delete: refused by the archive, in one sentence saying until when; the folder stays.
  await page.getByRole('button', { name: 'Delete folder…' }).click();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.locator('.banner.error')).toContainText(`Folder ${REF} must be kept until 2031-11-21`);
  await expect(page.locator('.folder-head h1')).toHaveText(REF);
  await shots(page, 'folder-declared-delete-refused');

  // Export a bag into the folder the (scripted) dialog picks.
  const bag = join(tmp, 'bag');
  await bridge.setDialogs({ exportTo: bag });
  await page.getByRole('button', { name: 'Export as BagIt bag…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'BagIt' })).toContainText(`Exported to ${bag}`);
  expect(readdirSync(bag).sort()).toEqual(['bag-info.txt', 'bagit.txt', 'data', 'manifest-sha256.txt', 'tagmanifest-sha256.txt']);
  expect(readFileSync(join(bag, 'bag-info.txt'), 'utf8')).toContain(`External-Identifier: ${REF}`);
  expect(readdirSync(join(bag, 'data'))).toEqual(expect.arrayContaining(['invoice.xlsx', 'manifest.json', 'report.pdf', 'report.txt']));

  // Outage register: record the outage, then the folder's paper declaration made during it, then its re-entry.
  await page.getByRole('button', { name: /^← Back/ }).click();
  await page.getByRole('button', { name: 'Retention & outages' }).click();
  await expect(page.getByText('No outage recorded.')).toBeVisible();
  const add = page.getByRole('form', { name: 'Record outage' });
  await add.getByLabel(/^From/).fill('2026-11-19 22:00');
  await add.getByLabel(/^To/).fill('2026-11-20 15:30');
  await add.getByLabel(/Customs notice/).fill('Thông báo 123/TB-CNTT');
  await add.getByRole('button', { name: 'Record outage' }).click();
  await expect(page.getByTestId('outage')).toContainText('2026-11-19 22:00 – 2026-11-20 15:30');
  await page.getByRole('button', { name: /^← Back/ }).click();
  await new ShipmentsPage(page).row(REF).click();
  await folder.tab(/Declaration & retention/).click();
  await form.getByLabel('Declaration number').fill('GIAY-0001');
  await form.getByLabel('Registration date').fill('20/11/2026');
  await form.getByLabel(/on paper/).check();
  await form.getByRole('button', { name: 'Record declaration' }).click();
  await expect(page.getByTestId('declaration')).toContainText('Still to be entered electronically');
  await page.getByRole('button', { name: /^← Back/ }).click();
  await page.getByRole('button', { name: 'Retention & outages' }).click();
  await expect(page.getByTestId('outage')).toContainText('paper declaration GIAY-0001 of 20 Nov 2026, to be entered electronically (0 days since)');
  await shots(page, 'records-outage-pending');
  await page.getByTestId('outage').getByRole('button', { name: REF }).click();
  await folder.tab(/Declaration & retention/).click();
  const reentry = page.getByRole('form', { name: 'Record re-entry' });
  await reentry.getByLabel('Electronic declaration number').fill('105777000111');
  await reentry.getByRole('button', { name: 'Record re-entry' }).click();
  await expect(page.getByTestId('declaration')).toContainText('Entered electronically as 105777000111');
  await shots(page, 'folder-paper-reentered');
});

test('an encrypted archive: created with a passphrase, reopened only with it', async ({ page, bridge, tmp }) => {
  await page.getByRole('combobox', { name: /Language|Ngôn ngữ/ }).selectOption('en');
  const path = join(tmp, 'secret.dossier');
  await bridge.setDialogs({ archiveToCreate: path });
  await page.getByRole('button', { name: 'New encrypted archive…' }).click();
  const create = page.getByRole('form', { name: 'Passphrase' });
  await create.getByLabel('Passphrase', { exact: true }).fill('kho hồ sơ khách hàng A');
  await create.getByLabel('The same passphrase again').fill('kho hồ sơ khách hàng B');
  await create.getByRole('button', { name: 'New archive' }).click();
  await expect(create.getByRole('alert')).toHaveText('The two passphrases differ.');
  await create.getByLabel('The same passphrase again').fill('kho hồ sơ khách hàng A');
  await create.getByRole('button', { name: 'New archive' }).click();
  await page.locator('.archive-name', { hasText: 'secret.dossier' }).waitFor();
  await new ShipmentsPage(page).create('HPH-SECRET-1');
  await expect(page.locator('.folder-head h1')).toHaveText('HPH-SECRET-1');
  expect(existsSync(path)).toBe(true);
  expect(readFileSync(path).includes('HPH-SECRET')).toBe(false);

  await page.getByRole('button', { name: /Switch archive|Đổi kho/ }).click();
  // In the recent list, which names the archive with its folder after (the top bar's name carries the path as
  // its title too, and stays until the archive is closed).
  await page.getByRole('list', { name: 'Recent archives' }).getByTitle(path, { exact: true }).click();
  const unlock = page.getByRole('form', { name: 'Passphrase' });
  await expect(unlock).toContainText('secret.dossier is encrypted: enter its passphrase.');
  await shots(page, 'picker-passphrase');
  await unlock.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
  await unlock.getByRole('button', { name: 'Open' }).click();
  await expect(page.locator('.banner.error')).toContainText('wrong passphrase');
  await unlock.getByLabel('Passphrase', { exact: true }).fill('kho hồ sơ khách hàng A');
  await unlock.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByTestId('shipment-total')).toHaveText(/1/);
});

test('restore a backup: verified, copied to a new file, opened', async ({ page, bridge, tmp }) => {
  await page.getByRole('combobox', { name: /Language|Ngôn ngữ/ }).selectOption('en');
  const original = await new PickerPage(page, bridge).createArchive(tmp);
  await new ShipmentsPage(page).create(REF);
  await expect(page.locator('.folder-head h1')).toHaveText(REF);
  await page.getByRole('button', { name: /Switch archive/ }).click();
  const restored = join(tmp, 'restored.dossier');
  await bridge.setDialogs({ archiveToOpen: original, archiveToCreate: restored });
  await page.getByRole('button', { name: 'Restore a backup…' }).click();
  await page.getByRole('form', { name: 'Restore a backup…' }).getByRole('button', { name: 'Choose backup…' }).click();
  await page.locator('.archive-name', { hasText: 'restored.dossier' }).waitFor();
  await expect(page.getByTestId('shipment-total')).toHaveText(/1/);
  expect(existsSync(restored)).toBe(true);
  // Again to the same name: refused, nothing overwritten.
  await page.getByRole('button', { name: /Switch archive/ }).click();
  await page.getByRole('button', { name: 'Restore a backup…' }).click();
  await page.getByRole('form', { name: 'Restore a backup…' }).getByRole('button', { name: 'Choose backup…' }).click();
  await expect(page.locator('.banner.error')).toContainText('already exists');
  await shots(page, 'picker-restore-refused');
});
