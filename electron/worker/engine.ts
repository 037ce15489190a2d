// Runs engine jobs (read a spreadsheet, preview it, check a folder) in a worker thread under a budget: a
// memory limit (resourceLimits) and a wall-clock timeout after which the worker is terminated. One worker per
// job: whatever a hostile file did to the heap goes away with it, and nothing is shared between jobs. The main
// process's event loop only waits on a message, so every other channel keeps answering meanwhile.
import { Worker } from 'node:worker_threads';
import { HandlerError } from '../handlers/errors.ts';
import type { Jobs, JobKind, LookupLayout } from './jobs.ts';
import type { FromWorker, TestHooks, ToWorker, WorkerStart } from './protocol.ts';

/** What a job works on, named in the sentence the user reads when it is stopped. */
export type Subject = { file: string } | { folder: string };

export interface RunOptions {
  subject: Subject;
  /** Answers the worker's question for a remembered layout (the archive stays in the main process). */
  lookupLayout?: LookupLayout;
}

export interface Engine {
  run<K extends JobKind>(kind: K, input: Jobs[K]['input'], o: RunOptions): Promise<Jobs[K]['output']>;
}

export interface EngineOptions {
  /** The worker's entry: dist/electron/worker.cjs in the app, electron/worker/tsx-entry.mjs from sources. */
  entry: string | URL;
  /** Wall-clock budget per job. No real invoice or packing list takes a tenth of it (10,000 lines: about 2 s). */
  timeoutMs?: number;
  /** Heap limit per job: far above what a real document needs (10,000 lines: under 200 MB). */
  memoryMb?: number;
  /** Jobs run at once; more wait their turn (four files dropped together must not take four budgets of memory). */
  maxConcurrent?: number;
  /** Test-only behaviour of the worker. Never set in the app. */
  testHooks?: TestHooks;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MEMORY_MB = 1024;

export function createEngine(o: EngineOptions): Engine {
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const memoryMb = o.memoryMb ?? DEFAULT_MEMORY_MB;
  const slots = slotsOf(o.maxConcurrent ?? 2);
  return {
    async run(kind, input, { subject, lookupLayout }) {
      const release = await slots();
      return new Promise<never>((resolve, reject) => {
        const start: WorkerStart = { kind, input, ...(o.testHooks ? { testHooks: o.testHooks } : {}) };
        let worker: Worker;
        try {
          worker = new Worker(o.entry, {
            workerData: start,
            resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, memoryMb / 4) },
            stdout: false, stderr: false,
          });
        } catch (e) {
          reject(e);
          return;
        }
        let settled = false;
        const finish = (fn: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          void worker.terminate();
          fn();
        };
        const timer = setTimeout(() => finish(() => reject(stopped(subject, 'time', timeoutMs, memoryMb))), timeoutMs);
        worker.on('message', (m: FromWorker) => {
          if (m.type === 'done') finish(() => resolve(m.output as never));
          else if (m.type === 'failed') finish(() => reject(failed(subject, m.message)));
          else if (m.type === 'layout') {
            Promise.resolve(lookupLayout ? lookupLayout(m.key) : undefined).catch(() => undefined)
              .then((value) => { if (!settled) worker.postMessage({ type: 'layout', id: m.id, value } satisfies ToWorker); });
          }
        });
        worker.on('error', (e: Error & { code?: string }) => finish(() => reject(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? stopped(subject, 'memory', timeoutMs, memoryMb) : failed(subject, e.message))));
        worker.on('exit', (code) => finish(() => reject(failed(subject, `the worker stopped (exit code ${code})`))));
      }).finally(release);
    },
  };
}

/** A counting semaphore: `await take()` waits for a free slot and returns the function that frees it. */
function slotsOf(n: number): () => Promise<() => void> {
  let free = Math.max(1, n);
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return () => new Promise((resolve) => {
    const grant = () => resolve(release);
    if (free > 0) {
      free--;
      grant();
    } else {
      waiting.push(grant);
    }
  });
}

function stopped(subject: Subject, why: 'time' | 'memory', timeoutMs: number, memoryMb: number): HandlerError {
  const limitEn = why === 'time' ? `took more than ${timeoutMs / 1000} s` : `needed more than ${memoryMb} MB of memory`;
  const limitVi = why === 'time' ? `mất hơn ${timeoutMs / 1000} giây` : `cần hơn ${memoryMb} MB bộ nhớ`;
  if ('file' in subject) {
    return new HandlerError('INPUT',
      `Reading ${subject.file} ${limitEn}, far beyond any real document, so it was stopped and nothing was stored: the file is damaged or not a real spreadsheet; export it again from its source, or open it in Excel and save it again.`,
      `Việc đọc tệp ${subject.file} ${limitVi}, vượt xa mọi chứng từ thực tế, nên đã bị dừng và không có gì được lưu: tệp bị hỏng hoặc không phải bảng tính thật; hãy xuất lại tệp từ nguồn, hoặc mở bằng Excel rồi lưu lại.`);
  }
  return new HandlerError('INVALID',
    `Checking shipment folder ${subject.folder} ${limitEn}, so it was stopped and nothing was stored: try again, and report it if it happens again.`,
    `Việc kiểm tra thư mục lô hàng ${subject.folder} ${limitVi} nên đã bị dừng và không có gì được lưu: hãy thử lại, và báo lỗi nếu vẫn xảy ra.`);
}

function failed(subject: Subject, why: string): HandlerError {
  if ('file' in subject) {
    return new HandlerError('INPUT',
      `${subject.file} could not be read (${why}), and nothing was stored: export it again from its source, or open it in Excel and save it again.`,
      `Không đọc được tệp ${subject.file} (${why}), không có gì được lưu: hãy xuất lại tệp từ nguồn, hoặc mở bằng Excel rồi lưu lại.`);
  }
  return new HandlerError('INVALID',
    `Shipment folder ${subject.folder} could not be checked (${why}), and nothing was stored.`,
    `Không kiểm tra được thư mục lô hàng ${subject.folder} (${why}), không có gì được lưu.`);
}
