// Item 8 of issue 8, as the declarant sees it: a file that makes the reader spin is stopped at the engine's budget
// with one sentence in the import queue naming it, while the rest of the app keeps answering (another folder
// opens, the list searches) and the next file imports as usual.
import { readFileSync } from 'node:fs';
import { test, expect, DEMO_FILES } from '../fixtures.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';

test.use({ bridgeOptions: { engineTimeoutMs: 5000, spinOn: 'stuck-invoice.xlsx' } });

for (const lang of ['en', 'vi'] as const) {
  test(`a file that makes the reader spin is one sentence in the queue (${lang})`, async ({ page, bridge, tmp }) => {
    test.skip(test.info().project.name !== 'web', 'the spinning reader is a test hook of the web bridge');
    await page.getByRole('combobox').first().selectOption(lang);
    await new PickerPage(page, bridge).createArchive(tmp);
    const shipments = new ShipmentsPage(page);
    await shipments.create('HPH-2026-0118');
    await page.getByRole('button', { name: /Back|Quay lại/ }).click();
    await shipments.create('HPH-2026-0117');
    const folder = new FolderPage(page);
    const started = Date.now();
    await folder.drop([{ name: 'stuck-invoice.xlsx', bytes: readFileSync(DEMO_FILES[0]) }]);
    const item = folder.queueItem('stuck-invoice.xlsx');

    // While the worker spins: every other channel answers at once.
    const asked = Date.now();
    expect(await bridge.call('listShipments', { offset: 0, limit: 10, query: 'HPH-2026-0118' })).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await bridge.call('getShipment', { ref: 'HPH-2026-0118', lang })).toMatchObject({ ok: true });
    expect(Date.now() - asked).toBeLessThan(1000);
    await expect(item.locator('[data-stage="error"]')).toHaveCount(0);

    await expect(item.locator('[data-stage="error"]')).toBeVisible({ timeout: 15_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(5000);
    await expect(item).toContainText(lang === 'en'
      ? 'Reading stuck-invoice.xlsx took more than 5 s, far beyond any real document, so it was stopped and nothing was stored'
      : 'Việc đọc tệp stuck-invoice.xlsx mất hơn 5 giây, vượt xa mọi chứng từ thực tế, nên đã bị dừng và không có gì được lưu');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: `test-results/screens/hostile-file-1280x720-${lang}.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `test-results/screens/hostile-file-1920x1080-${lang}.png` });

    // The next file goes through as usual.
    await folder.drop([{ name: 'invoice.xlsx', bytes: readFileSync(DEMO_FILES[0]) }]);
    await folder.queueItem('invoice.xlsx').getByRole('button', { name: /^(Import|Nhập)$/ }).click();
    await expect(folder.queueItem('invoice.xlsx').locator('[data-stage="done"]')).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('.doc-slots .slot.filled')).toHaveCount(1);
  });
}
