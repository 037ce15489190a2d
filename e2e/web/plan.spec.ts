// Issue 13 in the app: the permit plan of each folder from its ETA (today pinned to 2026-11-20, a Friday), the
// file-by column with its late and due flags sorted by urgency, the Form 07 list generated, completed and saved,
// and the checklist ticking from what is there. Screenshots at 1280x720 and 1920x1080 in both languages.
import { join } from 'node:path';
import { test, expect, DEMO } from '../fixtures.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';
import type { Page } from '@playwright/test';

const dir = () => (test.info().project.name === 'web' ? 'test-results/screens' : `test-results/screens/${test.info().project.name}`);
async function shots(page: Page, name: string, lang: string) {
  for (const [w, h] of [[1280, 720], [1920, 1080]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${dir()}/plan-${name}-${lang}-${w}x${h}.png`, fullPage: false });
  }
  await page.setViewportSize({ width: 1360, height: 860 });
}

test('timeline, urgency column and late flag, Form 07 generated, edited and saved', async ({ page, bridge, tmp }) => {
  await page.getByRole('combobox').first().selectOption('en');
  await new PickerPage(page, bridge).createArchive(tmp);
  const shipments = new ShipmentsPage(page);
  const folder = new FolderPage(page);

  // The shipment: ETA 24/11 seen on 20/11, with the demo's controlled items.
  await shipments.create('HPH-OVERDUE', '2026-11-24');
  await folder.chooseFiles(bridge, [join(DEMO, 'invoice.xlsx'), join(DEMO, 'catalogue.xlsx')]);
  await folder.importAll(2);
  await folder.tab(/^(Timeline|Tiến độ)$/).click();
  const timeline = page.getByTestId('timeline');
  await expect(timeline.getByRole('status')).toContainText('5 working days late');
  await expect(timeline).toContainText('13 Nov 2026'); // file by
  await expect(timeline).toContainText('23 Nov 2026'); // permit needed by

  // Filed today: approval expected 30/11, still 5 working days after it is needed.
  await timeline.getByLabel('Day').first().fill('20/11/2026');
  await timeline.getByRole('button', { name: 'Record' }).click();
  await expect(timeline).toContainText('Filed on');
  await expect(timeline.getByRole('status')).toContainText('The permit is expected on 30 Nov 2026, 5 working days after it is needed');
  await shots(page, 'timeline', 'en');

  // Form 07 from the invoice and catalogue: 5 controlled models, brand and standards to complete.
  await folder.tab(/^(Form 07|Mẫu 07)$/).click();
  const form = page.getByTestId('form07');
  await form.getByLabel('Purpose (for every row)').fill('Nhập khẩu để kinh doanh');
  await form.getByRole('button', { name: 'Generate from the invoice' }).click();
  await expect(form.locator('tbody tr')).toHaveCount(5);
  await expect(form.getByRole('status')).toContainText('10 values to complete');
  await form.getByLabel('SG-100F Brand, manufacturer').fill('SecuGate Networks');
  await expect(form.getByRole('status')).toContainText('9 values to complete');
  await shots(page, 'form07', 'en');
  await form.getByRole('button', { name: 'Save in the folder' }).click();
  await expect(form).toContainText('Saved as Form07-HPH-OVERDUE.xlsx');
  // Back later: the saved list opens again for editing, with what was typed in.
  await folder.tab(/^(Timeline|Tiến độ)$/).click();
  await folder.tab(/^(Form 07|Mẫu 07)$/).click();
  await expect(form.locator('tbody tr')).toHaveCount(0);
  await form.getByRole('button', { name: 'Open the saved list' }).click();
  await expect(form.getByLabel('SG-100F Brand, manufacturer')).toHaveValue('SecuGate Networks');
  await expect(form).toContainText('Editing Form07-HPH-OVERDUE.xlsx, as saved.');
  await expect(form.getByRole('status').filter({ hasText: 'values to complete' })).toContainText('9 values to complete');
  await shots(page, 'form07-reopened', 'en');

  await folder.tab(/Dossier components|Thành phần hồ sơ/).click();
  const group = (name: RegExp) => page.locator('.checklist li.group').filter({ has: page.locator('strong', { hasText: name }) });
  await expect(group(/Permit application/)).toContainText('Form07-HPH-OVERDUE.xlsx');
  await expect(group(/Permit application/)).toContainText('Filed on 20 Nov 2026');
  await expect(group(/^Timeline$/)).toHaveClass(/missing/);
  await expect(group(/^Timeline$/)).toContainText('Plan: late');
  await shots(page, 'checklist', 'en');

  // Two more folders: one due within 2 working days (file by Tuesday 24/11), one far off.
  await page.getByRole('button', { name: /Back/ }).click();
  await shipments.create('HPH-SOON', '2026-12-03');
  await page.getByRole('button', { name: /Back/ }).click();
  await shipments.create('HPH-LATER', '2027-01-15');
  await page.getByRole('button', { name: /Back/ }).click();
  await expect(shipments.row('HPH-OVERDUE')).toContainText('5 working days late');
  await expect(shipments.row('HPH-SOON')).toContainText('2 working days left');
  await expect(shipments.row('HPH-SOON')).toContainText('24 Nov 2026');
  const order = () => shipments.list.locator('.ref').allTextContents();
  await expect.poll(order).toEqual(['HPH-LATER', 'HPH-SOON', 'HPH-OVERDUE']);
  await page.getByRole('combobox', { name: 'File by' }).selectOption('urgency');
  await expect.poll(order).toEqual(['HPH-OVERDUE', 'HPH-SOON', 'HPH-LATER']);
  await shots(page, 'list', 'en');

  // The same screens in Vietnamese.
  await page.getByRole('combobox').first().selectOption('vi');
  await expect(shipments.row('HPH-OVERDUE')).toContainText('Trễ 5 ngày làm việc');
  await shots(page, 'list', 'vi');
  await shipments.row('HPH-OVERDUE').getByRole('button').click();
  await folder.tab(/^Tiến độ$/).click();
  await expect(page.getByTestId('timeline').getByRole('status')).toContainText('trễ 5 ngày làm việc');
  await shots(page, 'timeline', 'vi');
  await folder.tab(/^Mẫu 07$/).click();
  await page.getByTestId('form07').getByRole('button', { name: 'Lập từ hóa đơn' }).click();
  await expect(page.getByTestId('form07').locator('tbody tr')).toHaveCount(5);
  await shots(page, 'form07', 'vi');
  await folder.tab(/Thành phần hồ sơ|Dossier components/).click();
  await shots(page, 'checklist', 'vi');
});

test('a folder whose items are all uncontrolled says no permit is needed', async ({ page, bridge, tmp }) => {
  await page.getByRole('combobox').first().selectOption('en');
  await new PickerPage(page, bridge).createArchive(tmp);
  await new ShipmentsPage(page).create('HPH-CABLES', '2026-11-24');
  const cables = join(tmp, 'cables.csv');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(cables, 'Model,HS Code,Quantity,Unit,Unit Price,Amount\nCBL-CAT6-2M,8544.42.94,100,PCS,1.75,175\n');
  const folder = new FolderPage(page);
  await folder.chooseFiles(bridge, [cables]);
  await folder.importAll(1);
  await folder.tab(/^(Timeline|Tiến độ)$/).click();
  await expect(page.getByTestId('timeline').getByRole('status')).toContainText('No permit needed');
  await page.getByRole('button', { name: /Back/ }).click();
  await expect(new ShipmentsPage(page).row('HPH-CABLES')).toContainText('No permit needed');
});

test('a folder created without an ETA gets one in its timeline, and is planned', async ({ page, bridge, tmp }) => {
  await page.getByRole('combobox').first().selectOption('en');
  await new PickerPage(page, bridge).createArchive(tmp);
  await new ShipmentsPage(page).create('HPH-NOETA');
  const folder = new FolderPage(page);
  await folder.tab(/^Timeline$/).click();
  const timeline = page.getByTestId('timeline');
  await expect(timeline.getByRole('status')).toContainText('Enter the ETA to plan the permit.');
  await timeline.getByLabel('ETA (goods arrive)').fill('03/12/2026');
  await timeline.getByRole('button', { name: 'Save the date' }).click();
  await expect(page.locator('.folder-head')).toContainText('ETA 3 Dec 2026');
  await expect(timeline.getByRole('status')).toContainText('File the application by 24 Nov 2026 (2 working days left).');
  await expect(timeline.getByRole('status')).toContainText('No invoice yet');
});
