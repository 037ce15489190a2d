// The crash test in its small mode: SIGKILLed `archive add` runs must leave folders complete or absent.
// The full run (200+ kills) is `npm run crash-test`.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

it('archive add survives SIGKILL at random moments (small run)', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/crash-test.mjs'), '--kills', '10', '--attachment-kb', '256'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.stdout).toMatch(/kills: (1\d|\d\d+) \(/);
  expect(r.stdout).toMatch(/verify: exit 0/);
  expect(r.stdout).toMatch(/balances checked (1\d|\d\d+) times/);
  expect(r.stdout).toMatch(/PASSED/);
  expect(r.status).toBe(0);
}, 180_000);
