// Issue 10, item 2: after "Apply correction" the form shows the columns in force (applying again keeps them), and
// every column is offered with its header text, both rows of a two-row header.
import { readFileSync } from 'node:fs';
import { test, expect, DEMO_FILES } from '../fixtures.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';

const invoice = { name: 'invoice.xlsx', bytes: readFileSync(DEMO_FILES[0]) };

test('the mapping form shows the applied correction, and applying again does not undo it', async ({ page, bridge, tmp }) => {
  await new PickerPage(page, bridge).createArchive(tmp);
  await new ShipmentsPage(page).create('HPH-2026-0117');
  await new FolderPage(page).drop([invoice]);
  const preview = page.locator('section.preview');
  const tags = preview.locator('.field-tag');
  const origin = preview.getByLabel(/Column: Origin|Cột: Xuất xứ/);
  const apply = preview.getByRole('button', { name: /Apply correction|Áp dụng chỉnh sửa/ });
  await expect(origin).toHaveValue('I');

  // The header text is offered with each letter: the two-row header's merged label and its sub-column.
  await expect(preview.getByLabel(/Column: Description|Cột: Mô tả/).locator('option[value="C"]')).toHaveText('C · Hàng hóa / Goods / Description');
  await expect(origin.locator('option[value="I"]')).toHaveText(/^I · Xuất xứ Origin$/);

  await origin.selectOption('');
  await apply.click();
  await expect(tags.filter({ hasText: /^(Origin|Xuất xứ)$/ })).toHaveCount(0);
  await expect(origin).toHaveValue('');
  await expect(preview.getByLabel(/Column: Model|Cột: Model/)).toHaveValue('B');

  // Applying again (say after ticking "remember") keeps the correction in force.
  await apply.click();
  await expect(preview.getByTestId('detected')).toBeVisible();
  await expect(origin).toHaveValue('');
  await expect(tags.filter({ hasText: /^(Origin|Xuất xứ)$/ })).toHaveCount(0);
});
