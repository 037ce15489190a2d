#!/usr/bin/env node
// Builds the archive driver (better-sqlite3-multiple-ciphers: better-sqlite3's API over SQLite3 Multiple Ciphers, for
// encrypted archives) for Electron's ABI into native/electron/ WITHOUT touching node_modules, whose Node build
// the tests and the CLI use (TOOLCHAIN §3). A staging copy is rebuilt with @electron/rebuild, its
// node_register_module_v<abi> symbol is checked against Electron's ABI, and the binary is copied with a STAMP.
//
// Needs the network once (Electron headers or a prebuilt from GitHub). Offline it fails cleanly: a clear
// message, exit code 1, node_modules unchanged.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const nm = join(root, 'node_modules');
const outDir = join(root, 'native', 'electron');
const stage = join(root, 'native', '.stage');
const target = join(outDir, 'better_sqlite3.node');
const stampPath = join(outDir, 'STAMP');

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const electronVersion = readJson(join(nm, 'electron', 'package.json')).version;
const abi = readFileSync(join(nm, 'electron', 'abi_version'), 'utf8').trim();
/** The driver electron/archive/cipher.ts loads; its addon is also named better_sqlite3.node. */
const MODULE = 'better-sqlite3-multiple-ciphers';
const sqliteVersion = readJson(join(nm, MODULE, 'package.json')).version;
const platform = `${process.platform}-${process.arch}`;
const stamp = { electron: electronVersion, abi, driver: MODULE, betterSqlite3: sqliteVersion, platform };

if (existsSync(target) && existsSync(stampPath) && JSON.stringify(readJson(stampPath)) === JSON.stringify(stamp)) {
  console.log(`native/electron is up to date (better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}, ABI ${abi}).`);
  process.exit(0);
}

function abiOf(binary) {
  const m = /node_register_module_v(\d+)/.exec(readFileSync(binary).toString('latin1'));
  return m ? m[1] : null;
}

function findNode(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      const found = findNode(p);
      if (found) return found;
    } else if (name === 'better_sqlite3.node') return p;
  }
  return null;
}

async function main() {
  rmSync(stage, { recursive: true, force: true });
  const stagedModule = join(stage, 'node_modules', MODULE);
  mkdirSync(dirname(stagedModule), { recursive: true });
  // Without build/: a stale Node-ABI binary must not be mistaken for the result.
  cpSync(join(nm, MODULE), stagedModule, { recursive: true, filter: (src) => !src.includes(`${join(MODULE, 'build')}`) });
  for (const dep of ['bindings', 'file-uri-to-path']) {
    if (existsSync(join(nm, dep))) cpSync(join(nm, dep), join(stage, 'node_modules', dep), { recursive: true });
  }
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ name: 'dossier-native-stage', private: true, dependencies: { [MODULE]: sqliteVersion } }));

  // Node's headers (nodedir=/usr) are the wrong V8 for Electron: never let them leak into this build.
  delete process.env.npm_config_nodedir;
  delete process.env.NPM_CONFIG_NODEDIR;
  const { rebuild } = await import('@electron/rebuild');
  console.log(`Building ${MODULE} ${sqliteVersion} for Electron ${electronVersion} (ABI ${abi}) in native/.stage …`);
  await rebuild({ buildPath: stage, electronVersion, force: true, onlyModules: [MODULE], mode: 'sequential' });

  const built = existsSync(join(stagedModule, 'build')) ? findNode(join(stagedModule, 'build')) : null;
  if (!built) throw new Error('the rebuild reported success but produced no better_sqlite3.node');
  const got = abiOf(built);
  if (got !== abi) throw new Error(`the binary is for ABI ${got ?? 'unknown'}, Electron ${electronVersion} needs ${abi}`);
  mkdirSync(outDir, { recursive: true });
  copyFileSync(built, target);
  writeFileSync(stampPath, JSON.stringify(stamp));
  rmSync(stage, { recursive: true, force: true });
  console.log(`Wrote ${target} (ABI ${abi}).`);
}

const nodeBuild = join(nm, MODULE, 'build', 'Release', 'better_sqlite3.node');
const before = existsSync(nodeBuild) ? readFileSync(nodeBuild) : null;
main().catch((e) => {
  const text = String(e?.message ?? e);
  // node-gyp's own network error is printed by a worker; what reaches us is "node-gyp failed to rebuild".
  const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|network|fetch failed|getaddrinfo|node-gyp failed/i.test(`${text} ${e?.cause ?? ''}`);
  console.error(`\nCould not build ${MODULE} for Electron ${electronVersion}: ${text.split('\n')[0]}`);
  console.error(offline
    ? 'This step downloads Electron\'s headers (or a prebuilt binary) once and needs a network connection. Run it on a connected machine; the app cannot open archives without it. Tests and the CLI are unaffected.'
    : `See the output above. Tests and the CLI are unaffected: node_modules/${MODULE} was not modified.`);
  const after = existsSync(nodeBuild) ? readFileSync(nodeBuild) : null;
  if ((before && !after) || (before && after && !before.equals(after))) console.error(`WARNING: node_modules/${MODULE}/build changed; run "npm rebuild ${MODULE}".`);
  rmSync(stage, { recursive: true, force: true });
  process.exitCode = 1;
});
