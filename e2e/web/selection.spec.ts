// Issue 10, item 1: the detail pane follows the finding the user opened, never a row position. A corrected
// document arrives while a finding is open: the finding stays if it still exists (with cells from the new file),
// else the pane clears and nothing can be acknowledged by mistake.
import { test, expect } from '../fixtures.ts';
import { FolderPage } from '../pages/folder.ts';
import { demoFolderCrossCheck } from '../pages/flows.ts';
import { DEMO_ITEMS, packingWorkbook, toBytes } from '../../scripts/fixtures/shipment.ts';

const replacePackingList = async (folder: FolderPage, name: string, bytes: Buffer) => {
  await folder.tab(/Documents|Chứng từ/).click();
  await folder.drop([{ name, bytes }]);
  await folder.queueItem(name).getByRole('button', { name: /^(Import|Nhập)$/ }).click();
  await folder.confirmReplace();
  await folder.queueItem(name).locator('[data-stage="done"]').waitFor();
  await folder.tab(/Cross-check|Đối chiếu/).click();
};

test('a finding that went away with the corrected document clears the pane', async ({ page, bridge, tmp }) => {
  const check = await demoFolderCrossCheck(page, bridge, tmp);
  await check.finding('QUANTITY_MISMATCH').click();
  await expect(check.detail.getByTestId('finding-message')).toContainText('SG-100F');
  const fixed = Buffer.from(toBytes(packingWorkbook(DEMO_ITEMS, { rename: { 'VPN-GW-2000': 'VPN GW 2000' } })));
  await replacePackingList(new FolderPage(page), 'packing-list-v2.xlsx', fixed);
  await expect(check.finding('QUANTITY_MISMATCH')).toHaveCount(0);
  await expect(check.detail.getByTestId('finding-message')).toHaveCount(0);
  await expect(check.detail.getByRole('button', { name: /Acknowledge|Chấp nhận/ })).toHaveCount(0);
  await expect(page.locator('button.finding.selected')).toHaveCount(0);
});

test('a finding that is still there stays selected, its cells read from the new file', async ({ page, bridge, tmp }) => {
  const check = await demoFolderCrossCheck(page, bridge, tmp);
  await check.finding('QUANTITY_MISMATCH').click();
  await expect(check.panel('packing_list').locator('td[data-highlighted="true"]')).toHaveText(['18']);
  // The forwarder's second try: still short, now 19 of 20.
  const v2 = Buffer.from(toBytes(packingWorkbook(DEMO_ITEMS, { qty: { 'SG-100F': 19 }, rename: { 'VPN-GW-2000': 'VPN GW 2000' } })));
  await replacePackingList(new FolderPage(page), 'packing-list-v2.xlsx', v2);
  await expect(page.locator('button.finding.selected')).toHaveAttribute('data-code', 'QUANTITY_MISMATCH');
  await expect(check.detail.getByTestId('finding-message')).toContainText('SG-100F');
  await expect(check.panel('packing_list')).toContainText('packing-list-v2.xlsx');
  await expect(check.panel('packing_list').locator('td[data-highlighted="true"]')).toHaveText(['19']);
});
