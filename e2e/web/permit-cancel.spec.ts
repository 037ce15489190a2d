// Issue 12 in the app: cancel a folder's draw (confirmed, with a reason) and see the balance go back; add a manual
// adjustment with a note on the Permits screen and see it drawn. Screens in both languages at both sizes.
import { readFileSync } from 'node:fs';
import { test, expect, DEMO_FILES } from '../fixtures.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';
import { PermitsPage } from '../pages/permits.ts';

const NUMBER = '245/2026/GP-BCY';
const SIZES = [[1280, 720], [1920, 1080]] as const;

for (const lang of ['vi', 'en'] as const) {
  test(`cancelling a folder's draw gives its quantities back; an adjustment is drawn (${lang})`, async ({ page, bridge, tmp }) => {
    await page.getByRole('combobox').first().selectOption(lang);
    await new PickerPage(page, bridge).createArchive(tmp);
    const shipments = new ShipmentsPage(page);
    const folder = new FolderPage(page);
    const permits = new PermitsPage(page);

    await shipments.create('HPH-2026-0117');
    await folder.chooseFiles(bridge, DEMO_FILES);
    await folder.importAll(4);
    await page.getByRole('button', { name: /^← / }).first().click();
    await shipments.create('HPH-2026-0188');
    await permits.useRegistered.getByRole('button', { name: /^(Use|Dùng)$/ }).click();
    await folder.drop(DEMO_FILES.slice(0, 2).map((f) => ({ name: f.split('/').pop()!, bytes: readFileSync(f) })));
    await folder.importAll(2);
    await folder.tab(/Documents|Chứng từ/).click();
    // The permit's short lines, said on the folder: SG-100F 20 permitted, 40 drawn.
    await expect(permits.folderPermit.getByTestId('short-lines')).toContainText('SG-100F');
    await expect(permits.folderPermit.getByTestId('short-lines')).toContainText(lang === 'en' ? '20 over' : 'vượt 20');

    // Cancel: confirmation with a reason; the button stays disabled without one.
    await permits.folderPermit.getByRole('button', { name: /Cancel this shipment's draw|Hủy số lượng đã trừ của lô này/ }).click();
    const dialog = permits.folderPermit.getByRole('alertdialog');
    await expect(dialog.getByRole('button', { name: /^(Cancel the draw|Hủy số lượng đã trừ)$/ })).toBeDisabled();
    await dialog.getByRole('textbox').fill(lang === 'en' ? 'Buyer withdrew the order' : 'Khách hàng hủy đơn');
    for (const [w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `test-results/screens/${w}x${h}/permit-cancel-confirm-${lang}.png` });
    }
    await dialog.getByRole('button', { name: /^(Cancel the draw|Hủy số lượng đã trừ)$/ }).click();
    await expect(permits.folderPermit.getByTestId('cancelled')).toContainText(lang === 'en' ? 'Buyer withdrew the order' : 'Khách hàng hủy đơn');
    await expect(permits.folderPermit.getByRole('button', { name: /Cancel this shipment's draw|Hủy số lượng đã trừ của lô này/ })).toHaveCount(0);
    for (const [w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `test-results/screens/${w}x${h}/permit-cancelled-folder-${lang}.png` });
    }

    // The register: the draw is back (20 used, 0 left), the cancellation said.
    await permits.open();
    const line = permits.line(NUMBER, 'SG-100F');
    await expect(line.getByTestId('used')).toHaveText('20');
    await expect(line.getByTestId('remaining')).toContainText('0');
    await expect(line).not.toContainText('HPH-2026-0188');
    await expect(permits.permit(NUMBER)).toContainText(lang === 'en' ? 'HPH-2026-0188 cancelled, draw released' : 'HPH-2026-0188 đã hủy, hoàn lại số lượng');

    // An adjustment: 2,5 (decimal comma accepted) of SG-60F declared outside the archive.
    await permits.permit(NUMBER).getByRole('button', { name: /^(Add an adjustment|Thêm điều chỉnh)$/ }).click();
    const form = permits.permit(NUMBER).getByTestId('adjust-form');
    await form.getByRole('combobox').selectOption('SG-60F');
    await form.getByLabel(/^(Quantity|Số lượng)/).fill('0');
    await expect(form.getByRole('alert')).toBeVisible();
    await form.getByLabel(/^(Quantity|Số lượng)/).fill(lang === 'vi' ? '2,5' : '2.5');
    await form.getByLabel(/^(Note|Ghi chú)/).fill('TK 105123456789');
    for (const [w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `test-results/screens/${w}x${h}/permit-adjust-form-${lang}.png` });
    }
    await form.getByRole('button', { name: /^(Record the adjustment|Ghi điều chỉnh)$/ }).click();
    await expect(form).toHaveCount(0);
    const sg60 = permits.line(NUMBER, 'SG-60F');
    // Decimal comma in Vietnamese.
    await expect(sg60.getByTestId('used')).toHaveText(lang === 'vi' ? '12,5' : '12.5');
    await expect(sg60.getByTestId('remaining')).toContainText(lang === 'vi' ? '-2,5' : '-2.5');
    await expect(sg60).toContainText('TK 105123456789');
    for (const [w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `test-results/screens/${w}x${h}/permit-register-adjusted-${lang}.png`, fullPage: true });
    }
  });
}
