// A few hundred damaged variants of real files per run, each through `dossier check` (in a worker for most, the
// real CLI for a subset), each held to the contract: exit 0/1/2 within 5 s and a 1.5 GB heap, one stderr line on
// exit 2 and none otherwise, no stack trace, no "undefined", "NaN" or "Infinity" anywhere in the output.
// The seeds are the writer corpus (tests/fixtures/writers), the demo shipment, and the demo invoice as .xls and
// .csv. A run's base seed is printed with any failure; FUZZ_SEED=n reruns it, FUZZ_RUNS=n changes the count.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../engine/fixtures.ts';
import { BINARY_MUTATIONS, TEXT_MUTATIONS, ZIP_MUTATIONS, random, type Mutation } from './build.ts';
import { expectContract, inChild, inWorker, stopWorker } from './harness.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const CLI_RUNS = Number(process.env.FUZZ_CLI_RUNS ?? 16);
const BASE = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 1e9));

interface Seed {
  name: string;
  bytes: Uint8Array;
  mutations: Record<string, Mutation>;
}

let dir: string;
let seeds: Seed[];
const demo = (f: string) => join(ROOT, 'seeds', 'demo', f);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-fuzz-files-'));
  const writers = join(ROOT, 'tests', 'fixtures', 'writers');
  const xlsxSeeds = [
    ...readdirSync(writers).filter((f) => f.endsWith('.xlsx')).map((f) => join(writers, f)),
    ...['invoice', 'packing-list', 'permit', 'catalogue'].map((f) => demo(`${f}.xlsx`)),
  ].map((p) => ({ name: p.replace(/^.*\//, ''), bytes: new Uint8Array(readFileSync(p)), mutations: ZIP_MUTATIONS }));
  const wb = XLSX.read(readFileSync(demo('invoice.xlsx')));
  seeds = [
    ...xlsxSeeds,
    { name: 'invoice.xls', bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' })), mutations: BINARY_MUTATIONS },
    { name: 'invoice.csv', bytes: new TextEncoder().encode(XLSX.utils.sheet_to_csv(wb.Sheets[wb.SheetNames[0]])), mutations: TEXT_MUTATIONS },
  ];
  // The mutants that matter most are over-represented: the demo invoice, .xls and .csv seeds.
  seeds.push(seeds.find((s) => s.name === 'invoice.xlsx')!, seeds.at(-2)!, seeds.at(-1)!);
});
afterAll(async () => {
  await stopWorker();
  rmSync(dir, { recursive: true, force: true });
});

/** Mutant number i of this run: its file on disk and the `check` arguments around it. */
function mutant(i: number): { args: string[]; what: string } {
  const seed = BASE + i;
  const rnd = random(seed);
  const s = seeds[Math.floor(rnd() * seeds.length)];
  const names = Object.keys(s.mutations);
  const how = names[Math.floor(rnd() * names.length)];
  let bytes = s.mutations[how](s.bytes, rnd);
  if (rnd() < 0.15) bytes = s.mutations[names[Math.floor(rnd() * names.length)]](bytes, rnd); // two at once
  const ext = s.name.replace(/^.*\./, '');
  const file = join(dir, `mutant-${seed}.${ext}`);
  writeFileSync(file, bytes);
  const asPackingList = rnd() < 0.25;
  const args = asPackingList
    ? ['--invoice', demo('invoice.xlsx'), '--packing-list', file]
    : ['--invoice', file, '--packing-list', demo('packing-list.xlsx')];
  if (rnd() < 0.3) args.push('--permit', demo('permit.xlsx'), '--catalogue', demo('catalogue.xlsx'));
  args.push('--date', '2026-11-20');
  if (rnd() < 0.4) args.push('--format', 'json');
  if (rnd() < 0.3) args.push('--lang', 'vi');
  return { args, what: `mutant ${seed} (FUZZ_SEED=${BASE}, run ${i}): ${how} of ${s.name} as ${asPackingList ? 'packing list' : 'invoice'}; file ${file}` };
}

describe(`damaged files (${RUNS} mutants, base seed ${BASE})`, () => {
  it('each gets exit 0, 1 or 2 in time, one line on exit 2, no stack or junk words (worker)', { timeout: 600_000 }, async () => {
    const statuses = new Map<number | null, number>();
    const reasons = new Map<string, number>();
    for (let i = 0; i < RUNS; i++) {
      const m = mutant(i);
      const r = await inWorker(m.args, join(dir, 'lists'));
      expectContract(r, m.what);
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      const reason = r.stderr.replace(/^dossier: \S+ /, '').replace(/\(.*$/, '').slice(0, 60);
      if (r.status === 2) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    if (process.env.FUZZ_VERBOSE) console.log(statuses, reasons);
    // A suite where every mutant is refused, or none is, is not testing what it says.
    expect(statuses.get(2) ?? 0, 'mutants refused').toBeGreaterThan(RUNS / 10);
    expect((statuses.get(0) ?? 0) + (statuses.get(1) ?? 0), 'mutants read').toBeGreaterThan(RUNS / 20);
  });

  it('the same holds for the real CLI, as a child process with a capped heap', { timeout: 600_000 }, () => {
    inChild(['--help'], join(dir, 'lists'), 120_000); // builds the CLI bundle once, outside the time limit
    for (let i = RUNS; i < RUNS + CLI_RUNS; i++) {
      const m = mutant(i);
      expectContract(inChild(m.args, join(dir, 'lists')), m.what);
    }
  });
});
