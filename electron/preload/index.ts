// The renderer's only door to the main process: one named method per contract channel, nothing generic.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../../shared/ipc/channels.ts';
import type { DossierApi } from '../../shared/ipc/contract.ts';

const api = Object.freeze(Object.fromEntries(
  CHANNELS.map((channel) => [channel, (request: unknown) => ipcRenderer.invoke(channel, request)]),
)) as unknown as DossierApi;

contextBridge.exposeInMainWorld('dossier', api);
