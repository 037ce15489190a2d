// Messages between the main process and an engine worker.
import type { JobKind } from './jobs.ts';

export interface TestHooks { /** The worker spins forever on a file of this name, as a reader caught in a loop. */ spinOnFile?: string }

export interface WorkerStart { kind: JobKind; input: unknown; testHooks?: TestHooks }

export type FromWorker =
  | { type: 'done'; output: unknown }
  | { type: 'failed'; message: string }
  | { type: 'layout'; id: number; key: string };

export type ToWorker = { type: 'layout'; id: number; value: unknown };
