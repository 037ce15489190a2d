import { existsSync } from 'node:fs';

export default function globalSetup(): void {
  if (!existsSync('dist/renderer/index.html')) {
    throw new Error('dist/renderer is missing: run "npx vite build" first (npm run e2e does it).');
  }
}
