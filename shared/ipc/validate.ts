// The one validation function: Electron's ipcMain and the e2e bridge both call it before any handler runs.
import { isChannel, type Channel } from './channels.ts';
import { REQUEST_SCHEMAS, type Request } from './contract.ts';
import { ipcFail, type IpcResult } from './result.ts';

export type Validated = { channel: Channel; request: Request<Channel> };

export function validateRequest(channel: unknown, payload: unknown): IpcResult<Validated> {
  if (typeof channel !== 'string' || !isChannel(channel)) {
    const name = typeof channel === 'string' ? channel.slice(0, 60) : typeof channel;
    return ipcFail('UNKNOWN_CHANNEL', `Unknown request "${name}".`, `Yêu cầu không xác định "${name}".`);
  }
  const parsed = REQUEST_SCHEMAS[channel].safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path.length ? issue.path.join('.') : 'request';
    return ipcFail('BAD_REQUEST', `Malformed ${channel} request: ${at} ${issue?.message ?? 'is invalid'}.`,
      `Yêu cầu ${channel} không hợp lệ: ${at}.`);
  }
  return { ok: true, value: { channel, request: parsed.data as Request<Channel> } };
}
