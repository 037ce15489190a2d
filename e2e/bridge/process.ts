// Runs the bridge in its own Node process (tsx): the engine's JSON imports need tsx's loader, and a process
// per test is the simplest isolation there is.
import { spawn, type ChildProcess } from 'node:child_process';
import { packToBytes, unpack } from '../../shared/ipc/codec.ts';

/** Drives the app from outside, whatever the transport: what native dialogs answer, raw IPC messages. */
export interface AppDriver {
  /** Where the app's page was loaded from. */
  url: string;
  /** What the scripted native dialogs answer next. */
  setDialogs(answers: { archiveToCreate?: string | null; archiveToOpen?: string | null; files?: string[]; reportPath?: string | null; exportTo?: string | null }): Promise<void>;
  /** A raw IPC message, as the renderer would send it. */
  call(channel: string, payload: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

export async function spawnBridge(o: { dir: string; today?: string; root?: string; engineTimeoutMs?: number; spinOn?: string; archiveMsPerFile?: number }): Promise<AppDriver> {
  const args = ['--import', 'tsx', 'e2e/bridge/server.ts', '--e2e', '--dir', o.dir, '--root', o.root ?? 'dist/renderer'];
  if (o.today) args.push('--today', o.today);
  if (o.engineTimeoutMs) args.push('--engine-timeout-ms', String(o.engineTimeoutMs));
  if (o.spinOn) args.push('--spin-on', o.spinOn);
  if (o.archiveMsPerFile) args.push('--archive-ms-per-file', String(o.archiveMsPerFile));
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /BRIDGE_URL=(\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`bridge exited with ${code} before listening`)));
  });
  const post = (path: string, body: string | Uint8Array) => fetch(new URL(path, url), { method: 'POST', body: typeof body === 'string' ? body : new Blob([body as BlobPart]) });
  return {
    url,
    async setDialogs(answers) {
      const res = await post('/__e2e/dialogs', JSON.stringify(answers));
      if (res.status !== 204) throw new Error(`bridge refused dialog answers: ${res.status}`);
    },
    async call(channel, payload) {
      return unpack(new Uint8Array(await (await post(`/ipc/${encodeURIComponent(channel)}`, packToBytes(payload))).arrayBuffer()));
    },
    stop: () => stop(child),
  };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
