// Issue 10, item 8 (rest): a search says, under each folder it found, where the folder matched (model, party,
// acknowledgement note…) with the matching words marked; the text is shown as text, never as HTML.
// Screenshots of the list with a search, both languages, both window sizes.
import { test, expect } from '../fixtures.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { demoFolderCrossCheck } from '../pages/flows.ts';
import { shot, SIZES_AND_LANGS } from '../pages/screens.ts';

for (const [width, height, lang] of SIZES_AND_LANGS) {
  test.describe(`${width}x${height} ${lang}`, () => {
    test.use({ viewport: { width, height } });
    test(`a search shows where each folder matched (${lang})`, async ({ page, bridge, tmp }) => {
      await page.getByRole('combobox').first().selectOption(lang);
      const check = await demoFolderCrossCheck(page, bridge, tmp);
      const shipments = new ShipmentsPage(page);
      await check.finding('QUANTITY_MISMATCH').click();
      await check.acknowledge('Bảo Minh xác nhận <img src=x onerror=alert(1)> hai chiếc gửi sau');
      await expect(check.detail.getByRole('status')).toBeVisible();
      await page.getByRole('button', { name: /Back|Quay lại/ }).click();
      await shipments.create('HPH-2026-0118');
      await page.getByRole('button', { name: /Back|Quay lại/ }).click();

      const found = shipments.row('HPH-2026-0117').getByTestId('found-in');
      // The consignee, read from the invoice's title block ("Buyer: CÔNG TY TNHH GIẢI PHÁP AN NINH MẠNG VIỆT").
      await shipments.search.fill('an ninh mang');
      await expect(shipments.total).toHaveText(/^1 /);
      await expect(found).toHaveText(`${lang === 'vi' ? 'Người nhận hàng' : 'Consignee'}: CÔNG TY TNHH GIẢI PHÁP AN NINH MẠNG VIỆT`);
      await expect(found.locator('mark')).toHaveText(['AN', 'NINH', 'MẠNG']);
      await shot(page, '2d-shipments-search-found-in', lang);

      // A model.
      await shipments.search.fill('vpn-gw');
      await expect(found).toHaveText(/^Model: VPN-GW-2000$/);
      await expect(found.locator('mark')).toHaveText(['VPN-GW']);

      // The acknowledgement note, as text: the angle brackets are shown, nothing is parsed.
      await shipments.search.fill('"bao minh" xac nhan');
      await expect(shipments.total).toHaveText(/^1 /);
      await expect(found).toContainText(lang === 'vi' ? 'Ghi chú chấp nhận:' : 'Acknowledgement note:');
      await expect(found).toContainText('<img src=x onerror=alert(1)>');
      await expect(found.locator('mark')).toHaveText(['Bảo Minh', 'xác', 'nhận']);
      await expect(page.locator('.found-in img')).toHaveCount(0);
      await shot(page, '2e-shipments-search-note', lang);

      // Words spread over two fields (a model and the consignee): the fields are named, no text is marked.
      await shipments.search.fill('VPN-GW-2000 an ninh');
      await expect(shipments.total).toHaveText(/^1 /);
      await expect(found).toHaveText(lang === 'vi' ? 'Từ khóa nằm ở nhiều trường: Model, Người nhận hàng' : 'Words found in several fields: Model, Consignee');
      await expect(found.locator('mark')).toHaveCount(0);

      // The reference itself is marked in its column, with no line under it.
      await shipments.search.fill('HPH-2026-0118');
      await expect(shipments.row('HPH-2026-0118').locator('.ref mark')).toHaveText('HPH-2026-0118');
      await expect(shipments.row('HPH-2026-0118').getByTestId('found-in')).toHaveCount(0);
    });
  });
}
