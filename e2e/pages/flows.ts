// Paths through the app that several specs start from.
import type { Page } from '@playwright/test';
import type { AppDriver } from '../bridge/process.ts';
import { DEMO_FILES } from '../fixtures.ts';
import { PickerPage } from './picker.ts';
import { ShipmentsPage } from './shipments.ts';
import { FolderPage } from './folder.ts';
import { CheckPage } from './check.ts';

/** A new archive holding folder HPH-2026-0117 with the demo's four documents, on its cross-check tab. */
export async function demoFolderCrossCheck(page: Page, bridge: AppDriver, tmp: string): Promise<CheckPage> {
  await new PickerPage(page, bridge).createArchive(tmp);
  await new ShipmentsPage(page).create('HPH-2026-0117');
  const folder = new FolderPage(page);
  await folder.chooseFiles(bridge, DEMO_FILES);
  await folder.importAll(4);
  await folder.tab(/Cross-check|Đối chiếu/).click();
  return new CheckPage(page);
}
