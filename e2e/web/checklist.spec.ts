// The six document groups of procedure 1.013203: what the folder holds, and attachments filed under a group.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, DEMO_FILES } from '../fixtures.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';

test('the checklist shows present and missing groups and takes attachments', async ({ page, bridge, tmp }) => {
  await new PickerPage(page, bridge).createArchive(tmp);
  await new ShipmentsPage(page).create('HPH-2026-0117');
  const folder = new FolderPage(page);
  await folder.drop([{ name: 'invoice.xlsx', bytes: readFileSync(DEMO_FILES[0]) }]);
  await folder.queueItem('invoice.xlsx').getByRole('button', { name: /^(Import|Nhập)$/ }).click();
  await expect(page.locator('.doc-slots .slot.filled')).toHaveCount(1);

  await folder.tab(/Dossier components|Thành phần hồ sơ/).click();
  const group = (name: RegExp) => page.locator('.checklist li.group').filter({ has: page.locator('strong', { hasText: name }) });
  await expect(group(/Trade documents|Chứng từ thương mại/)).toHaveClass(/partial/);
  await expect(group(/Conformity|hợp chuẩn/)).toHaveClass(/missing/);
  await expect(group(/Timeline|Tiến độ/)).toHaveClass(/missing/);

  const certificate = join(tmp, 'CoC-SG-100F.pdf');
  writeFileSync(certificate, '%PDF-1.4 conformity certificate');
  await bridge.setDialogs({ files: [certificate] });
  await group(/Conformity|hợp chuẩn/).getByRole('button', { name: /Attach|Đính kèm/ }).click();
  await expect(group(/Conformity|hợp chuẩn/)).toHaveClass(/present/);
  await expect(group(/Conformity|hợp chuẩn/)).toContainText('CoC-SG-100F.pdf');
});
