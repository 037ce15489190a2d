// The ETA is typed day first whatever the browser's locale (Chromium's date picker would follow en-US here:
// mm/dd/yyyy), and only a day that exists reaches the archive, as YYYY-MM-DD.
import { test, expect } from '../fixtures.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';

test('an ETA written dd/mm/yyyy is read day first and spelled back', async ({ page, bridge, tmp }) => {
  await new PickerPage(page, bridge).createArchive(tmp);
  const shipments = new ShipmentsPage(page);
  await expect(shipments.eta).toHaveAttribute('placeholder', /dd\/mm\/yyyy|ngày\/tháng\/năm/);
  await shipments.form.getByLabel(/Reference|Số tham chiếu/).fill('HPH-2026-0117');
  await shipments.eta.fill('03/04/2026');
  await expect(shipments.form).toContainText(/3 April 2026|3 tháng 4, 2026/);
  await shipments.form.getByRole('button', { name: /Create|Tạo/ }).click();
  await expect(new FolderPage(page).title).toHaveText('HPH-2026-0117');
  await expect(page.locator('.folder-head')).toContainText(/ETA (03\/04\/2026|3 Apr 2026)/);
});

test('an impossible ETA is explained inline and creates nothing', async ({ page, bridge, tmp }) => {
  await new PickerPage(page, bridge).createArchive(tmp);
  const shipments = new ShipmentsPage(page);
  await shipments.create('HPH-2026-0117', '2026-02-31');
  await expect(shipments.eta).toHaveAttribute('aria-invalid', 'true');
  await expect(shipments.eta).toBeFocused();
  await expect(shipments.form).toContainText(/31\/02\/2026 (is not a valid date|không phải là ngày hợp lệ)/);
  await expect(shipments.total).toHaveText(/^0 /);
  expect(await bridge.call('listShipments', { offset: 0, limit: 10 })).toMatchObject({ ok: true, value: { total: 0 } });

  await shipments.eta.fill('2026-11-28');
  await expect(shipments.eta).toHaveAttribute('aria-invalid', 'false');
  await shipments.form.getByRole('button', { name: /Create|Tạo/ }).click();
  await expect(page.locator('.folder-head')).toContainText(/ETA (28\/11\/2026|28 Nov 2026)/);
});
