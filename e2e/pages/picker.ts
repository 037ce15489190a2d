import type { Page } from '@playwright/test';
import { join } from 'node:path';
import type { AppDriver } from '../bridge/process.ts';

export class PickerPage {
  constructor(private readonly page: Page, private readonly bridge: AppDriver) {}

  /** Creates a new archive file in `dir` through the (scripted) save dialog. */
  async createArchive(dir: string, name = 'client.dossier'): Promise<string> {
    const path = join(dir, name);
    await this.bridge.setDialogs({ archiveToCreate: path });
    await this.page.getByRole('button', { name: /New archive|Tạo kho hồ sơ mới/ }).click();
    await this.page.locator('.archive-name', { hasText: name }).waitFor();
    return path;
  }
}
