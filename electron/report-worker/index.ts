// The report writer's thread in the packaged app: a 16,000-finding PDF takes half a minute of pdfkit, which must
// not freeze the main process (every window's IPC waits on it). Bundled as dist/electron/report-worker.cjs.
import { parentPort } from 'node:worker_threads';
import type { ReportModel } from '../../shared/report/model.ts';
import { writeReportXlsx } from '../../shared/report/xlsx.ts';
import { writeReportPdf } from '../report/pdf.ts';

parentPort?.on('message', (msg: { model: ReportModel; format: 'pdf' | 'xlsx' }) => {
  try {
    const bytes = msg.format === 'pdf' ? writeReportPdf(msg.model, msg.model.lang) : writeReportXlsx(msg.model, msg.model.lang);
    parentPort!.postMessage({ ok: true, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) });
  }
});
