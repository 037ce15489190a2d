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

  panel(role: string): Locator {
    return this.page.locator(`.sources .panel[data-role="${role}"]`);
  }

  async acknowledge(note: string): Promise<void> {
    await this.detail.getByRole('textbox').fill(note);
    await this.detail.getByRole('button', { name: /Acknowledge|Chấp nhận/ }).click();
  }
}
