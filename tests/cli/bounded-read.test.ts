// A binary .xls is read in a worker stopped at a time budget: SheetJS has no bound of its own there, and a
// flipped byte in a formula record makes it loop for ever (tests/fixtures/xls-loop/README.md).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { expect, it } from 'vitest';
import { readBudgetMs } from '../../electron/cli/bounded-read.ts';

const dossier = (...args: string[]) => {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['bin/dossier.mjs', ...args], { encoding: 'utf8', timeout: 30_000 });
  return { ...r, ms: performance.now() - started };
};

it('a damaged .xls that makes the reader loop: exit 2 within its budget, one line naming the file', () => {
  const r = dossier('check', '--invoice', 'tests/fixtures/xls-loop/formula-loop.xls', '--packing-list', 'seeds/demo/packing-list.xlsx', '--date', '2026-11-20');
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toEqual([
    'dossier: formula-loop.xls is damaged: its .xls content could not be read within 3 s; open it in Excel or LibreOffice, save it as .xlsx and try again, or ask the sender for the file again.',
  ]);
  // The budget plus the command's own start; the reader alone never returned in 60 s.
  expect(r.ms).toBeLessThan(readBudgetMs(7168) + 4000);
});

it('a sound .xls reads through the worker exactly as in-process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-xls-'));
  const xls = join(dir, 'invoice.xls');
  writeFileSync(xls, XLSX.write(XLSX.read(readFileSync('seeds/demo/invoice.xlsx')), { type: 'buffer', bookType: 'biff8' }));
  const fromXls = dossier('check', '--invoice', xls, '--packing-list', 'seeds/demo/packing-list.xlsx', '--date', '2026-11-20', '--format', 'json');
  const fromXlsx = dossier('check', '--invoice', 'seeds/demo/invoice.xlsx', '--packing-list', 'seeds/demo/packing-list.xlsx', '--date', '2026-11-20', '--format', 'json');
  expect(fromXls.status).toBe(1);
  const strip = (s: string) => JSON.parse(s.replaceAll('invoice.xlsx', 'invoice.xls'));
  expect(strip(fromXls.stdout).findings).toEqual(strip(fromXlsx.stdout).findings);
});

it('the budget grows with the file: 3 s, plus 2 s per MB', () => {
  expect(readBudgetMs(0)).toBe(3000);
  expect(readBudgetMs(2_000_000)).toBe(7000);
});
