// Issue 10, item 4: replacing a document is visible. The declarant is asked first (cancel leaves all as is), then
// sees what changed line by line, the acknowledgement on the changed cell re-opened with the reason, the old
// version in the folder's history; an acknowledgement is edited then withdrawn, and a group acknowledged at once.
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { FolderPage } from '../pages/folder.ts';
import { demoFolderCrossCheck } from '../pages/flows.ts';
import { DEMO_ITEMS, packingWorkbook, toBytes } from '../../scripts/fixtures/shipment.ts';

const sized = (page: Page) => { const v = page.viewportSize()!; return `test-results/screens/${v.width}x${v.height}`; };
const shot = (page: Page, name: string, lang: string) => page.screenshot({ path: `${sized(page)}/${name}-${lang}.png`, fullPage: true });

/** The forwarder's corrected packing list: 19 of SG-100F packed instead of 18, the rest as before. */
const V2 = Buffer.from(toBytes(packingWorkbook(DEMO_ITEMS, { qty: { 'SG-100F': 19 }, rename: { 'VPN-GW-2000': 'VPN GW 2000' } })));

for (const [width, height] of [[1280, 720], [1920, 1080]] as const) test.describe(`${width}x${height}`, () => {
  test.use({ viewport: { width, height } });
  for (const lang of ['vi', 'en'] as const) {
    test(`replacing the packing list, in ${lang}`, async ({ page, bridge, tmp }) => {
      // A long path (four imports, a replacement, six screens) on a shared two-CPU machine.
      test.setTimeout(90_000);
      await page.getByRole('combobox').first().selectOption(lang);
      const check = await demoFolderCrossCheck(page, bridge, tmp);
      const folder = new FolderPage(page);
      const quantity = check.finding('QUANTITY_MISMATCH');
      await quantity.click();
      await check.acknowledge('Two units follow by air, AWB 123-456.');
      await expect(quantity).toHaveClass(/acked/);
      await (await check.reveal('MODEL_NEAR_MATCH')).click();
      await check.acknowledge('Forwarder writes the model without hyphens.');
      await expect(check.finding('MODEL_NEAR_MATCH')).toHaveClass(/acked/);

      // 1. Asked first, naming both files; cancel leaves the folder as it was.
      await folder.tab(/Documents|Chứng từ/).click();
      await folder.drop([{ name: 'packing-list-v2.xlsx', bytes: V2 }]);
      const item = folder.queueItem('packing-list-v2.xlsx');
      await item.getByRole('button', { name: /^(Import|Nhập)$/ }).click();
      await expect(folder.replaceDialog).toContainText('packing-list.xlsx');
      await expect(folder.replaceDialog).toContainText('packing-list-v2.xlsx');
      await shot(page, '7a-replace-confirm', lang);
      await folder.replaceDialog.getByRole('button', { name: /^(Cancel|Hủy)$/ }).click();
      await expect(folder.replaceDialog).toHaveCount(0);
      await expect(item.locator('[data-stage="ready"]')).toBeVisible();
      await expect(page.locator('.slot[data-role="packing_list"]')).toContainText('packing-list.xlsx');
      await expect(page.locator('.slot[data-role="packing_list"]')).not.toContainText('v2');

      // 2. Replaced: what changed, line by line.
      await item.getByRole('button', { name: /^(Import|Nhập)$/ }).click();
      await folder.confirmReplace();
      await expect(page.locator('.slot[data-role="packing_list"]')).toContainText('packing-list-v2.xlsx');
      const card = page.locator('section.replacement');
      await expect(card).toContainText('packing-list.xlsx → packing-list-v2.xlsx');
      const line = card.locator('.diff-line.changed[data-model="SG-100F"]');
      await expect(line).toHaveCount(1);
      await expect(line.locator('[data-field="quantity"]')).toHaveText(/^(Quantity|Số lượng) 18 → 19$/);
      await expect(card.locator('.diff-line')).toHaveCount(1);
      await expect(card.getByTestId('reopened-count')).toContainText(/1 (acknowledgement re-opened|xác nhận được mở lại)/);
      await shot(page, '7b-replace-what-changed', lang);

      // 3. The acknowledgement on the changed cell is re-opened, saying why; the other one stays.
      await folder.tab(/Cross-check|Đối chiếu/).click();
      await expect(quantity).not.toHaveClass(/acked/);
      await expect(page.locator('.finding-row', { has: quantity }).getByTestId('reopened-mark')).toBeVisible();
      await expect(await check.reveal('MODEL_NEAR_MATCH')).toHaveClass(/acked/);
      await (await check.reveal('QUANTITY_MISMATCH')).click();
      const reopened = check.detail.getByTestId('reopened');
      await expect(reopened).toContainText(/(Re-opened: its cells changed in|Đã mở lại: ô tham chiếu thay đổi trong) packing-list-v2\.xlsx \(PL!D5\)/);
      await expect(reopened).toContainText('AWB 123-456');
      await expect(check.panel('packing_list')).toContainText('packing-list-v2.xlsx');
      await shot(page, '7c-replace-reopened', lang);

      // 4. An acknowledgement edited, then withdrawn.
      await (await check.reveal('MODEL_NEAR_MATCH')).click();
      await check.detail.getByRole('button', { name: /^(Edit note|Sửa ghi chú)$/ }).click();
      await check.detail.getByRole('textbox').fill('Forwarder writes the model without hyphens; mail of 20/11.');
      await shot(page, '7d-ack-edit', lang);
      await check.detail.getByRole('button', { name: /^(Save note|Lưu ghi chú)$/ }).click();
      await expect(check.detail.getByRole('status')).toContainText('mail of 20/11');
      await check.detail.getByRole('button', { name: /^(Withdraw|Rút lại)$/ }).click();
      await check.detail.getByRole('alert').getByRole('button', { name: /^(Withdraw|Rút lại)$/ }).click();
      await expect(check.finding('MODEL_NEAR_MATCH')).not.toHaveClass(/acked/);
      await expect(check.detail.getByRole('button', { name: /^(Acknowledge|Chấp nhận \/ Đã xử lý)$/ })).toBeVisible();

      // 5. A group acknowledged with one note.
      const tick = (code: string) => page.locator('.finding-row', { has: check.finding(code) }).locator('input.tick');
      await tick('MODEL_NEAR_MATCH').check();
      // The list is virtual: the errors at its top are rendered once scrolled back there.
      await page.locator('.finding-list').evaluate((el) => { el.scrollTop = 0; });
      await tick('QUANTITY_MISMATCH').check();
      const group = page.locator('form.group-ack');
      await expect(group).toContainText(/2 (findings selected|phát hiện)/);
      await group.getByRole('textbox').fill('Checked with the forwarder on 21/11.');
      await shot(page, '7e-group-ack', lang);
      await group.getByRole('button', { name: /^(Acknowledge|Chấp nhận) 2$/ }).click();
      await expect(group).toHaveCount(0);
      await expect(await check.reveal('MODEL_NEAR_MATCH')).toHaveClass(/acked/);
      await expect(await check.reveal('QUANTITY_MISMATCH')).toHaveClass(/acked/);
      await expect(page.locator('.finding-row', { has: quantity }).getByTestId('reopened-mark')).toHaveCount(0);

      // 6. The old version in the history: what was read from it, and what changed after it.
      await folder.tab(/Audit trail|Nhật ký/).click();
      const version = page.locator('.version[data-file="packing-list.xlsx"]');
      await expect(version).toContainText('packing-list-v2.xlsx');
      await version.getByRole('button').click();
      const panel = page.getByTestId('version-panel');
      await expect(panel.locator('tr', { hasText: 'SG-100F' })).toContainText('18');
      await expect(panel.locator('.diff-line.changed[data-model="SG-100F"] [data-field="quantity"]')).toHaveText(/18 → 19$/);
      const trail = page.locator('table.audit');
      await expect(trail).toContainText(/re-opened because cells PL!D5 changed in packing-list-v2\.xlsx|mở lại vì ô PL!D5 đã thay đổi trong packing-list-v2\.xlsx/);
      await expect(trail).toContainText(/replacing packing-list\.xlsx|thay cho packing-list\.xlsx/);
      await expect(trail).toContainText(/one of 2 acknowledged together|một trong 2 mục được chấp nhận cùng lúc/);
      await shot(page, '7f-replace-history', lang);
      const audit = JSON.stringify(await bridge.call('getAudit', { ref: 'HPH-2026-0117' }));
      for (const action of ['finding.reopened', 'finding.ack_edited', 'finding.ack_withdrawn']) expect(audit).toContain(action);
    });
  }
});
