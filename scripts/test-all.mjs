// `npm test`: the unit and integration tests (vitest), then the end-to-end tests (Playwright in Chromium),
// closing with one plain line that counts both: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const suites = [
  { name: 'unit and integration (vitest)', cmd: ['npx', 'vitest', 'run'] },
  { name: 'end-to-end (Playwright, Chromium)', cmd: ['npm', 'run', 'e2e', '--silent'] },
];
const total = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;
for (const [i, suite] of suites.entries()) {
  const counts = join('test-results', `counts-${i}.json`);
  rmSync(counts, { force: true });
  console.log(`\n=== ${suite.name}`);
  const r = spawnSync(suite.cmd[0], suite.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, DOSSIER_TEST_COUNTS: counts } });
  if (r.status !== 0) exitCode = 1;
  if (existsSync(counts)) {
    const c = JSON.parse(readFileSync(counts, 'utf8'));
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
  } else {
    total.failed++; // the suite did not even report: count it as a failure
    exitCode = 1;
  }
}
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(exitCode);
