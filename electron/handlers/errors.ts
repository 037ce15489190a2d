// Thrown failures → error values. Expected ones (ArchiveError) keep their sentence; anything else is a bug,
// reported in one neutral sentence rather than a stack trace in the user's face.
import { ArchiveError } from '../archive/types.ts';
import type { InputError } from '../../shared/domain/types.ts';
import { ipcFail, type IpcErrorCode, type IpcResult } from '../../shared/ipc/result.ts';

const VI: Record<string, string> = {
  NOT_AN_ARCHIVE: 'Tệp này không phải là kho hồ sơ.',
  NEWER_SCHEMA: 'Kho hồ sơ này được tạo bởi phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng.',
  REF_EXISTS: 'Đã có lô hàng với số tham chiếu này.',
  NOT_FOUND: 'Không tìm thấy mục được yêu cầu trong kho hồ sơ.',
  INVALID: 'Yêu cầu không hợp lệ đối với kho hồ sơ.',
};

/** A failure the handlers (or their deps) state for the user, in both languages. */
export class HandlerError extends Error {
  constructor(readonly code: IpcErrorCode, message: string, readonly messageVi: string) {
    super(message);
    this.name = 'HandlerError';
  }
}

export function fromThrown(e: unknown): IpcResult<never> {
  if (e instanceof HandlerError) return ipcFail(e.code, e.message, e.messageVi);
  if (e instanceof ArchiveError) return ipcFail(e.code, e.message, VI[e.code] ?? e.message);
  console.error('[dossier] handler failed:', e);
  return ipcFail('INTERNAL', 'Something went wrong while handling the request; the archive was not changed by it.',
    'Đã xảy ra lỗi khi xử lý yêu cầu; kho hồ sơ không bị thay đổi.');
}

export function fromInputError(e: InputError): IpcResult<never> {
  const where = [e.file, e.sheet && `sheet "${e.sheet}"`, e.column && `column ${e.column}`].filter(Boolean).join(', ');
  return ipcFail('INPUT', e.message, e.messageVi, where || undefined);
}
