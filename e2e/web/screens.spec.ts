// Every screen in both languages, saved under test-results/screens/ for a human to look at.
import { test, expect, DEMO_FILES } from '../fixtures.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';
import { CheckPage } from '../pages/check.ts';
import type { Page } from '@playwright/test';

/** test-results/screens/ for the web run, test-results/screens/electron/ for the Electron shell's. */
const dir = () => (test.info().project.name === 'web' ? 'test-results/screens' : `test-results/screens/${test.info().project.name}`);
/** One folder per window size (1280x720 a laptop, 1920x1080 an office screen). */
const sized = (page: Page) => { const v = page.viewportSize(); return v ? `${dir()}/${v.width}x${v.height}` : dir(); };
const shot = (page: Page, name: string, lang: string) => page.screenshot({ path: `${sized(page)}/${name}-${lang}.png`, fullPage: true });

for (const [width, height] of [[1280, 720], [1920, 1080]] as const) test.describe(`${width}x${height}`, () => {
test.use({ viewport: { width, height } });
for (const lang of ['vi', 'en'] as const) {
  test(`screens in ${lang}`, async ({ page, bridge, tmp }) => {
    await page.getByRole('combobox').first().selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await bridge.call('getSettings', {});
    await shot(page, '1-picker', lang);

    await new PickerPage(page, bridge).createArchive(tmp);
    const shipments = new ShipmentsPage(page);
    await shipments.eta.fill('31/02/2026');
    await shipments.eta.blur();
    await expect(shipments.eta).toHaveAttribute('aria-invalid', 'true');
    await shot(page, '2b-new-shipment-date-error', lang);
    await shipments.eta.fill('28/11/2026');
    await expect(shipments.form).toContainText('2026');
    await shipments.form.screenshot({ path: `${sized(page)}/2c-new-shipment-date-${lang}.png` });
    await shipments.create('HPH-2026-0117', '2026-11-28');
    const folder = new FolderPage(page);
    await shot(page, '3-folder-empty', lang);

    await folder.chooseFiles(bridge, DEMO_FILES);
    await expect(folder.queue.locator('[data-stage="ready"]')).toHaveCount(4);
    await folder.queueItem('packing-list.xlsx').getByRole('button', { name: 'packing-list.xlsx' }).click();
    await expect(page.getByTestId('detected')).toBeVisible();
    await shot(page, '4-import-preview', lang);
    await page.locator('section.preview').screenshot({ path: `${sized(page)}/4b-import-preview-detail-${lang}.png` });

    await folder.importAll(4);
    await expect(page.locator('.doc-slots .slot.filled')).toHaveCount(4);
    await shot(page, '3b-folder-imported', lang);
    await folder.tab(/Cross-check|Đối chiếu/).click();
    const check = new CheckPage(page);
    await check.finding('QUANTITY_MISMATCH').click();
    await expect(check.highlighted).toHaveCount(2);
    await shot(page, '5-cross-check', lang);

    await check.acknowledge(lang === 'vi' ? 'Hai chiếc gửi sau bằng đường hàng không.' : 'Two units follow by air.');
    await expect(check.detail.getByRole('status')).toBeVisible();
    await check.finding('HS_CODE_MISMATCH').first().click();
    await expect(check.highlighted.first()).toBeVisible();
    await shot(page, '6-finding-hs-code', lang);
    await page.mouse.move(900, 700); // off the list, so no hover outline competes with the focus ring
    await page.keyboard.press('End');
    await expect(page.locator('button.finding:focus')).toHaveAttribute('aria-pressed', 'true');
    await expect(check.detail.locator('.sev-line .code')).toHaveText(await page.locator('button.finding:focus').getAttribute('data-code') as string);
    await shot(page, '6b-finding-keyboard-end', lang);

    await folder.tab(/Dossier components|Thành phần hồ sơ/).click();
    await expect(page.locator('.checklist .group')).toHaveCount(6);
    await shot(page, '7-checklist', lang);

    await folder.tab(/Audit trail|Nhật ký/).click();
    await expect(page.locator('table.audit tr').filter({ hasText: /Finding acknowledged|Chấp nhận phát hiện/ })).toHaveCount(1);
    await expect(page.locator('table.audit')).toContainText(/Re-checked as of 20 Nov 2026|Đối chiếu lại, ngày đối chiếu 20\/11\/2026/);
    await expect(page.locator('table.audit')).not.toContainText(/[{}]/);
    await shot(page, '8-audit-trail', lang);

    await page.getByRole('button', { name: /Back|Quay lại/ }).click();
    await expect(shipments.row('HPH-2026-0117')).toBeVisible();
    await shot(page, '2-shipments', lang);

    await shipments.create('HPH-2026-0117');
    await expect(page.getByRole('alert')).toBeVisible();
    await shot(page, '9-error-banner', lang);

    await page.getByRole('button', { name: /Switch archive|Đổi kho hồ sơ/ }).click();
    await expect(page.getByRole('list', { name: /Recent archives|Kho hồ sơ gần đây/ })).toContainText('client.dossier');
    await shot(page, '1b-picker-recent', lang);
  });
}
});
