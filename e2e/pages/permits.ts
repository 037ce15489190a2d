import type { Locator, Page } from '@playwright/test';

/** The Permits screen and a folder's "use a registered permit". */
export class PermitsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Permits|Giấy phép)$/ }).click();
    await this.page.getByRole('heading', { name: /Permit register|Sổ giấy phép/ }).waitFor();
  }

  permit(number: string): Locator {
    return this.page.locator(`article.permit[data-permit="${number}"]`);
  }

  line(number: string, model: string): Locator {
    return this.permit(number).locator(`tr[data-model="${model}"]`);
  }

  get useRegistered(): Locator {
    return this.page.getByTestId('use-registered-permit');
  }

  get folderPermit(): Locator {
    return this.page.getByTestId('folder-permit');
  }
}
