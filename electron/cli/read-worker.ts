// One spreadsheet read in a worker thread (see bounded-read.ts): the same shared/ reader as everywhere, its
// result posted back once. The CLI stops the worker past its time budget, so a reader caught in a loop on a
// damaged file costs one worker, never the command.
import { parentPort, workerData } from 'node:worker_threads';
import { useNodeInflate } from '../node-inflate.ts';
import { readDocument } from '../../shared/import/read-document.ts';
import type { Role } from '../../shared/domain/types.ts';

useNodeInflate();
const job = workerData as { role: Role; file: string; bytes: Uint8Array };
parentPort!.postMessage(readDocument(job));
