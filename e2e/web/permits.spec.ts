// The permit register through the app: register a permit through one folder, use it from a second folder
// without a file, see the balance on the Permits screen and the over-draw finding on the second folder.
import { readFileSync } from 'node:fs';
import { test, expect, DEMO_FILES } from '../fixtures.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';
import { CheckPage } from '../pages/check.ts';
import { PermitsPage } from '../pages/permits.ts';

const NUMBER = '245/2026/GP-BCY';

for (const lang of ['vi', 'en'] as const) {
  test(`a second shipment under a registered permit draws from the same balance (${lang})`, async ({ page, bridge, tmp }) => {
    await page.getByRole('combobox').first().selectOption(lang);
    await new PickerPage(page, bridge).createArchive(tmp);
    const shipments = new ShipmentsPage(page);
    const folder = new FolderPage(page);
    const permits = new PermitsPage(page);

    // Folder 1 brings the permit file: it is registered.
    await shipments.create('HPH-2026-0117');
    await folder.chooseFiles(bridge, DEMO_FILES);
    await folder.importAll(4);
    await folder.tab(/Documents|Chứng từ/).click();
    await expect(permits.folderPermit).toContainText(NUMBER);

    // Folder 2: invoice and packing list only, and the registered permit chosen instead of a file.
    await page.getByRole('button', { name: /^← / }).first().click();
    await shipments.create('HPH-2026-0188');
    await expect(permits.useRegistered).toBeVisible();
    await expect(permits.useRegistered.getByRole('combobox')).toHaveValue(NUMBER);
    await page.screenshot({ path: `test-results/screens/permits-use-registered-${lang}.png` });
    await permits.useRegistered.getByRole('button', { name: /^(Use|Dùng)$/ }).click();
    await expect(permits.folderPermit).toContainText(NUMBER);
    await folder.drop(DEMO_FILES.slice(0, 2).map((f) => ({ name: f.split('/').pop()!, bytes: readFileSync(f) })));
    await folder.importAll(2);
    await folder.tab(/Cross-check|Đối chiếu/).click();
    const check = new CheckPage(page);
    await expect(check.finding('PERMIT_BALANCE_EXCEEDED')).toHaveCount(4);
    await expect(check.finding('NOT_IN_PERMIT')).toHaveCount(1); // ENC-SSD-1T, as in folder 1: checked against the registered copy
    await check.finding('PERMIT_BALANCE_EXCEEDED').first().click();
    await expect(check.detail).toContainText('HPH-2026-0117 (20)');
    for (const [w, h] of [[1280, 720], [1920, 1080]]) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `test-results/screens/permits-finding-${w}-${lang}.png` });
    }

    // The register: SG-100F permitted 20, drawn 20 + 20.
    await permits.open();
    const line = permits.line(NUMBER, 'SG-100F');
    await expect(line.getByTestId('used')).toHaveText('40');
    await expect(line.getByTestId('remaining')).toContainText('-20');
    await expect(line).toContainText('HPH-2026-0117');
    await expect(line).toContainText('HPH-2026-0188');
    await expect(permits.permit(NUMBER).locator('header [data-flag="overdrawn"]')).toBeVisible();
    for (const [w, h] of [[1280, 720], [1920, 1080]]) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `test-results/screens/permits-register-${w}-${lang}.png`, fullPage: true });
    }

    // The shipments list flags both folders as over-drawn.
    await page.getByRole('button', { name: /^← / }).first().click();
    await expect(shipments.row('HPH-2026-0188').locator('[data-flag="overdrawn"]')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/permits-shipments-${lang}.png` });
  });
}
