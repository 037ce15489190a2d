#!/usr/bin/env node
// Offline packaging smoke test (TOOLCHAIN §7): electron-builder --linux dir with a stub Electron distribution
// (no Electron binary can be downloaded here), then the asar's contents are checked. It proves the builder
// config validates and the file list is right; it does not prove the packaged app starts.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import asar from '@electron/asar';

const root = resolve(import.meta.dirname, '..');
for (const f of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/electron/worker.cjs', 'dist/electron/archive-worker.cjs', 'dist/renderer/index.html']) {
  if (!existsSync(join(root, f))) {
    console.error(`package-check: ${f} is missing; run "npm run build" first (npm run package:check does).`);
    process.exit(1);
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'dossier-package-'));
const stub = join(tmp, 'electron-dist');
mkdirSync(stub);
writeFileSync(join(stub, 'electron'), '#!/bin/sh\necho "stub electron: packaging check only" >&2\nexit 1\n');
chmodSync(join(stub, 'electron'), 0o755);
// electronLanguages prunes locales/ after copying: the stub needs one, as a real distribution has.
mkdirSync(join(stub, 'locales'));
for (const l of ['en-US', 'vi', 'fr']) writeFileSync(join(stub, 'locales', `${l}.pak`), '');
// extraResources needs the folder; on this machine the Electron-ABI build cannot be made (no network).
const nativeDir = join(root, 'native', 'electron');
const madeNative = !existsSync(nativeDir);
if (madeNative) mkdirSync(nativeDir, { recursive: true });

const out = join(tmp, 'out');
const r = spawnSync('npx', ['electron-builder', '--linux', 'dir', '--publish', 'never', `-c.electronDist=${stub}`, `-c.directories.output=${out}`],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
if (madeNative) rmSync(nativeDir, { recursive: true, force: true });

const failures = [];
if (r.status !== 0) failures.push(`electron-builder exited with ${r.status}`);
const unpacked = join(out, 'linux-unpacked');
const asarPath = join(unpacked, 'resources', 'app.asar');
if (!existsSync(asarPath)) {
  failures.push(`no ${asarPath}`);
} else {
  const entries = asar.listPackage(asarPath, { isPack: false }).map((e) => e.replaceAll('\\', '/'));
  for (const need of ['/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/electron/report-worker.cjs', '/dist/electron/worker.cjs', '/dist/electron/archive-worker.cjs', '/dist/renderer/index.html', '/package.json']) {
    if (!entries.includes(need)) failures.push(`app.asar lacks ${need}`);
  }
  if (!entries.some((e) => /^\/dist\/renderer\/assets\/index-.*\.js$/.test(e))) failures.push('app.asar lacks the renderer bundle');
  const stray = entries.filter((e) => e.startsWith('/node_modules') || e.startsWith('/electron/') || e.startsWith('/shared/') || e.endsWith('.map'));
  if (stray.length) failures.push(`app.asar carries sources or node_modules: ${stray.slice(0, 5).join(', ')}`);
  console.log(`app.asar: ${entries.length} entries`);
  const lists = join(unpacked, 'resources', 'resources', 'controlled-lists');
  if (!existsSync(join(lists, 'manifest.json'))) failures.push('resources/controlled-lists/manifest.json not bundled');
  else console.log(`bundled reference data: ${readdirSync(lists).join(', ')}`);
  // The reports need the legal bases, the HS 2022 table and their fonts at run time.
  for (const need of ['legal-basis.csv', 'hs2022/children.csv', 'fonts/DejaVuSans.ttf', 'fonts/DejaVuSans-Bold.ttf', 'fonts/DroidSansFallback.ttf', 'fonts/LICENSE-DejaVu.txt', 'fonts/LICENSE-DroidSansFallback.txt']) {
    if (!existsSync(join(unpacked, 'resources', 'resources', need))) failures.push(`resources/${need} not bundled`);
  }
  // The working-day calendar of the permit plan (resources/holidays/).
  if (!existsSync(join(unpacked, 'resources', 'resources', 'holidays', 'vn-holidays.csv'))) failures.push('resources/holidays/vn-holidays.csv not bundled');
}
rmSync(tmp, { recursive: true, force: true });

if (failures.length) {
  console.error(`package-check FAILED:\n  - ${failures.join('\n  - ')}`);
  process.exit(1);
}
console.log('package-check OK');
