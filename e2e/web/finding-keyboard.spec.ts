// The findings list from the keyboard: arrows, Home and End move between findings (never onto a heading), open
// each as a click does, keep the focus visible, and the virtual list scrolls to follow.
import { test, expect } from '../fixtures.ts';
import { demoFolderCrossCheck } from '../pages/flows.ts';

test('arrows, Home and End walk the findings and open each one', async ({ page, bridge, tmp }) => {
  const check = await demoFolderCrossCheck(page, bridge, tmp);
  const detailCode = check.detail.locator('.sev-line .code');
  const codes = await check.findings.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-code')));

  // Tab reaches the list on its first finding; the arrows then select and open.
  await page.getByRole('tab').last().focus();
  await page.keyboard.press('Tab');
  await expect(check.findings.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(check.findings.nth(1)).toBeFocused();
  await expect(check.findings.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(detailCode).toHaveText(codes[1]!);
  await expect(check.highlighted.first()).toBeVisible();
  // The focus ring shows where the keyboard is.
  expect(await check.findings.nth(1).evaluate((b) => getComputedStyle(b).outlineStyle)).toBe('solid');

  await page.keyboard.press('ArrowUp');
  await expect(check.findings.first()).toBeFocused();
  await expect(detailCode).toHaveText(codes[0]!);

  await page.keyboard.press('End');
  const last = check.findings.last();
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await expect(detailCode).toHaveText(await last.getAttribute('data-code') as string);
  expect(await page.locator('.finding-list').evaluate((l) => l.scrollTop)).toBeGreaterThan(0);

  await page.keyboard.press('Home');
  await expect(check.findings.first()).toBeFocused();
  await expect(page.locator('.finding-list .sev-head').first()).toBeInViewport();
  expect(await page.locator('.finding-list').evaluate((l) => l.scrollTop)).toBe(0);

  // Tab leaves the list for the finding's detail rather than walking every finding.
  await page.keyboard.press('Tab');
  await expect(check.findings.first()).not.toBeFocused();
  await expect(page.locator('.finding-list button.finding:focus')).toHaveCount(0);
});
