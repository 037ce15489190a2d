// The law and the reports in the app: the provisional list in the header, a finding's legal basis, the PDF and
// Excel reports saved through the save dialog in both languages (text read back), the list-diff screen, and a
// folder re-checked under the other list. Screenshots at 1280x720 and 1920x1080 in both languages.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { demoFolderCrossCheck } from '../pages/flows.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';

const shots = (test: { info(): { project: { name: string } } }) => (test.info().project.name === 'web' ? 'test-results/screens' : `test-results/screens/${test.info().project.name}`);
const flat = (s: string) => s.replace(/\s+/g, ' ');

async function setLang(page: Page, lang: 'en' | 'vi') {
  await page.locator('header.topbar label.lang select').selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test('the report bar saves the PDF and the Excel report in both languages; the detail shows the legal basis', async ({ page, bridge, tmp }) => {
  test.setTimeout(120_000); // four reports written and read back
  const check = await demoFolderCrossCheck(page, bridge, tmp);
  await expect(page.locator('.provisional-badge')).toHaveText(/Provisional list|Danh mục tạm thời/);
  await check.finding('NOT_IN_PERMIT').click();
  const basis = check.detail.locator('.legal-basis');
  await expect(basis).toContainText(/Exporting or importing a civil cryptographic product without a valid permit|không có giấy phép hợp lệ/);
  await expect(basis.locator('.unverified')).toBeVisible();

  for (const lang of ['vi', 'en'] as const) {
    await page.getByRole('combobox', { name: /Report language|Ngôn ngữ báo cáo/ }).selectOption(lang);
    const pdf = join(tmp, `report-${lang}.pdf`);
    await bridge.setDialogs({ reportPath: pdf });
    await page.getByRole('button', { name: /Save PDF|Lưu PDF/ }).click();
    // The first PDF loads pdfkit and the fonts: generous on a loaded machine.
    await expect(page.locator('.report-bar [role="status"]')).toContainText(pdf, { timeout: 30_000 });
    const text = flat(spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout);
    if (lang === 'vi') {
      for (const s of ['Hóa đơn thương mại', 'Phiếu đóng gói', 'Giấy phép', 'Hóa đơn thương mại ghi 20 PCS SG-100F, phiếu đóng gói ghi 18 Cái.', 'Đề nghị điều chỉnh chứng từ']) expect(text).toContain(s);
    } else {
      for (const s of ['Commercial invoice', 'Packing list', 'Invoice has 20 PCS of SG-100F, packing list has 18 Cái.', 'Request for correction', 'PROVISIONAL LIST']) expect(text).toContain(s);
    }
    const xlsx = join(tmp, `report-${lang}.xlsx`);
    await bridge.setDialogs({ reportPath: xlsx });
    await page.getByRole('button', { name: /Save Excel|Lưu Excel/ }).click();
    await expect(page.locator('.report-bar [role="status"]')).toContainText(xlsx, { timeout: 30_000 });
    const wb = XLSX.read(readFileSync(xlsx));
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[1]], { header: 1 });
    expect(rows.length - 1).toBe(13); // the demo folder's 13 findings, one row each
    expect(rows.slice(1).map((r) => r[2])).toContain('QUANTITY_MISMATCH');
  }
  // Cancelling the save dialog writes nothing and says nothing went wrong.
  await bridge.setDialogs({ reportPath: null });
  await page.getByRole('button', { name: /Save PDF|Lưu PDF/ }).click();
  await expect(page.locator('.report-bar [role="status"]')).toHaveCount(0);
});

