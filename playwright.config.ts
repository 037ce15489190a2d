import { existsSync } from 'node:fs';
import { defineConfig, type PlaywrightTestOptions, type PlaywrightWorkerOptions, type Project } from '@playwright/test';
import type { Transport } from './e2e/fixtures.ts';

// No Electron binary can be downloaded on the build machine: the Electron project exists only where one is
// present, so the rest of the suite never pretends to have run it.
const electronBinary = Boolean(process.env.ELECTRON_OVERRIDE_DIST_PATH) || existsSync('node_modules/electron/dist');

type E2eProject = Project<PlaywrightTestOptions, PlaywrightWorkerOptions & { transport: Transport }>;

const chromium: E2eProject = {
  name: 'web',
  testDir: 'e2e/web',
  use: {
    transport: 'web',
    browserName: 'chromium',
    viewport: { width: 1360, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
};

// The same web specs through the real Electron shell, plus the shell's own spec.
const electron: E2eProject = {
  name: 'electron',
  testDir: 'e2e',
  testMatch: /(web|electron)[\\/].*\.spec\.ts$/,
  use: { transport: 'electron', viewport: { width: 1360, height: 860 } },
};

export default defineConfig<{}, { transport: Transport }>({
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
