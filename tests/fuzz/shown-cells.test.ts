// The source-cell view reads a workbook a second time, with number formats (shared/import/shown-cells.ts). Its
// damaged variants: the grid job never throws, answers a Result, and when the file reads at all the shown grid
// has exactly the shape of the plain one (a failing second read falls back to the plain values, never to fewer
// cells). The seeds are the demo shipment, with a date-formatted cell added so the date path is reached.
// FUZZ_SEED=n reruns a run, FUZZ_RUNS=n changes the count (a third of the damaged-files count by default).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../engine/fixtures.ts';
import { ZIP_MUTATIONS, BINARY_MUTATIONS, random } from './build.ts';
import { grid } from '../../electron/worker/jobs.ts';
import { gridOf, readWorkbook } from '../../shared/import/workbook.ts';

const RUNS = Math.ceil(Number(process.env.FUZZ_RUNS ?? 300) / 3);
const BASE = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 1e9));

function withDateCell(path: string, bookType: 'xlsx' | 'biff8'): Uint8Array {
  const wb = XLSX.read(readFileSync(path));
  const ws = wb.Sheets[wb.SheetNames[0]];
  ws.A1 = { t: 'n', v: 46112, z: 'dd/mm/yyyy' };
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }));
}

const demo = (f: string) => join(ROOT, 'seeds', 'demo', f);
const seeds = [
  ...['invoice', 'packing-list', 'permit'].map((f) => ({ name: `${f}.xlsx`, bytes: withDateCell(demo(`${f}.xlsx`), 'xlsx'), mutations: ZIP_MUTATIONS })),
  { name: 'invoice.xls', bytes: withDateCell(demo('invoice.xlsx'), 'biff8'), mutations: BINARY_MUTATIONS },
];

describe(`source cells of damaged files (${RUNS} mutants, base seed ${BASE})`, () => {
  it('the seeds themselves show the date as a date', () => {
    for (const s of seeds) {
      const r = grid({ file: s.name, bytes: s.bytes });
      expect(r.ok && r.value.sheets[0].rows[0][0]).toBe('31/03/2026');
    }
  });

  it('each mutant gets a Result, and a readable one keeps the plain grid\'s shape', { timeout: 600_000 }, () => {
    for (let i = 0; i < RUNS; i++) {
      const rnd = random(BASE + i);
      const s = seeds[Math.floor(rnd() * seeds.length)];
      const names = Object.keys(s.mutations);
      const how = names[Math.floor(rnd() * names.length)];
      const bytes = s.mutations[how](s.bytes, rnd);
      const what = `mutant ${BASE + i} (FUZZ_SEED=${BASE}, run ${i}): ${how} of ${s.name}`;
      let r: ReturnType<typeof grid>;
      try {
        r = grid({ file: s.name, bytes });
      } catch (e) {
        throw new Error(`${what} threw: ${(e as Error).message}`);
      }
      if (!r.ok) {
        expect(r.error.message, what).not.toMatch(/\n/);
        continue;
      }
      const plain = readWorkbook(s.name, bytes);
      expect(plain.ok, what).toBe(true);
      if (!plain.ok) continue;
      const shape = (g: { sheets: { name: string; rows: unknown[][] }[] }) => g.sheets.map((sh) => [sh.name, sh.rows.map((row) => row.length)]);
      expect(shape(r.value), what).toEqual(shape(gridOf(plain.value)));
    }
  });
});
