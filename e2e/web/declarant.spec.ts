// The declarant's path: archive → shipment folder → four spreadsheets → what does not agree → acknowledge.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test, expect, DEMO_FILES } from '../fixtures.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';
import { CheckPage } from '../pages/check.ts';
import { demoFolderCrossCheck } from '../pages/flows.ts';
import { DEMO_ITEMS, packingWorkbook, toBytes } from '../../scripts/fixtures/shipment.ts';

const PLANTED = ['QUANTITY_MISMATCH', 'LINE_AMOUNT_MISMATCH', 'HS_CODE_MISMATCH', 'PERMIT_QUANTITY_EXCEEDED',
  'NOT_IN_PERMIT', 'ORIGIN_MISMATCH', 'MODEL_NEAR_MATCH', 'MISSING_IN_CATALOGUE'];

test('creates an archive and a shipment folder', async ({ page, bridge, tmp }) => {
  await new PickerPage(page, bridge).createArchive(tmp);
  const shipments = new ShipmentsPage(page);
  await expect(shipments.total).toHaveText(/^0 /);
  await shipments.create('HPH-2026-0117', '2026-11-28');
  const folder = new FolderPage(page);
  await expect(folder.title).toHaveText('HPH-2026-0117');
  await expect(page.locator('.doc-slots .slot.filled')).toHaveCount(0);
});

test('imports the four spreadsheets by drag and drop and shows the planted findings', async ({ page, bridge, tmp }) => {
  await new PickerPage(page, bridge).createArchive(tmp);
  await new ShipmentsPage(page).create('HPH-2026-0117');
  const folder = new FolderPage(page);
  await folder.drop(DEMO_FILES.map((p) => ({ name: basename(p), bytes: readFileSync(p) })));
  for (const p of DEMO_FILES) await expect(folder.queueItem(basename(p)).locator('[data-stage="ready"]')).toBeVisible();
  await folder.importAll(4);
  await expect(page.locator('.doc-slots .slot.filled')).toHaveCount(4);
  await folder.tab(/Cross-check|Đối chiếu/).click();
  const check = new CheckPage(page);
  for (const code of PLANTED) await expect(await check.reveal(code)).toBeVisible();
});

test('imports through the file dialog, opens a finding with its cells highlighted, acknowledges it', async ({ page, bridge, tmp }) => {
  const check = await demoFolderCrossCheck(page, bridge, tmp);
  await check.finding('QUANTITY_MISMATCH').click();
  await expect(check.detail.getByTestId('finding-message')).toContainText('SG-100F');
  await expect(check.panel('invoice')).toBeVisible();
  await expect(check.panel('packing_list')).toBeVisible();
  await expect(check.panel('invoice').locator('td[data-highlighted="true"]')).toHaveText(['20']);
  await expect(check.panel('packing_list').locator('td[data-highlighted="true"]')).toHaveText(['18']);
  await check.acknowledge('Two units follow by air freight, AWB 123-456.');
  await expect(check.detail.getByRole('status')).toContainText('AWB 123-456');
  await expect(check.finding('QUANTITY_MISMATCH')).toHaveClass(/acked/);
  const audit = await bridge.call('getAudit', { ref: 'HPH-2026-0117' });
  expect(JSON.stringify(audit)).toContain('AWB 123-456');
});

test('finds the shipment by full-text search, by reference and by what its documents say', async ({ page, bridge, tmp }) => {
  await new PickerPage(page, bridge).createArchive(tmp);
  const shipments = new ShipmentsPage(page);
  await shipments.create('SGN-2026-0042');
  await page.getByRole('button', { name: /Back|Quay lại/ }).click();
  await shipments.create('HPH-2026-0117');
  const folder = new FolderPage(page);
  await folder.chooseFiles(bridge, DEMO_FILES);
  await folder.importAll(4);
  await page.getByRole('button', { name: /Back|Quay lại/ }).click();
  await expect(shipments.total).toHaveText(/^2 /);

  await shipments.search.fill('SGN');
  await expect(shipments.total).toHaveText(/^1 /);
  await expect(shipments.row('SGN-2026-0042')).toBeVisible();
  await expect(shipments.row('HPH-2026-0117')).toHaveCount(0);

  for (const query of ['SG-100F', 'firewall', 'thiet bi']) {
    await shipments.search.fill(query);
    await expect(shipments.total).toHaveText(/^1 /);
    await expect(shipments.row('HPH-2026-0117')).toBeVisible();
  }
  await shipments.search.fill('');
  await expect(shipments.total).toHaveText(/^2 /);
});

test('switches language and remembers it', async ({ page, bridge, tmp }) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mở kho hồ sơ của khách hàng');
  await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open a client archive');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open a client archive');
  await new PickerPage(page, bridge).createArchive(tmp);
  await expect(page.getByRole('heading', { name: 'Shipments' })).toBeVisible();
});

test('a corrected packing list replaces the old one and its finding goes away', async ({ page, bridge, tmp }) => {
  const check = await demoFolderCrossCheck(page, bridge, tmp);
  await expect(check.finding('QUANTITY_MISMATCH')).toHaveCount(1);
  await check.finding('MODEL_NEAR_MATCH').click();
  await check.acknowledge('Forwarder writes the model without hyphens.');
  await expect(check.finding('MODEL_NEAR_MATCH')).toHaveClass(/acked/);

  // The forwarder sends a corrected packing list: all 20 units of SG-100F (the model spelling unchanged).
  const fixed = Buffer.from(toBytes(packingWorkbook(DEMO_ITEMS, { rename: { 'VPN-GW-2000': 'VPN GW 2000' } })));
  const folder = new FolderPage(page);
  await folder.tab(/Documents|Chứng từ/).click();
  await folder.drop([{ name: 'packing-list-v2.xlsx', bytes: fixed }]);
  await folder.queueItem('packing-list-v2.xlsx').getByRole('button', { name: /^(Import|Nhập)$/ }).click();
  await folder.confirmReplace();
  await expect(page.locator('.slot[data-role="packing_list"]')).toContainText('packing-list-v2.xlsx');
  await folder.tab(/Cross-check|Đối chiếu/).click();
  await expect(check.finding('LINE_AMOUNT_MISMATCH')).toHaveCount(1);
  await expect(check.finding('QUANTITY_MISMATCH')).toHaveCount(0);
  // An acknowledgement survives a re-check for a finding that is still there.
  await expect(check.finding('MODEL_NEAR_MATCH')).toHaveClass(/acked/);
});
