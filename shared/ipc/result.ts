// Every reply crosses the process boundary as a value: a thrown error would lose its type and its
// Vietnamese sentence on the way through Electron's structured clone.

export type IpcErrorCode =
  | 'BAD_REQUEST'
  | 'UNKNOWN_CHANNEL'
  | 'NO_ARCHIVE'
  | 'INPUT'
  | 'NOT_AN_ARCHIVE'
  | 'NEWER_SCHEMA'
  | 'REF_EXISTS'
  | 'NOT_FOUND'
  | 'INVALID'
  | 'PASSPHRASE'
  | 'UNSUPPORTED'
  | 'INTERNAL'
  | 'READ_ONLY';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  messageVi: string;
  /** Where the problem is, when it is in a file: "invoice.xlsx, sheet Items, column E". */
  where?: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ipcOk = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const ipcFail = (code: IpcErrorCode, message: string, messageVi: string, where?: string): IpcResult<never> =>
  ({ ok: false, error: where ? { code, message, messageVi, where } : { code, message, messageVi } });
