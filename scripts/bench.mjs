// `npm run bench`: every benchmark in the repo, each printing its figures against a baseline of the same run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const benches = ['scripts/bench/check-bench.ts', 'scripts/bench/report-bench.ts', 'scripts/bench-archive.mjs', 'scripts/bench-archive.ts', 'scripts/bench/add-bench.ts', 'scripts/bench/plan-bench.ts', 'scripts/bench/search-bench.ts'].filter((f) => existsSync(f));
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file}`);
  const args = file.endsWith('.ts') ? ['--import', 'tsx', file] : [file];
  const r = spawnSync(process.execPath, [...args, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
