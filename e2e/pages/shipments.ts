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

  async create(ref: string, eta?: string): Promise<void> {
    const form = this.page.getByRole('form', { name: /New shipment|Lô hàng mới/ });
    await form.getByLabel(/Reference|Số tham chiếu/).fill(ref);
    if (eta) await form.getByLabel(/ETA/).fill(eta);
    await form.getByRole('button', { name: /Create|Tạo/ }).click();
  }

  row(ref: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: ref });
  }
}
