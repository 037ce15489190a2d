// The packaged app writes reports in a worker thread: the main process keeps answering while pdfkit lays out a
// long report. The worker is bundled here exactly as `npm run build:electron` bundles it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeInWorker } from '../../electron/report/run-writer.ts';
import type { ReportModel } from '../../shared/report/model.ts';
import { ROOT } from '../engine/fixtures.ts';

let dir: string;
let workerFile: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-worker-'));
  workerFile = join(dir, 'report-worker.cjs');
  await build({
    entryPoints: [join(ROOT, 'electron', 'report-worker', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: workerFile, logLevel: 'silent',
    define: { 'import.meta.url': '__dossier_bundle_url' }, banner: { js: "var __dossier_bundle_url = require('node:url').pathToFileURL(__filename).href;" },
  });
  process.env.DOSSIER_RESOURCES = join(ROOT, 'resources'); // as the packaged app's main process sets it
}, 60_000);
afterAll(() => { delete process.env.DOSSIER_RESOURCES; rmSync(dir, { recursive: true, force: true }); });

function model(n: number): ReportModel {
  const findings = Array.from({ length: n }, (_, i) => ({
    n: i + 1, code: 'QUANTITY_MISMATCH', severity: 'error' as const, severityWord: 'Lỗi — phải sửa', model: `M-${i}`,
    message: `Hóa đơn ghi 20 PCS M-${i}, phiếu đóng gói ghi 18 Cái.`, cells: [{ role: 'invoice' as const, ref: `Invoice!E${i + 10}`, value: '20' }],
  }));
  return { lang: 'vi', checkDate: '2026-11-20', listLine: '211/2025/NĐ-CP', provisional: true, documents: [], findings, summary: { errors: n, warnings: 0, infos: 0 }, supplier: findings };
}

it('writes the PDF off the main thread, which keeps ticking meanwhile', async () => {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  const bytes = await writeInWorker(workerFile, model(1500), 'pdf');
  clearInterval(timer);
  expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  expect(ticks).toBeGreaterThan(5);
}, 60_000);

it('writes the Excel report there too', async () => {
  const bytes = await writeInWorker(workerFile, model(3), 'xlsx');
  const rows = XLSX.utils.sheet_to_json<Record<string, string>>(XLSX.read(bytes).Sheets['Kết quả']);
  expect(rows.map((r) => r.Mã)).toEqual(['QUANTITY_MISMATCH', 'QUANTITY_MISMATCH', 'QUANTITY_MISMATCH']);
});
