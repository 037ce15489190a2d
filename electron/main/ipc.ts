// Registers every contract channel on ipcMain; each message goes through the shared dispatch (validation,
// error values). Typed against a minimal ipcMain shape so nothing else of Electron leaks in.
import { CHANNELS } from '../../shared/ipc/channels.ts';
import type { Dispatch } from '../handlers/dispatch.ts';

export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null }, payload: unknown) => Promise<unknown>): void;
}

export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch, isTrustedUrl: (url: string) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload) => {
      // Only our own page may talk to the main process, never a frame that got in some other way.
      if (!event.senderFrame || !isTrustedUrl(event.senderFrame.url)) {
        return { ok: false, error: { code: 'BAD_REQUEST', message: 'Request from an unknown page.', messageVi: 'Yêu cầu từ trang không xác định.' } };
      }
      return dispatch(channel, payload);
    });
  }
}
