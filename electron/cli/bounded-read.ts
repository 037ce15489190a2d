// Reading a document with a time bound, for the readers that have none of their own. The .xlsx path checks the
// zip and every limit before SheetJS sees a byte; a binary .xls (BIFF in a compound file) goes to SheetJS as it
// is, and a damaged formula record can make its parser loop for ever (a flipped byte in a 7 KB file: > 60 s). So
// such files are read in a worker thread stopped at a budget no real file comes near. The worker's entry is
// named by DOSSIER_READ_WORKER (bin/dossier.mjs bundles it); without it, the file is read in-process as before.
import { Worker } from 'node:worker_threads';
import type { ParsedDocument, Result, Role } from '../../shared/domain/types.ts';
import { fail } from '../../shared/domain/types.ts';
import { readDocument } from '../../shared/import/read-document.ts';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** 3 s plus 2 ms per KB: a real 10,000-line .xls (about 2 MB) reads in about 1 s, its budget is 7 s. */
export function readBudgetMs(bytes: number): number {
  return 3000 + Math.round(bytes / 500);
}

function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

export async function readDocumentBounded(req: { role: Role; file: string; bytes: Uint8Array }): Promise<Result<ParsedDocument>> {
  const entry = process.env.DOSSIER_READ_WORKER;
  if (!entry || !isCompoundFile(req.bytes)) return readDocument(req);
  const budget = readBudgetMs(req.bytes.length);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      // stdout/stderr captured, never shown: the contract allows one stderr line on exit 2 and none otherwise.
      worker = new Worker(entry, { workerData: req, stdout: true, stderr: true, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    } catch {
      resolve(readDocument(req));
      return;
    }
    let settled = false;
    const finish = (r: Result<ParsedDocument>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const damaged = (why: string, whyVi: string) => fail({
      file: req.file,
      message: `${req.file} is damaged: ${why}; open it in Excel or LibreOffice, save it as .xlsx and try again, or ask the sender for the file again.`,
      messageVi: `${req.file} bị hỏng: ${whyVi}; hãy mở bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi thử lại, hoặc xin người gửi gửi lại tệp.`,
    });
    const timer = setTimeout(() => finish(damaged(`its .xls content could not be read within ${Math.round(budget / 1000)} s`,
      `không đọc được nội dung .xls trong ${Math.round(budget / 1000)} giây`)), budget);
    worker.on('message', (r: Result<ParsedDocument>) => finish(r));
    worker.on('error', (e: Error & { code?: string }) => finish(e.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? damaged('reading its .xls content needed more than 1 GB of memory', 'đọc nội dung .xls cần hơn 1 GB bộ nhớ')
      : damaged('its .xls content could not be read', 'không đọc được nội dung .xls')));
    worker.on('exit', () => finish(damaged('its .xls content could not be read', 'không đọc được nội dung .xls')));
  });
}
