// Issue 10, item 8 (part): words typed in quotes are searched as a phrase, side by side and in order.
import { test, expect, DEMO_FILES } from '../fixtures.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';

test('a quoted phrase matches only where its words stand together', async ({ page, bridge, tmp }) => {
  await new PickerPage(page, bridge).createArchive(tmp);
  const shipments = new ShipmentsPage(page);
  await shipments.create('HPH-2026-0117');
  const folder = new FolderPage(page);
  await folder.chooseFiles(bridge, DEMO_FILES);
  await folder.importAll(4);
  await page.getByRole('button', { name: /Back|Quay lại/ }).click();

  await shipments.search.fill('"tường lửa thế hệ"');
  await expect(shipments.total).toHaveText(/^1 /);
  await shipments.search.fill('"thế hệ tường lửa"');
  await expect(shipments.total).toHaveText(/^0 /);
  await shipments.search.fill('thế hệ tường lửa');
  await expect(shipments.total).toHaveText(/^1 /);
});