test('the list-diff screen and a folder re-checked under the other list', async ({ page, bridge, tmp }) => {
  const { PickerPage } = await import('../pages/picker.ts');
  await new PickerPage(page, bridge).createArchive(tmp);
  await new ShipmentsPage(page).create('SED-2026-01');
  const inv = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(inv, XLSX.utils.aoa_to_sheet([['Model', 'Description', 'HS Code', 'Quantity', 'Unit', 'Unit Price', 'Amount'],
    ['SED-2TB', 'Self-encrypting SSD 2TB', '8471.70.20', 40, 'PCS', 180, 7200]]), 'Invoice');
  const pl = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(pl, XLSX.utils.aoa_to_sheet([['Model', 'Quantity', 'Unit', 'N.W. (kg)', 'G.W. (kg)'], ['SED-2TB', 40, 'PCS', 4, 6]]), 'PL');
  writeFileSync(join(tmp, 'invoice.xlsx'), XLSX.write(inv, { type: 'buffer', bookType: 'xlsx' }));
  writeFileSync(join(tmp, 'packing-list.xlsx'), XLSX.write(pl, { type: 'buffer', bookType: 'xlsx' }));
  const folder = new FolderPage(page);
  await folder.chooseFiles(bridge, [join(tmp, 'invoice.xlsx'), join(tmp, 'packing-list.xlsx')]);
  await folder.importAll(2);
  await folder.tab(/Cross-check|Đối chiếu/).click();
  await setLang(page, 'en');
  // Under the 2025 list the drive is not controlled: no permit finding (a rule that could not run may be said).
  await expect(page.getByRole('tab', { name: /Cross-check/ })).toBeVisible();
  await expect(page.locator('button.finding[data-code="NOT_IN_PERMIT"], button.finding[data-code="CONTROLLED_HS_CODE"]')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Re-check under another list' }).selectOption('58/2016/NĐ-CP');
  await page.getByRole('button', { name: 'Re-check', exact: true }).click();
  const result = page.getByTestId('recheck-result');
  await expect(result).toContainText('2 finding(s) would appear');
  await expect(result).toContainText('SED-2TB (HS 8471.70.20) is a controlled item and no permit was given.');
  await expect(result).toContainText('Fine of 40,000,000 to 50,000,000 VND');
  for (const lang of ['en', 'vi'] as const) {
    await setLang(page, lang);
    // The result follows the app's language.
    await expect(result).toContainText(lang === 'vi' ? 'thuộc danh mục kiểm soát nhưng chưa có giấy phép' : 'is a controlled item and no permit was given');
    for (const [w, h] of [[1280, 720], [1920, 1080]]) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${shots(test)}/law-recheck-${lang}-${w}x${h}.png` });
    }
  }

  await setLang(page, 'en');
  await page.getByRole('button', { name: 'Controlled lists' }).click();
  const diff = page.getByTestId('lists-diff');
  await expect(diff).toContainText('Controlled under 58/2016/NĐ-CP and not under 211/2025/NĐ-CP');
  await expect(diff.locator('tr', { hasText: '8471.70.20' })).toContainText('Ổ đĩa cứng mã hóa…');
  await expect(diff.locator('tr', { hasText: '8517.13.00' })).toContainText('no crypto-function description is known yet');
  await expect(diff).not.toContainText('[');
  for (const lang of ['en', 'vi'] as const) {
    await setLang(page, lang);
    for (const [w, h] of [[1280, 720], [1920, 1080]]) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${shots(test)}/law-lists-diff-${lang}-${w}x${h}.png` });
    }
  }
  await page.getByRole('button', { name: /Close|Đóng/ }).click();
  await expect(diff).toHaveCount(0);
  await page.getByRole('button', { name: /Controlled lists|Danh mục kiểm soát/ }).click();
  await expect(diff).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(diff).toHaveCount(0);
});

test('screens: the cross-check with its report bar, legal basis and provisional list', async ({ page, bridge, tmp }) => {
  const check = await demoFolderCrossCheck(page, bridge, tmp);
  await check.finding('NOT_IN_PERMIT').click();
  for (const lang of ['vi', 'en'] as const) {
    await setLang(page, lang);
    await expect(check.detail.locator('.legal-basis')).toBeVisible();
    for (const [w, h] of [[1280, 720], [1920, 1080]]) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${shots(test)}/law-crosscheck-${lang}-${w}x${h}.png` });
    }
  }
});
