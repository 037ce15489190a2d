// Issue 10, items 5, 7 and 11: counts labelled in words and the same in the tab, the folder header and the
// shipments list, before and after an acknowledgement; finding titles in words with the code small; the
// Vietnamese terms customs people use.
import { test, expect } from '../fixtures.ts';
import { FolderPage } from '../pages/folder.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { demoFolderCrossCheck } from '../pages/flows.ts';

const numbers = async (counts: import('@playwright/test').Locator) =>
  Promise.all(['error', 'warning', 'info'].map(async (sev) => parseInt(await counts.locator(`[data-severity="${sev}"]`).innerText(), 10)));

test('counts agree in the tab, the header and the list, labelled Lỗi / Cảnh báo / Thông tin', async ({ page, bridge, tmp }) => {
  const check = await demoFolderCrossCheck(page, bridge, tmp);
  const folder = new FolderPage(page);
  const head = page.locator('.folder-head .counts');
  await expect(head.locator('[data-severity="error"]')).toContainText('Lỗi');
  await expect(head.locator('[data-severity="warning"]')).toContainText('Cảnh báo');
  await expect(head.locator('[data-severity="info"]')).toContainText('Thông tin');
  const [e, w, i] = await numbers(head);
  const total = e + w + i;
  expect(total).toBeGreaterThan(0);
  await expect(folder.tab(/Đối chiếu/)).toHaveText(`Đối chiếu (${total})`);

  await check.finding('MODEL_NEAR_MATCH').click();
  await check.acknowledge('Forwarder writes the model without hyphens.');
  await expect(page.getByTestId('acked-count')).toHaveText(`Đã chấp nhận 1/${total}`);
  await expect(folder.tab(/Đối chiếu/)).toHaveText(`Đối chiếu (${total})`);
  expect(await numbers(head)).toEqual([e, w, i]);

  await page.getByRole('button', { name: /Quay lại/ }).click();
  const row = new ShipmentsPage(page).row('HPH-2026-0117');
  await expect(row.locator('.counts [data-severity="error"]')).toContainText('Lỗi');
  expect(await numbers(row.locator('.counts'))).toEqual([e, w, i]);
});

test('finding titles in words, code small; Vietnamese customs terms', async ({ page, bridge, tmp }) => {
  const check = await demoFolderCrossCheck(page, bridge, tmp);
  const qty = check.finding('QUANTITY_MISMATCH');
  await expect(qty.locator('.title')).toContainText('Số lượng khác nhau giữa hóa đơn thương mại và phiếu đóng gói');
  await expect(qty.locator('.title .code')).toHaveText('QUANTITY_MISMATCH');
  await expect(check.finding('PERMIT_QUANTITY_EXCEEDED').first()).toContainText('vượt số lượng được cấp phép');
  await expect(page.getByRole('tab', { name: 'Thành phần hồ sơ (TTHC 1.013203)' })).toBeVisible();
  await expect(page.locator('.folder-head')).toContainText('Ngày đối chiếu');
  await expect(page.locator('.folder-head')).not.toContainText('Appendix');
  await qty.click();
  await expect(check.detail.getByRole('heading', { level: 2 })).toContainText('Số lượng khác nhau');
  await expect(check.panel('invoice')).toContainText('Hóa đơn thương mại');
  await expect(check.panel('invoice')).toContainText('trang tính');
  await expect(check.detail.getByRole('button', { name: 'Chấp nhận / Đã xử lý' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Ngôn ngữ', exact: true }).first().selectOption('en');
  await expect(qty.locator('.title')).toContainText('Quantity differs between commercial invoice and packing list');
  await expect(page.locator('.folder-head .counts [data-severity="info"]')).toContainText('Info');
});
