// The e2e bridge: the real handlers over loopback HTTP, serving the real renderer bundle. Only the transport
// differs from Electron (fetch instead of ipcRenderer.invoke); validation and dispatch are the same code.
// By hand: `npx vite build && npx tsx e2e/bridge/server.ts [--dir d] [--today YYYY-MM-DD]` prints a URL to open.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { openArchive } from '../../electron/archive/index.ts';
import { loadControlledLists } from '../../electron/reference/controlled-lists.ts';
import { createDispatch, type Dispatch } from '../../electron/handlers/dispatch.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { fileSettings } from '../../electron/handlers/settings-file.ts';
import { CSP } from '../../electron/main/csp.ts';
import { packToBytes, unpack } from '../../shared/ipc/codec.ts';
import { ScriptedDialogs } from './scripted-dialogs.ts';
import { useNodeInflate } from '../../electron/node-inflate.ts';
import { createEngine } from '../../electron/worker/engine.ts';
import { createArchiveWorker } from '../../electron/archive-worker/runner.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png',
};
const MAX_BODY = 100 * 1024 * 1024;

export interface BridgeOptions {
  /** The Vite build to serve (dist/renderer). */
  root: string;
  /** Scratch folder for the settings file. */
  dir: string;
  /** The day the check is made for, YYYY-MM-DD (the demo's planted findings assume 2026-11-20). */
  today?: string;
  /** Accept POST /__e2e/dialogs, telling the scripted dialogs what the "user" picks next. */
  scripted?: boolean;
  /** For a person with a browser (not Playwright): served and loaded before the app to define window.dossier. */
  clientScript?: string;
  /** The engine worker's budget and test hooks (e2e of a file that makes the reader spin); the app's defaults otherwise. */
  engine?: { timeoutMs?: number; spinOnFile?: string };
  /** Test-only: the archive worker pauses this long per stored file (e2e watches the progress bar move). */
  archiveMsPerFile?: number;
}

export interface Bridge {
  url: string;
  dialogs: ScriptedDialogs;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  useNodeInflate(); // as the main process does
  const dialogs = new ScriptedDialogs();
  const clockDate = opts.today ? new Date(`${opts.today}T12:00:00`) : null;
  const lists = loadControlledLists(join(opts.dir, 'user-lists'));
  const handlers = createHandlers({
    openArchive: (path, o) => openArchive(path, o),
    dialogs,
    readFile: async (p) => new Uint8Array(await readFile(p)),
    clock: () => clockDate ?? new Date(),
    loadControlledLists: () => lists,
    settings: fileSettings(join(opts.dir, 'settings.json')),
    user: () => 'e2e',
    // The same worker as the app's, from sources (the app runs its bundle, dist/electron/worker.cjs).
    engine: createEngine({
      entry: new URL('../../electron/worker/tsx-entry.mjs', import.meta.url),
      ...(opts.engine?.timeoutMs ? { timeoutMs: opts.engine.timeoutMs } : {}),
      ...(opts.engine?.spinOnFile ? { testHooks: { spinOnFile: opts.engine.spinOnFile } } : {}),
    }),
    archiveWorker: createArchiveWorker({ entry: new URL('../../electron/archive-worker/tsx-entry.mjs', import.meta.url),
      ...(opts.archiveMsPerFile ? { testHooks: { msPerFile: opts.archiveMsPerFile } } : {}) }),
  });
  const dispatch = createDispatch(handlers);
  const root = resolve(opts.root);
  const server = createServer((req, res) => void route(req, res, root, dispatch, opts.scripted ? dialogs : null, opts.clientScript));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    dialogs,
    dispatch,
    close: () => close(server).finally(() => handlers.dispose()),
  };
}

async function route(req: IncomingMessage, res: ServerResponse, root: string, dispatch: Dispatch, dialogs: ScriptedDialogs | null, client?: string): Promise<void> {
  try {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Only the page this server serves may call it: another site open in the same browser must not.
    const origin = req.headers.origin;
    if (req.method === 'POST' && origin && origin !== `http://${req.headers.host}`) return void res.writeHead(403).end();
    if (dialogs && req.method === 'POST' && url.pathname === '/__e2e/dialogs') {
      Object.assign(dialogs, JSON.parse(new TextDecoder().decode(await readBody(req))) as Partial<ScriptedDialogs>);
      return void res.writeHead(204).end();
    }
    if (req.method === 'POST' && url.pathname.startsWith('/ipc/')) {
      const body = await readBody(req);
      let payload: unknown;
      try {
        payload = unpack(body);
      } catch {
        payload = Symbol('undecodable'); // fails validation like any malformed message
      }
      const reply = await dispatch(decodeURIComponent(url.pathname.slice(5)), payload);
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(packToBytes(reply));
      return;
    }
    if (req.method !== 'GET') return void res.writeHead(405).end();
    if (client && url.pathname === '/__bridge/client.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(client);
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + sep)) return void res.writeHead(403).end();
    let data = await readFile(file).catch(() => null);
    if (!data) return void res.writeHead(404).end();
    // A classic script runs before the app's module script: window.dossier exists when the app starts.
    if (client && rel === 'index.html') data = Buffer.from(data.toString('utf8').replace('</head>', '<script src="./__bridge/client.js"></script></head>'));
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP }).end(data);
  } catch (e) {
    res.writeHead(500).end(String(e));
  }
}

function readBody(req: IncomingMessage): Promise<Uint8Array> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) { fail(new Error('body too large')); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => ok(new Uint8Array(Buffer.concat(chunks))));
    req.on('error', fail);
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((ok) => server.close(() => ok()));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const dir = arg('dir') ?? mkdtempSync(join(tmpdir(), 'dossier-bridge-'));
  const e2e = process.argv.includes('--e2e');
  // By hand, the page gets window.dossier from the bridge itself; Playwright injects it with addInitScript.
  const clientScript = e2e ? undefined
    : (await import('esbuild')).buildSync({ entryPoints: [resolve('e2e/bridge/client.ts')], bundle: true, write: false, format: 'iife' }).outputFiles[0].text;
  const engine = { timeoutMs: Number(arg('engine-timeout-ms')) || undefined, spinOnFile: e2e ? arg('spin-on') : undefined };
  const archiveMsPerFile = e2e ? Number(arg('archive-ms-per-file')) || undefined : undefined;
  const bridge = await startBridge({ root: resolve(arg('root') ?? 'dist/renderer'), dir, today: arg('today'), scripted: e2e, clientScript, engine, archiveMsPerFile });
  if (!e2e) bridge.dialogs.archiveToCreate = bridge.dialogs.archiveToOpen = join(dir, 'archive.dossier');
  console.log(`BRIDGE_URL=${bridge.url}`);
  const stop = () => void bridge.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
