// Runs in the page before the app (page.addInitScript): window.dossier with the preload's named methods,
// generated from the same channel list, as fetch calls to the bridge.
import { CHANNELS } from '../../shared/ipc/channels.ts';
import { pack, unpack } from '../../shared/ipc/codec.ts';

const api = Object.fromEntries(CHANNELS.map((channel) => [channel, async (request: unknown) => {
  const res = await fetch(`/ipc/${channel}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: new Blob(pack(request) as BlobPart[]) });
  return unpack(new Uint8Array(await res.arrayBuffer()));
}]));

Object.defineProperty(window, 'dossier', { value: Object.freeze(api), writable: false });
