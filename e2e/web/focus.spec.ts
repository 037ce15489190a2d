// Issue 10, item 9: focus lands where the work goes on — the search box after opening an archive, the findings
// after opening a folder (the documents' file button when it has none), the finding list after acknowledging —
// and the folder's work is reachable at 1280×720 without scrolling the page.
import { test, expect } from '../fixtures.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { demoFolderCrossCheck } from '../pages/flows.ts';

test.use({ viewport: { width: 1280, height: 720 } });

test('focus follows the work: archive → search, folder → findings, acknowledge → the list', async ({ page, bridge, tmp }) => {
  const check = await demoFolderCrossCheck(page, bridge, tmp);
  await page.getByRole('button', { name: /Back|Quay lại/ }).click();
  await expect(page.getByRole('searchbox')).toBeFocused();

  await new ShipmentsPage(page).row('HPH-2026-0117').getByRole('button').click();
  await expect(check.findings.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(check.detail.getByTestId('finding-message')).toBeVisible();

  await check.acknowledge('Checked with the forwarder.');
  await expect(page.locator('button.finding.selected')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('button.finding.selected')).toBeFocused();

  // Usable at 1280×720: the next finding's acknowledge button is within the window without scrolling the page.
  // (The page as a whole may overflow by a few pixels since the report and re-check bars joined the tab.)
  const button = check.detail.getByRole('button', { name: /Acknowledge|Chấp nhận/ });
  await expect(button).toBeVisible();
  const box = await button.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(720);
});

test('a new folder puts the focus on adding documents', async ({ page, bridge, tmp }) => {
  const { PickerPage } = await import('../pages/picker.ts');
  await new PickerPage(page, bridge).createArchive(tmp);
  await expect(page.getByRole('searchbox')).toBeFocused();
  await new ShipmentsPage(page).create('HPH-2026-0200');
  await expect(page.getByRole('button', { name: /Choose files|Chọn tệp/ })).toBeFocused();
});
