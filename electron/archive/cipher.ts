// Encryption at rest with SQLite3 Multiple Ciphers (the driver better-sqlite3-multiple-ciphers), in SQLCipher 4's
// format, so an auditor's SQLCipher tools open an encrypted archive with the passphrase. A plain archive is an
// ordinary SQLite file to the same driver: nothing changes for it. The passphrase is never written anywhere;
// SQLCipher derives the key from it (PBKDF2-HMAC-SHA512, 256 000 iterations) with a random salt per file.
import { closeSync, openSync, readSync } from 'node:fs';
import DatabaseMc from 'better-sqlite3-multiple-ciphers';
import { ArchiveError } from './types.ts';
import type { Db } from './sql.ts';

/** The driver for every archive connection; typed as better-sqlite3, whose API it keeps. */
export const Database = DatabaseMc as unknown as typeof import('better-sqlite3');

const SQLITE_MAGIC = 'SQLite format 3\0';
const keyed = new WeakSet<Db>();

/** Sets the key on a fresh connection, before any statement reads the file. */
export function applyKey(db: Db, passphrase: string): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = '${passphrase.replace(/'/g, "''")}'`);
  // A plain SQLite build ignores these pragmas without a word and would write the "encrypted" archive in clear
  // (a stale native/electron binary of plain better-sqlite3 could be loaded): refuse rather than pretend.
  if (db.pragma('cipher', { simple: true }) !== 'sqlcipher') {
    throw new ArchiveError('INVALID', 'This build of the archive engine cannot encrypt: reinstall the application (or run "node scripts/electron-native.mjs").',
      'Bản thành phần kho hồ sơ này không mã hóa được: hãy cài lại ứng dụng (hoặc chạy "node scripts/electron-native.mjs").');
  }
  keyed.add(db);
}

export function isKeyed(db: Db): boolean {
  return keyed.has(db);
}

/**
 * An encrypted file has no SQLite header: its first 16 bytes are the salt, and it is whole pages. A file that is
 * not SQLite and not a multiple of 512 bytes is no archive, encrypted or not.
 */
export function looksEncrypted(path: string, size: number): boolean {
  if (size < 1024 || size % 512 !== 0) return false;
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    readSync(fd, buf, 0, 16, 0);
    return buf.toString('latin1') !== SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

export function wrongPassphrase(path: string, given: boolean): ArchiveError {
  return new ArchiveError('PASSPHRASE', given
    ? `${path}: wrong passphrase (or not a dossier archive): nothing was changed; give the archive's passphrase in DOSSIER_PASSPHRASE.`
    : `${path} is encrypted (or damaged): wrong passphrase (none given): give it in DOSSIER_PASSPHRASE, or run the command in a terminal to be asked.`,
  given
    ? `${path}: sai mật khẩu (hoặc không phải kho hồ sơ dossier): không có gì bị thay đổi; hãy nhập mật khẩu của kho vào DOSSIER_PASSPHRASE.`
    : `${path} đã được mã hóa (hoặc bị hỏng): sai mật khẩu (chưa nhập mật khẩu): hãy đặt mật khẩu trong DOSSIER_PASSPHRASE, hoặc chạy lệnh trong cửa sổ dòng lệnh để được hỏi.`);
}

export function checkNewPassphrase(passphrase: string | undefined): string {
  if (passphrase === undefined || passphrase.length < 8) {
    throw new ArchiveError('INVALID', 'An encrypted archive needs a passphrase of at least 8 characters (DOSSIER_PASSPHRASE, or asked in a terminal).',
      'Kho hồ sơ mã hóa cần mật khẩu dài ít nhất 8 ký tự (đặt trong DOSSIER_PASSPHRASE, hoặc nhập khi được hỏi trong cửa sổ dòng lệnh).');
  }
  return passphrase;
}

/**
 * Opens an encrypted file read-only with the passphrase and reads what inspect() reads from a plain header.
 * Any failure to read the first page means the key is wrong: SQLCipher cannot tell a wrong key from a foreign file.
 */
export function inspectEncrypted(path: string, passphrase: string | undefined, nativeBinding?: string): { appId: number; version: number; empty: boolean } {
  if (passphrase === undefined) throw wrongPassphrase(path, false);
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
    applyKey(db, passphrase);
    const empty = (db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number) === 0;
    return { appId: db.pragma('application_id', { simple: true }) as number, version: db.pragma('user_version', { simple: true }) as number, empty };
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    throw wrongPassphrase(path, true);
  } finally {
    db?.close();
  }
}

/**
 * A new passphrase for an open, keyed connection. SQLite3 Multiple Ciphers cannot rekey in WAL mode, so the
 * journal is switched to DELETE for the rekey (which rewrites every page in one transaction) and back.
 */
export function rekey(db: Db, passphrase: string): void {
  checkNewPassphrase(passphrase);
  if (!keyed.has(db)) throw new ArchiveError('INVALID', 'This archive is not encrypted: create an encrypted one with "dossier archive init --encrypt" and copy the folders into it.',
    'Kho hồ sơ này không được mã hóa: hãy tạo kho mã hóa bằng lệnh "dossier archive init --encrypt" rồi chép các thư mục vào.');
  const mode = db.pragma('journal_mode = DELETE', { simple: true }) as string;
  if (mode !== 'delete') throw new ArchiveError('INVALID', 'The archive is open in another program: close it there, then change the passphrase.',
    'Kho hồ sơ đang được mở trong một chương trình khác: hãy đóng ở đó rồi đổi mật khẩu.');
  try {
    db.pragma(`rekey = '${passphrase.replace(/'/g, "''")}'`);
  } finally {
    db.pragma('journal_mode = WAL');
  }
}

/**
 * A consistent copy of the database in a new file, encrypted with the same key when the source is (the backup
 * API would write it in clear, and the driver refuses). query_only forbids VACUUM INTO even though it writes
 * only the new file, so it is lifted for this one statement on a read-only use.
 */
export function vacuumInto(db: Db, path: string): void {
  const queryOnly = db.pragma('query_only', { simple: true }) as number;
  if (queryOnly) db.pragma('query_only = OFF');
  try {
    db.prepare('VACUUM INTO ?').run(path);
  } finally {
    if (queryOnly) db.pragma('query_only = ON');
  }
}
