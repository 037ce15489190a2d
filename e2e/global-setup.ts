import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { FullConfig } from '@playwright/test';

export default function globalSetup(config: FullConfig): void {
  if (!existsSync('dist/renderer/index.html')) {
    throw new Error('dist/renderer is missing: run "npx vite build" first (npm run e2e does it).');
  }
  // The Electron project needs the shell bundled and better-sqlite3 built for Electron's ABI (the Node build in
  // node_modules stays for vitest and the bridge).
  if (config.projects.some((p) => p.name === 'electron')) {
    execFileSync('npm', ['run', '--silent', 'build:electron'], { stdio: 'inherit' });
    execFileSync(process.execPath, ['scripts/electron-native.mjs'], { stdio: 'inherit' });
  }
}
