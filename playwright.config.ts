import { existsSync } from 'node:fs';
import { defineConfig, type Project } from '@playwright/test';

// No Electron binary can be downloaded on the build machine: the Electron project exists only where one is
// present, so the rest of the suite never pretends to have run it.
const electronBinary = Boolean(process.env.ELECTRON_OVERRIDE_DIST_PATH) || existsSync('node_modules/electron/dist');

const chromium: Project = {
  name: 'web',
  testDir: 'e2e/web',
  use: {
    browserName: 'chromium',
    viewport: { width: 1360, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
};

const electron: Project = { name: 'electron', testDir: 'e2e/electron' };

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  reporter: [['list'], ['./e2e/support/summary-reporter.ts']],
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: './e2e/global-setup.ts',
  projects: electronBinary ? [chromium, electron] : [chromium],
});
