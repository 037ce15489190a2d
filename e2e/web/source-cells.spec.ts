// Issue 10, item 3: source cells that explain themselves. The demo shipment, its permit expired before the check
// date (31/10/2026, the app's day being 20/11/2026): both rows of the invoice's merged two-row header over the
// cells, the model and description pinned left, the permit's validity under its own label, and the permit's
// product lines beside a controlled item it does not list. Finding detail screens in both languages, both sizes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, DEMO, type AppDriver } from '../fixtures.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';
import { CheckPage } from '../pages/check.ts';
import { DEMO_ITEMS, permitWorkbook, toBytes } from '../../scripts/fixtures/shipment.ts';

/** The demo's permit as seeds/demo/permit.xlsx has it, but valid only until 31/10/2026. */
function expiredPermit(tmp: string): string {
  const file = join(tmp, 'permit.xlsx');
  writeFileSync(file, toBytes(permitWorkbook(DEMO_ITEMS, {
    qty: { 'HSM-K7': 1 }, hs: { 'VPN-GW-2000': '85176259' }, omit: ['ENC-SSD-1T', 'CAB-RJ45-3M'], validUntil: '31/10/2026',
  })));
  return file;
}

async function folderWithExpiredPermit(page: Page, bridge: AppDriver, tmp: string, lang: 'vi' | 'en'): Promise<CheckPage> {
  await page.getByRole('combobox').first().selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await new PickerPage(page, bridge).createArchive(tmp);
  await new ShipmentsPage(page).create('HPH-2026-0117');
  const folder = new FolderPage(page);
  await folder.chooseFiles(bridge, [join(DEMO, 'invoice.xlsx'), join(DEMO, 'packing-list.xlsx'), expiredPermit(tmp), join(DEMO, 'catalogue.xlsx')]);
  await folder.importAll(4);
  await folder.tab(/Cross-check|Đối chiếu/).click();
  return new CheckPage(page);
}

test.describe('1280x720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('both header rows, pinned model and description, the cell in view', async ({ page, bridge, tmp }) => {
    const check = await folderWithExpiredPermit(page, bridge, tmp, 'en');
    await check.finding('QUANTITY_MISMATCH').click();
    const invoice = check.panel('invoice');
    const headerRows = invoice.locator('tr.hdr');
    await expect(headerRows).toHaveCount(2);
    // The merged group label over its two sub-columns, the sub-labels in the row below.
    await expect(headerRows.nth(0).locator('td', { hasText: 'Số lượng / Quantity' })).toHaveAttribute('colspan', '2');
    await expect(headerRows.nth(1).locator('td')).toContainText(['Model', 'Description', 'HS Code', "Q'ty", 'Unit']);
    // "Hàng hóa / Goods" over model and description (pinned), "Xuất xứ / Origin" merged down both rows.
    await expect(headerRows.nth(0).locator('td.pin', { hasText: 'Hàng hóa / Goods' })).toHaveAttribute('colspan', '2');
    await expect(headerRows.nth(0).locator('td', { hasText: 'Origin' })).toHaveAttribute('rowspan', '2');
    // Its rest over the HS code, split off by the pinned columns, is left blank rather than said twice.
    await expect(headerRows.nth(0).locator('td.cont')).toHaveText(['']);
    // The row says what it is, and the compared cell is in view.
    await expect(invoice.locator('td.pin-0[data-cell="B11"]')).toHaveText('SG-100F');
    await expect(invoice.locator('td.pin-1[data-cell="C11"]')).toContainText('Next-generation firewall');
    await expect(invoice.locator('td[data-highlighted="true"]')).toHaveText(['20']);
    await expect(invoice.locator('td[data-highlighted="true"]')).toBeInViewport();
  });

  test('a permit validity finding shows the validity cell under its own label', async ({ page, bridge, tmp }) => {
    const check = await folderWithExpiredPermit(page, bridge, tmp, 'en');
    await check.finding('PERMIT_EXPIRED').click();
    const permit = check.panel('permit');
    const field = permit.locator('dl.labelled > div[data-highlighted="true"]');
    await expect(field).toHaveCount(1);
    await expect(field.locator('dt')).toHaveText('Có giá trị đến: (Valid until)');
    await expect(field.locator('dd')).toHaveText('31/10/2026');
    await expect(field).toContainText('B6');
    // Not drawn as a cell of the product table, under "Tên sản phẩm".
    await expect(permit.locator('table.sheet')).toHaveCount(0);
  });

  test('NOT_IN_PERMIT shows the permit’s product lines beside the invoice line', async ({ page, bridge, tmp }) => {
    const check = await folderWithExpiredPermit(page, bridge, tmp, 'en');
    await check.finding('NOT_IN_PERMIT').click();
    await expect(check.panel('invoice').locator('td[data-highlighted="true"]')).toHaveText(['ENC-SSD-1T']);
    const permit = page.locator('.sources .panel[data-role="permit"][data-context="permit_lines"]');
    await expect(permit).toContainText('What the permit lists: 4 product lines');
    await expect(permit.locator('tbody tr:not(.hdr) td.pin-0')).toHaveText(['SG-100F', 'SG-60F', 'VPN-GW-2000', 'HSM-K7']);
    await expect(permit.locator('tr.hdr td.pin-0')).toHaveText('Ký hiệu, mã hiệu (Model)');
    await expect(permit.locator('td[data-highlighted="true"]')).toHaveCount(0);
  });
});

for (const [width, height] of [[1280, 720], [1920, 1080]] as const) test.describe(`screens ${width}x${height}`, () => {
  test.use({ viewport: { width, height } });
  for (const lang of ['vi', 'en'] as const) {
    test(`finding detail in ${lang}`, async ({ page, bridge, tmp }) => {
      const check = await folderWithExpiredPermit(page, bridge, tmp, lang);
      const dir = `test-results/screens/${width}x${height}`;
      for (const code of ['QUANTITY_MISMATCH', 'PERMIT_EXPIRED', 'NOT_IN_PERMIT']) {
        await check.finding(code).click();
        await expect(check.detail).toHaveAttribute('aria-label', code);
        await expect(page.locator('.sources .panel').first()).toBeVisible();
        await page.screenshot({ path: `${dir}/7-source-cells-${code.toLowerCase()}-${lang}.png` });
        // The sheet's own label, and the app's name for it only where it says something else.
        if (code === 'PERMIT_EXPIRED') await expect(check.panel('permit').locator('dl.labelled dt')).toHaveText(lang === 'vi' ? 'Có giá trị đến:' : 'Có giá trị đến: (Valid until)');
      }
      await expect(page.locator('.sources')).toContainText(lang === 'vi' ? 'Danh mục sản phẩm trong giấy phép: 4 dòng' : 'What the permit lists');
    });
  }
});
