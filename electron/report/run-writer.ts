// Writes a report's bytes off the main thread where the bundled worker exists (the packaged app and `npm start`:
// dist/electron/report-worker.cjs beside main.cjs), in this thread otherwise (tests, the e2e bridge, the CLI).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReportModel } from '../../shared/report/model.ts';
import { writeReportXlsx } from '../../shared/report/xlsx.ts';

export function bundledWorkerFile(): string | null {
  if (typeof __dirname !== 'string') return null;
  const file = join(__dirname, 'report-worker.cjs');
  return existsSync(file) ? file : null;
}

export function writeInWorker(workerFile: string, model: ReportModel, format: 'pdf' | 'xlsx'): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile);
    worker.once('message', (m: { ok: true; bytes: Uint8Array } | { ok: false; message: string }) => {
      void worker.terminate();
      if (m.ok) resolve(new Uint8Array(m.bytes));
      else reject(new Error(m.message));
    });
    worker.once('error', (e) => { void worker.terminate(); reject(e); });
    worker.postMessage({ model, format });
  });
}

export async function reportBytesAsync(model: ReportModel, format: 'pdf' | 'xlsx', workerFile: string | null = bundledWorkerFile()): Promise<Uint8Array> {
  if (workerFile) return writeInWorker(workerFile, model, format);
  // pdfkit is loaded on the first PDF only: the main process starts without it.
  return format === 'pdf' ? (await import('./pdf.ts')).writeReportPdf(model, model.lang) : writeReportXlsx(model, model.lang);
}
