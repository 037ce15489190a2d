// `dossier check` in a worker thread, as the CLI runs it (same argument parsing, reading and report), for the
// fuzz suite: the harness can stop a worker that hangs and caps its heap, which no test in the main thread can.
// Everything the command or a library prints is captured: stray console output is a failure of the contract.
import { parentPort } from 'node:worker_threads';
import { runCheckCommand } from '../../electron/cli/check-command.ts';
import { useNodeInflate } from '../../electron/node-inflate.ts';

useNodeInflate();

let stdout = '';
let stderr = '';
const toStderr = (...args: unknown[]) => {
  stderr += args.map(String).join(' ') + '\n';
};
Object.assign(console, { log: toStderr, info: toStderr, warn: toStderr, error: toStderr, debug: toStderr });

parentPort!.on('message', async (args: string[]) => {
  stdout = '';
  stderr = '';
  const started = performance.now();
  let status: number;
  try {
    status = await runCheckCommand(args, {
      stdout: (s) => { stdout += s; },
      stderr: (s) => { stderr += s.endsWith('\n') ? s : s + '\n'; },
    });
  } catch (e) {
    // What main.ts would print for an exception; the harness fails the mutant on any stack or TypeError.
    stderr += `dossier: ${e instanceof Error ? e.stack : String(e)}\n`;
    status = 2;
  }
  parentPort!.postMessage({ status, stdout, stderr, ms: performance.now() - started, heapMb: process.memoryUsage().heapUsed / 1048576 });
});
