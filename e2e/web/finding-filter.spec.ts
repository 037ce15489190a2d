// Issue 10, item 7 (rest): the cross-check tab's findings filtered by severity, state and document and searched
// by words (accent-insensitive); the count says how many are shown of all; selection and the keyboard keep working;
// a filter that hides everything says so. Screenshots in both languages at both window sizes.
import { test, expect } from '../fixtures.ts';
import { demoFolderCrossCheck } from '../pages/flows.ts';
import { shot, SIZES_AND_LANGS } from '../pages/screens.ts';

for (const [width, height, lang] of SIZES_AND_LANGS) {
  test.describe(`${width}x${height} ${lang}`, () => {
    test.use({ viewport: { width, height } });
    test(`findings filtered and searched (${lang})`, async ({ page, bridge, tmp }) => {
      await page.getByRole('combobox').first().selectOption(lang);
      const check = await demoFolderCrossCheck(page, bridge, tmp);
      const filter = page.getByRole('search', { name: /Filter findings|Lọc phát hiện/ });
      const search = filter.getByRole('searchbox');
      const shown = page.getByTestId('findings-shown');
      // All of them, as the archive holds them (the list is virtual: not all are in the page at once).
      const total = (await bridge.call('getShipment', { ref: 'HPH-2026-0117', lang }) as { value: { findings: unknown[] } }).value.findings.length;
      expect(total).toBeGreaterThan(5);
      await expect(shown).toHaveText(lang === 'vi' ? `Hiển thị ${total} trên ${total}` : `${total} of ${total} shown`);

      // Two rows, and nothing cut short: the search box holds its hint, each select its longest choice.
      const rows = await filter.evaluate((el) => new Set([...el.querySelectorAll('input, select')].map((c) => Math.round(c.getBoundingClientRect().top))).size);
      expect(rows).toBe(2);
      expect(await filter.locator('input, select').evaluateAll((fields) => fields.flatMap((el) => {
        const field = el as HTMLInputElement | HTMLSelectElement;
        const css = getComputedStyle(field);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${css.fontWeight} ${css.fontSize} ${css.fontFamily}`;
        // A select's drop-down arrow takes about 20 px of the box besides its padding.
        const room = field.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight) - (field instanceof HTMLSelectElement ? 20 : 0);
        const texts = field instanceof HTMLSelectElement ? [...field.options].map((o) => o.text) : [field.placeholder];
        return texts.map((text) => [text, Math.ceil(ctx.measureText(text).width)] as const)
          .filter(([, w]) => w > room).map(([text, w]) => `${text}: ${w} px in ${Math.floor(room)} px`);
      }))).toEqual([]);

      // Words without their accents find the Vietnamese title, in either language's screen.
      await search.fill('so luong');
      await expect(check.finding('QUANTITY_MISMATCH')).toBeVisible();
      const n = await check.findings.count();
      expect(n).toBeLessThan(total);
      await expect(shown).toHaveText(lang === 'vi' ? `Hiển thị ${n} trên ${total}` : `${n} of ${total} shown`);
      await shot(page, '5c-cross-check-filtered', lang);

      // The keyboard walks the findings shown, and the detail follows.
      await check.findings.first().click();
      await check.findings.first().focus();
      await page.keyboard.press('End');
      await expect(check.findings.last()).toBeFocused();
      await expect(check.findings.last()).toHaveAttribute('aria-pressed', 'true');
      await expect(check.detail.locator('.sev-line .code')).toHaveText(await check.findings.last().getAttribute('data-code') as string);

      // Severity, state and document.
      await search.fill('');
      await filter.getByRole('combobox').nth(0).selectOption('warning');
      await expect(page.locator('.finding-list .finding-row:not(.warning)')).toHaveCount(0);
      await expect(page.locator('.finding-list .finding-row.warning').first()).toBeVisible();
      await filter.getByRole('combobox').nth(0).selectOption('all');
      await check.finding('QUANTITY_MISMATCH').click();
      await check.acknowledge(lang === 'vi' ? 'Hai chiếc gửi sau bằng đường hàng không.' : 'Two units follow by air.');
      await expect(check.detail.getByRole('status')).toBeVisible();
      await filter.getByRole('combobox').nth(1).selectOption('acknowledged');
      await expect(check.findings).toHaveCount(1);
      await expect(check.findings.first()).toHaveAttribute('data-code', 'QUANTITY_MISMATCH');
      // The note is searched too.
      await filter.getByRole('combobox').nth(1).selectOption('open');
      await expect(check.finding('QUANTITY_MISMATCH')).toHaveCount(0);
      await filter.getByRole('combobox').nth(1).selectOption('all');
      await search.fill(lang === 'vi' ? 'duong hang khong' : 'follow by air');
      await expect(check.findings).toHaveCount(1);
      await search.fill('');
      await filter.getByRole('combobox').nth(2).selectOption('permit');
      await expect(check.finding('HS_CODE_MISMATCH').first()).toBeVisible();
      await expect(check.finding('QUANTITY_MISMATCH')).toHaveCount(0);

      // A filter that hides everything says so in one sentence.
      await search.fill('khong co phat hien nao nhu the');
      await expect(check.findings).toHaveCount(0);
      await expect(page.locator('.finding-none')).toHaveText(lang === 'vi'
        ? `Không phát hiện nào trong ${total} phát hiện khớp bộ lọc này: bỏ lọc để xem tất cả.`
        : `None of the ${total} findings matches this filter: clear it to see them all.`);
      await shot(page, '5d-cross-check-filter-empty', lang);
      await filter.getByRole('button', { name: /Clear filter|Bỏ lọc/ }).click();
      await expect(shown).toHaveText(lang === 'vi' ? `Hiển thị ${total} trên ${total}` : `${total} of ${total} shown`);
      await expect(check.findings.first()).toBeVisible();

      // Ticked, then filtered away: the group's acknowledgement says it covers them too.
      await page.locator('.finding-row', { has: check.finding('LINE_AMOUNT_MISMATCH') }).locator('input.tick').check();
      const group = page.locator('form.group-ack');
      await expect(group.getByTestId('hidden-selected')).toHaveCount(0);
      await filter.getByRole('combobox').nth(0).selectOption('warning');
      await expect(group.getByTestId('hidden-selected')).toHaveText(lang === 'vi'
        ? 'Trong đó 1 phát hiện đang bị bộ lọc ẩn: cũng sẽ được chấp nhận.' : '1 of them is hidden by the filter: it is acknowledged too.');
    });
  });
}
