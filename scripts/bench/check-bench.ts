// `npm run bench` (check part): a generated 10,000-line shipment (4 documents), timed through `dossier check`
// and, in the same run, through SheetJS's bare read of the same files, as the baseline.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { ParsedDocument } from '../../shared/domain/types.ts';
import { readDocument } from '../../shared/import/read-document.ts';
import { runCheck } from '../../shared/check/run-check.ts';
import { loadControlledLists } from '../../electron/reference/controlled-lists.ts';
import { useNodeInflate } from '../../electron/node-inflate.ts';
import { catalogueWorkbook, invoiceWorkbook, largeItems, packingWorkbook, permitWorkbook, toBytes } from '../fixtures/shipment.ts';

const LINES = Number(process.env.BENCH_LINES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const items = largeItems(LINES);
const files = {
  invoice: join(dir, 'invoice.xlsx'),
  packing_list: join(dir, 'packing-list.xlsx'),
  permit: join(dir, 'permit.xlsx'),
  catalogue: join(dir, 'catalogue.xlsx'),
} as const;
writeFileSync(files.invoice, toBytes(invoiceWorkbook(items)));
writeFileSync(files.packing_list, toBytes(packingWorkbook(items)));
writeFileSync(files.permit, toBytes(permitWorkbook(items)));
writeFileSync(files.catalogue, toBytes(catalogueWorkbook(items)));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number): string => `${n.toFixed(0)} ms`;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

// In-process: bytes in memory; the baseline is SheetJS's plain XLSX.read with its default options.
const bytes = Object.fromEntries(Object.entries(files).map(([role, f]) => [role, new Uint8Array(readFileSync(f))])) as Record<keyof typeof files, Uint8Array>;
// Unzipped with zlib, as the CLI, the main process and the e2e bridge do (fflate's JavaScript is for none of them).
useNodeInflate();
const lists = loadControlledLists();
const bare: number[] = [];
const engine: number[] = [];
const reading: number[] = [];
const checking: number[] = [];
let findings = 0;
for (let i = 0; i < RUNS; i++) {
  bare.push(time(() => {
    for (const b of Object.values(bytes)) XLSX.read(b, { type: 'array' });
  }));
  let docs: ParsedDocument[] = [];
  const r = time(() => {
    docs = Object.entries(bytes).map(([role, b]) => {
      const d = readDocument({ role: role as keyof typeof files, file: `${role}.xlsx`, bytes: b });
      if (!d.ok) throw new Error(d.error.message);
      return d.value;
    });
  });
  const c = time(() => { findings = runCheck(docs, { date: '2026-11-20', lists }).findings.length; });
  reading.push(r);
  checking.push(c);
  engine.push(r + c);
}

// Whole commands, as a user runs them: node start-up included on both sides.
const bareScript = join(dir, 'bare-read.mjs');
writeFileSync(bareScript, `import * as XLSX from ${JSON.stringify(join(process.cwd(), 'node_modules/xlsx/xlsx.mjs'))};
import { readFileSync } from 'node:fs';
for (const f of process.argv.slice(2)) XLSX.read(readFileSync(f), { type: 'buffer' });`);
const cliArgs = ['bin/dossier.mjs', 'check', '--invoice', files.invoice, '--packing-list', files.packing_list,
  '--permit', files.permit, '--catalogue', files.catalogue, '--date', '2026-11-20', '--format', 'json'];
const bareCmd: number[] = [];
const cliCmd: number[] = [];
let status: number | null = null;
for (let i = 0; i < RUNS; i++) {
  bareCmd.push(time(() => spawnSync(process.execPath, [bareScript, ...Object.values(files)], { stdio: 'ignore' })));
  cliCmd.push(time(() => { status = spawnSync(process.execPath, cliArgs, { stdio: 'ignore' }).status; }));
}
const nodeStart = median(Array.from({ length: RUNS }, () => time(() => spawnSync(process.execPath, ['-e', '0']))));
rmSync(dir, { recursive: true, force: true });

const e = median(engine);
const b = median(bare);
const c = median(cliCmd);
const bc = median(bareCmd);
console.log(`check benchmark: ${LINES} lines × 4 documents (xlsx), median of ${RUNS} runs, ${findings} findings, CLI exit ${status}`);
console.log(`  in-process  SheetJS bare read ${ms(b)} | read + detect + check ${ms(e)} | ratio ${(e / b).toFixed(2)}×`);
console.log(`              of which reading the 4 files ${ms(median(reading))}, the check ${ms(median(checking))}; first (cold) run ${ms(engine[0])}`);
console.log(`  commands    bare-read script  ${ms(bc)} | dossier check     ${ms(c)} | ratio ${(c / bc).toFixed(2)}× (node start-up alone: ${ms(nodeStart)})`);
console.log(`  goal: dossier check < 1000 ms and ≤ 1.3× the bare read → ${c < 1000 ? 'met' : 'NOT met'} (time), in-process ratio ${(e / b) <= 1.3 ? 'met' : 'NOT met'}, command ratio ${(c / bc) <= 1.3 ? 'met' : 'NOT met'}`);
