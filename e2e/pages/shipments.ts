import type { Locator, Page } from '@playwright/test';

export class ShipmentsPage {
  readonly list: Locator;
  readonly total: Locator;
  readonly search: Locator;

  constructor(private readonly page: Page) {
    this.list = page.getByRole('list', { name: /Shipments|Lô hàng/ });
    this.total = page.getByTestId('shipment-total');
    this.search = page.getByRole('searchbox');
  }

  /** `eta` as YYYY-MM-DD; typed day first (28/11/2026), the way a declarant writes it. */
  async create(ref: string, eta?: string): Promise<void> {
    await this.form.getByLabel(/Reference|Số tham chiếu/).fill(ref);
    if (eta) await this.eta.fill(eta.split('-').reverse().join('/'));
    await this.form.getByRole('button', { name: /Create|Tạo/ }).click();
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: /New shipment|Lô hàng mới/ });
  }

  get eta(): Locator {
    return this.form.getByLabel(/ETA/);
  }

  row(ref: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: ref });
  }
}
