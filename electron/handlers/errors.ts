// Thrown failures → error values. Expected ones (ArchiveError) keep both their sentences, written where the reference
// or path was known; anything else is a bug, reported in one neutral sentence rather than a stack trace in the user's face.
import { ArchiveError } from '../archive/types.ts';
import type { InputError } from '../../shared/domain/types.ts';
import { ipcFail, type IpcErrorCode, type IpcResult } from '../../shared/ipc/result.ts';

/** A failure the handlers (or their deps) state for the user, in both languages. */
export class HandlerError extends Error {
  constructor(readonly code: IpcErrorCode, message: string, readonly messageVi: string) {
    super(message);
    this.name = 'HandlerError';
  }
}

export function fromThrown(e: unknown): IpcResult<never> {
  if (e instanceof HandlerError) return ipcFail(e.code, e.message, e.messageVi);
  if (e instanceof ArchiveError) return ipcFail(e.code, e.message, e.messageVi);
  console.error('[dossier] handler failed:', e);
  return ipcFail('INTERNAL', 'Something went wrong while handling the request; the archive was not changed by it.',
    'Đã xảy ra lỗi khi xử lý yêu cầu; kho hồ sơ không bị thay đổi.');
}

export function fromInputError(e: InputError): IpcResult<never> {
  const where = [e.file, e.sheet && `sheet "${e.sheet}"`, e.column && `column ${e.column}`].filter(Boolean).join(', ');
  return ipcFail('INPUT', e.message, e.messageVi, where || undefined);
}
