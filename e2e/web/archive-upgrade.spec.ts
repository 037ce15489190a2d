// An archive made by an earlier version, opened from the picker: while it is upgraded (in the archive worker) the
// picker says it is opening and may be upgrading, and no second open can be started; then the archive opens with
// its folders.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';

const FOLDERS = 20_000;

/**
 * As the release before 009 wrote it: folders with acknowledged findings, whose search index 009 rebuilds. Built in
 * a child process through tsx (the archive modules import JSON, which Playwright's loader does not).
 */
function oldArchive(path: string): void {
  const script = `
    const { default: Database } = await import('better-sqlite3');
    const { migrate } = await import(${JSON.stringify(resolve('electron/archive/migrations/index.ts'))});
    const { migration009 } = await import(${JSON.stringify(resolve('electron/archive/migrations/009_search_notes_parties.ts'))});
    const db = new Database(${JSON.stringify(path)});
    db.pragma('journal_mode = WAL');
    migrate(db, { to: migration009.version - 1 });
    const ship = db.prepare("INSERT INTO shipments (id, ref, direction, created_at) VALUES (?, ?, 'import', '2026-01-01T00:00:00Z')");
    const finding = db.prepare("INSERT INTO findings (shipment_id, position, code, severity, model, params_json, refs_json, ack_note, ack_by, ack_at) VALUES (?, ?, 'QUANTITY_MISMATCH', 'error', ?, '{}', '[]', ?, 'Lan', '2026-01-02T00:00:00Z')");
    db.transaction(() => {
      for (let i = 1; i <= ${FOLDERS}; i++) {
        ship.run(i, 'HPH-2026-' + String(i).padStart(5, '0'));
        for (let k = 0; k < 4; k++) finding.run(i, k, 'FG-' + i + '-' + k, 'Đã xem lô ' + i + ' dòng ' + k);
      }
    })();
    db.close();`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`building the old archive failed (exit ${r.status})`);
}

const sized = (page: Page) => { const v = page.viewportSize(); return v ? `test-results/screens/${v.width}x${v.height}` : 'test-results/screens'; };

for (const [width, height] of [[1280, 720], [1920, 1080]] as const) test.describe(`${width}x${height}`, () => {
  test.use({ viewport: { width, height } });
  for (const lang of ['vi', 'en'] as const) {
    test(`an archive of an older format says it is opening, then opens upgraded (${lang})`, async ({ page, bridge, tmp }) => {
      test.skip(test.info().project.name !== 'web', 'the archive is built beside the web bridge');
      test.setTimeout(90_000);
      const path = join(tmp, 'cong-ty-cu.dossier');
      oldArchive(path);
      await page.getByRole('combobox').first().selectOption(lang);
      await bridge.setDialogs({ archiveToOpen: path });
      await page.getByRole('button', { name: /^(Open archive…|Mở kho hồ sơ…)$/ }).click();

      const notice = page.getByTestId('opening-archive');
      await expect(notice).toContainText(lang === 'vi' ? 'Đang mở “cong-ty-cu.dossier”…' : 'Opening “cong-ty-cu.dossier”…');
      await expect(notice).toContainText(lang === 'vi' ? 'đang nâng cấp kho hồ sơ lên phiên bản mới' : 'being upgraded to the new version');
      await expect(page.getByRole('button', { name: /^(Open archive…|Mở kho hồ sơ…)$/ })).toBeDisabled();
      await page.screenshot({ path: `${sized(page)}/1c-picker-upgrading-${lang}.png`, fullPage: true });

      await expect(page.locator('.archive-name', { hasText: 'cong-ty-cu.dossier' })).toBeVisible({ timeout: 60_000 });
      await expect(notice).toHaveCount(0);
      await expect(page.getByText(/20[.,]?000/).first()).toBeVisible();
    });
  }
});
