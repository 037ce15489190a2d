// The single entry for every message, whatever the transport: validate, run, turn any throw into a value.
import type { Handlers } from '../../shared/ipc/contract.ts';
import type { Channel } from '../../shared/ipc/channels.ts';
import type { IpcResult } from '../../shared/ipc/result.ts';
import { validateRequest } from '../../shared/ipc/validate.ts';
import { fromThrown } from './errors.ts';

export type Dispatch = (channel: unknown, payload: unknown) => Promise<IpcResult<unknown>>;

export function createDispatch(handlers: Handlers): Dispatch {
  return async (channel, payload) => {
    const checked = validateRequest(channel, payload);
    if (!checked.ok) return checked;
    const { channel: c, request } = checked.value;
    try {
      const handler = handlers[c] as (req: unknown) => Promise<IpcResult<unknown>>;
      return await handler(request);
    } catch (e) {
      return fromThrown(e);
    }
  };
}

export type { Channel };
