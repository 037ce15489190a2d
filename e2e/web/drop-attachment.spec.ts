// Issue 10, item 10: a PDF or photo dropped with the spreadsheets is offered as an attachment of a checklist
// group, not refused; a spreadsheet whose name says nothing gets its role from its own title rows.
import { readFileSync } from 'node:fs';
import { test, expect, DEMO_FILES } from '../fixtures.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';

test('a dropped PDF is filed under a checklist group; an unnamed packing list is known by its title', async ({ page, bridge, tmp }) => {
  await new PickerPage(page, bridge).createArchive(tmp);
  await new ShipmentsPage(page).create('HPH-2026-0117');
  const folder = new FolderPage(page);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  // Alone in an empty folder, a name-less file would be taken for the first missing document (the invoice).
  await folder.drop([{ name: 'scan_0117.xlsx', bytes: readFileSync(DEMO_FILES[1]) }]);
  const scan = folder.queueItem('scan_0117.xlsx');
  await expect(scan.locator('[data-stage="ready"]')).toBeVisible();
  await expect(scan.getByRole('combobox', { name: /Document|Chứng từ/ })).toHaveValue('packing_list');
  await folder.drop([{ name: 'CO-form-E-0117.pdf', bytes: pdf }]);

  const co = folder.queueItem('CO-form-E-0117.pdf');
  await expect(co.locator('[data-stage="attachment"]')).toBeVisible();
  await expect(co).not.toContainText(/cannot|không đọc được|PDF document|tài liệu PDF/);
  await expect(co.getByRole('combobox', { name: /Checklist group|Nhóm thành phần hồ sơ/ })).toHaveValue('trade');
  await co.getByRole('button', { name: /^(Attach|Đính kèm)$/ }).click();
  await expect(co.locator('[data-stage="attached"]')).toBeVisible();

  await folder.tab(/Dossier components|Thành phần hồ sơ/).click();
  await expect(page.getByText('CO-form-E-0117.pdf')).toBeVisible();
});
