// Issue 10, item 6: an archive moved away since last time is explained in the app's own words (never a command
// line: "dossier archive init" there would create an empty archive where the client's real one was), and the
// recent list can locate it or forget it. The list shows the archive's name before its folder.
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../fixtures.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';

test('a moved archive is located again or forgotten from the recent list', async ({ page, bridge, tmp }) => {
  const path = await new PickerPage(page, bridge).createArchive(tmp, 'cong-ty-an-ninh.dossier');
  await new ShipmentsPage(page).create('HPH-2026-0117');
  await page.getByRole('button', { name: /Back|Quay lại/ }).click();
  await page.getByRole('button', { name: /Switch archive|Đổi kho hồ sơ/ }).click();

  const recent = page.getByRole('list', { name: /Recent archives|Kho hồ sơ gần đây/ });
  const item = recent.getByRole('listitem').first();
  await expect(item.locator('strong')).toHaveText('cong-ty-an-ninh.dossier');
  await expect(item).toContainText(tmp);

  // Someone moves the file to another folder.
  mkdirSync(join(tmp, 'moved'));
  const moved = join(tmp, 'moved', 'cong-ty-an-ninh.dossier');
  renameSync(path, moved);
  await item.getByRole('button', { name: /cong-ty-an-ninh\.dossier/ }).first().click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/no longer in|Không còn thấy/);
  await expect(alert).not.toContainText('dossier archive');
  await expect(alert).not.toContainText('"');

  await bridge.setDialogs({ archiveToOpen: moved });
  await item.getByRole('button', { name: /^(Locate…|Tìm lại tệp…)$/ }).click();
  await expect(page.locator('.archive-name', { hasText: 'cong-ty-an-ninh.dossier' })).toBeVisible();
  await expect(new ShipmentsPage(page).total).toHaveText(/^1 /);

  // Back on the picker: the old place is gone from the list, the new one is there; it can be forgotten.
  await page.getByRole('button', { name: /Switch archive|Đổi kho hồ sơ/ }).click();
  await expect(recent.getByRole('listitem')).toHaveCount(1);
  await expect(recent.getByRole('listitem')).toContainText(join(tmp, 'moved'));
  await recent.getByRole('button', { name: /Forget cong-ty|Bỏ cong-ty/ }).click();
  await expect(page.getByText(/No archive opened yet|Chưa mở kho hồ sơ nào/)).toBeVisible();
});
