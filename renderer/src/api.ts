// The renderer's only way out: window.dossier (the preload in Electron, fetch calls to the bridge in e2e).
import type { Channel, DossierApi, IpcError, Replies, Request } from '../../shared/ipc/contract.ts';

declare global {
  interface Window {
    dossier: DossierApi;
  }
}

export class ApiError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
    this.name = 'ApiError';
  }
}

export async function call<C extends Channel>(channel: C, request: Request<C>): Promise<Replies[C]> {
  const method = window.dossier[channel] as unknown as (req: Request<C>) => ReturnType<DossierApi[C]>;
  const reply = await method(request);
  if (!reply.ok) throw new ApiError(reply.error);
  return reply.value as Replies[C];
}

export function toIpcError(e: unknown): IpcError {
  if (e instanceof ApiError) return e.error;
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'INTERNAL', message, messageVi: message };
}
