import type { JSHandle, Locator, Page } from '@playwright/test';
import type { AppDriver } from '../bridge/process.ts';

export class FolderPage {
  readonly title: Locator;
  readonly dropzone: Locator;
  readonly queue: Locator;

  constructor(private readonly page: Page) {
    this.title = page.locator('.folder-head h1');
    this.dropzone = page.getByTestId('dropzone');
    this.queue = page.locator('.queue');
  }

  tab(name: RegExp): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** Files as the OS hands them over on a drop: a DataTransfer of File objects, built in the page. */
  async dataTransfer(files: { name: string; bytes: Buffer }[]): Promise<JSHandle<DataTransfer>> {
    const payload = files.map((f) => ({ name: f.name, b64: f.bytes.toString('base64') }));
    return this.page.evaluateHandle((fs) => {
      const dt = new DataTransfer();
      for (const f of fs) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
      return dt;
    }, payload);
  }

  async drop(files: { name: string; bytes: Buffer }[] | JSHandle<DataTransfer>): Promise<void> {
    const dt = Array.isArray(files) ? await this.dataTransfer(files) : files;
    await this.dropzone.dispatchEvent('drop', { dataTransfer: dt });
  }

  queueItem(file: string): Locator {
    return this.queue.getByRole('listitem', { name: file });
  }

  /** The user picks `files` in the native file dialog (scripted on the bridge). */
  async chooseFiles(bridge: AppDriver, files: string[]): Promise<void> {
    await bridge.setDialogs({ files });
    await this.page.getByRole('button', { name: /Choose files|Chọn tệp/ }).click();
  }

  /** The question asked before a file replaces the folder's document of its role. */
  get replaceDialog(): Locator {
    return this.page.getByRole('alertdialog');
  }

  /** Says yes to replacing (the dialog names both files). */
  async confirmReplace(): Promise<void> {
    await this.replaceDialog.getByRole('button', { name: /^(Replace|Thay)$/ }).click();
    await this.replaceDialog.waitFor({ state: 'detached' });
  }

  async importAll(count: number): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`(Import all ready|Nhập tất cả) \\(${count}\\)`) }).click();
    await this.queue.locator('[data-stage="done"]').nth(count - 1).waitFor();
  }
}
