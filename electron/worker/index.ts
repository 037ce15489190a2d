// The engine worker's entry (bundled as dist/electron/worker.cjs beside main.cjs): one job per worker, run with
// the same shared/ functions as the CLI, its answer posted back once. The main process gives it a memory limit
// and a wall-clock budget and terminates it past either, so a file that makes a reader spin or swell costs one
// worker, never the main process's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { useNodeInflate } from '../node-inflate.ts';
import * as jobs from './jobs.ts';
import type { JobKind } from './jobs.ts';
import type { FromWorker, ToWorker, WorkerStart } from './protocol.ts';

const port = parentPort!;
const start = workerData as WorkerStart;
const pendingLayouts = new Map<number, (value: unknown) => void>();
let nextLookup = 0;

port.on('message', (m: ToWorker) => {
  if (m.type === 'layout') {
    pendingLayouts.get(m.id)?.(m.value);
    pendingLayouts.delete(m.id);
  }
});

const lookupLayout = (key: string): Promise<unknown> => new Promise((resolve) => {
  const id = nextLookup++;
  pendingLayouts.set(id, resolve);
  port.postMessage({ type: 'layout', id, key } satisfies FromWorker);
});

async function run(kind: JobKind, input: any): Promise<unknown> {
  switch (kind) {
    case 'preview': return jobs.preview(input, lookupLayout);
    case 'parse': return jobs.parse(input);
    case 'grid': return jobs.grid(input);
    case 'check': return jobs.check(input);
  }
}

useNodeInflate();
// Test-only stand-in for a reader caught in a loop that never yields, set only by tests (EngineOptions.testHooks).
if (start.testHooks?.spinOnFile !== undefined && (start.input as { file?: string }).file === start.testHooks.spinOnFile) for (;;) { /* until terminated */ }
run(start.kind, start.input).then(
  (output) => port.postMessage({ type: 'done', output } satisfies FromWorker),
  (e: unknown) => port.postMessage({ type: 'failed', message: String((e as Error)?.message ?? e).split('\n')[0] } satisfies FromWorker),
);
