import type { Locator, Page } from '@playwright/test';

export class CheckPage {
  readonly findings: Locator;
  readonly detail: Locator;
  readonly highlighted: Locator;

  constructor(private readonly page: Page) {
    this.findings = page.locator('button.finding');
    this.detail = page.locator('.finding-detail');
    this.highlighted = page.locator('.sources td[data-highlighted="true"]');
  }

  finding(code: string): Locator {
    return this.page.locator(`button.finding[data-code="${code}"]`);
  }

  /**
   * The finding with this code, scrolled into the list as a user scrolls to it: the list is virtualised, so a finding
   * far below the fold is not in the page until the list is scrolled near it.
   */
  async reveal(code: string): Promise<Locator> {
    const list = this.page.locator('nav.finding-list');
    const found = this.finding(code).first();
    await list.evaluate((el) => el.scrollTo({ top: 0 }));
    for (let i = 0; i < 50 && (await found.count()) === 0; i++) {
      const end = await list.evaluate((el) => { el.scrollBy({ top: el.clientHeight * 0.8 }); return el.scrollTop + el.clientHeight >= el.scrollHeight - 1; });
      await this.page.waitForTimeout(30);
      if (end && (await found.count()) === 0) break;
    }
    await found.scrollIntoViewIfNeeded();
    return found;
  }

  panel(role: string): Locator {
    return this.page.locator(`.sources .panel[data-role="${role}"]`);
  }

  async acknowledge(note: string): Promise<void> {
    await this.detail.getByRole('textbox').fill(note);
    await this.detail.getByRole('button', { name: /Acknowledge|Chấp nhận/ }).click();
  }
}
