// The import preview: a corrected column mapping is applied, stored with the document, and remembered for the
// supplier's layout the next time one of its files arrives.
import { readFileSync } from 'node:fs';
import { test, expect, DEMO_FILES } from '../fixtures.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';

const invoice = { name: 'invoice.xlsx', bytes: readFileSync(DEMO_FILES[0]) };

test('a corrected mapping is remembered for the supplier layout', async ({ page, bridge, tmp }) => {
  await new PickerPage(page, bridge).createArchive(tmp);
  const shipments = new ShipmentsPage(page);
  await shipments.create('HPH-2026-0117');
  const folder = new FolderPage(page);
  const preview = page.locator('section.preview');
  const tags = preview.locator('.field-tag');

  await folder.drop([invoice]);
  await expect(tags.filter({ hasText: /^(Origin|Xuất xứ)$/ })).toHaveCount(1);
  await preview.getByLabel(/Column: Origin|Cột: Xuất xứ/).selectOption('');
  await preview.getByLabel(/Remember|Ghi nhớ/).check();
  await preview.getByRole('button', { name: /Apply correction|Áp dụng chỉnh sửa/ }).click();
  await expect(tags.filter({ hasText: /^(Origin|Xuất xứ)$/ })).toHaveCount(0);
  await expect(tags.filter({ hasText: /^(Model)$/ })).toHaveCount(1);
  await folder.queueItem('invoice.xlsx').getByRole('button', { name: /^(Import|Nhập)$/ }).click();
  await expect(folder.queueItem('invoice.xlsx').locator('[data-stage="done"]')).toBeVisible();

  await page.getByRole('button', { name: /Back|Quay lại/ }).click();
  await shipments.create('HPH-2026-0118');
  await folder.drop([invoice]);
  await expect(preview.getByText(/remembered for this supplier layout|Đã áp dụng chỉnh sửa được ghi nhớ/)).toBeVisible();
  await expect(tags.filter({ hasText: /^(Origin|Xuất xứ)$/ })).toHaveCount(0);
  await expect(tags.filter({ hasText: /^(Model)$/ })).toHaveCount(1);
});

test('a file that is not a spreadsheet is explained, not imported', async ({ page, bridge, tmp }) => {
  await new PickerPage(page, bridge).createArchive(tmp);
  await new ShipmentsPage(page).create('HPH-2026-0117');
  const folder = new FolderPage(page);
  await folder.drop([{ name: 'invoice.xlsx', bytes: Buffer.from('this is a note, not a workbook') }]);
  await expect(folder.queueItem('invoice.xlsx').locator('[data-stage="error"]')).toBeVisible();
  await expect(folder.queueItem('invoice.xlsx')).toContainText(/plain text|văn bản thường/);
  await expect(page.locator('.doc-slots .slot.filled')).toHaveCount(0);
});
