// Opening a file as an archive. Anything that is not ours, or is newer than this build understands, is
// refused before a single byte of it is written: the header is read with plain fs, then SQLite opens it
// read-only to look inside, and only then is a writable connection made.
import { closeSync, existsSync, fsyncSync, linkSync, openSync, readSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { applyKey, checkNewPassphrase, Database, inspectEncrypted, looksEncrypted } from './cipher.ts';
import { ArchiveError } from './types.ts';
import { APPLICATION_ID, type Db } from './sql.ts';
import { migrate, SCHEMA_VERSION, schemaVersion } from './migrations/index.ts';
import { sweepStaleTemp, tempPath } from './temp-files.ts';
import { installRowHashTriggers } from './row-hashes.ts';
import { cannotCreateError, copyForReading, markReadOnlyMedia, onReadOnlyMedia, removeCopy } from './read-only.ts';

export interface OpenOptions {
  /** Create the archive when the file does not exist (or is an empty file / empty database). */
  create?: boolean;
  /** No writes at all: no migration, no WAL checkpoint on close. */
  readonly?: boolean;
  /** Path of a better_sqlite3.node built for the running ABI (the Electron main process); default: node_modules'. */
  nativeBinding?: string;
  /** Called inside each migration's transaction (the archive records it in the audit trail). */
  onMigrated?: (db: Db, from: number, to: number) => void;
  /** An encrypted archive's passphrase (ignored for a plain one). */
  passphrase?: string;
  /** With `create`: make the new archive encrypted with `passphrase`. */
  encrypt?: boolean;
}

const SQLITE_MAGIC = 'SQLite format 3\0';
/** Long enough for a `backup` or another process's commit to finish; short enough that a stuck lock is reported. */
const BUSY_TIMEOUT_MS = 10_000;

type Inspection = { kind: 'archive'; version: number } | { kind: 'empty' };

const notAnArchive = (path: string, why: string, whyVi: string): ArchiveError =>
  new ArchiveError('NOT_AN_ARCHIVE', `${path} ${why}: give the path of a dossier archive, or create one with "dossier archive init".`,
    `${path} ${whyVi}: hãy nhập đường dẫn của một kho hồ sơ dossier, hoặc tạo kho mới bằng lệnh "dossier archive init".`);

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(100);
    const n = readSync(fd, buf, 0, 100, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * Looks at an existing file without changing it. Without WAL content, the 100-byte header is the whole truth
 * (application_id at offset 68, user_version at 60, schema cookie at 40) and the file is not even opened by
 * SQLite, so no -wal/-shm appears beside a file we refuse. With WAL content, SQLite reads it read-only.
 */
export function inspect(path: string, nativeBinding?: string, passphrase?: string): Inspection {
  const st = statSync(path);
  if (st.isDirectory()) throw notAnArchive(path, 'is a folder, not an archive file', 'là một thư mục, không phải tệp kho hồ sơ');
  if (st.size === 0) return { kind: 'empty' };
  const header = readHeader(path);
  const encrypted = looksEncrypted(path, st.size);
  if (!encrypted && (header.length < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC)) throw notAnArchive(path, 'is not a dossier archive (not an SQLite file)',
    'không phải là kho hồ sơ dossier (không phải tệp SQLite)');
  const walBytes = existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0;
  const found = encrypted ? inspectEncrypted(path, passphrase, nativeBinding) : walBytes === 0
    ? { appId: header.readInt32BE(68), version: header.readInt32BE(60), empty: header.readUInt32BE(40) === 0 }
    : inspectWithSqlite(path, nativeBinding);
  if (found.appId === APPLICATION_ID) {
    if (found.version > SCHEMA_VERSION) {
      throw new ArchiveError('NEWER_SCHEMA', `${path} was written by a newer version of this application (archive format ${found.version}, this one reads up to ${SCHEMA_VERSION}): update the application to open it.`,
        `${path} được tạo bởi phiên bản mới hơn của ứng dụng này (định dạng kho hồ sơ ${found.version}, phiên bản này chỉ đọc được đến ${SCHEMA_VERSION}): hãy cập nhật ứng dụng để mở tệp.`);
    }
    return { kind: 'archive', version: found.version };
  }
  if (found.appId === 0 && found.version === 0 && found.empty) return { kind: 'empty' };
  throw notAnArchive(path, 'is an SQLite database of another application, not a dossier archive',
    'là cơ sở dữ liệu SQLite của một ứng dụng khác, không phải kho hồ sơ dossier');
}

function inspectWithSqlite(path: string, nativeBinding?: string): { appId: number; version: number; empty: boolean } {
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS, nativeBinding });
    return {
      appId: db.pragma('application_id', { simple: true }) as number,
      version: schemaVersion(db),
      empty: (db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number) === 0,
    };
  } catch (e) {
    throw notAnArchive(path, `cannot be read as a dossier archive (${(e as Error).message})`,
      `không đọc được như một kho hồ sơ dossier (${(e as Error).message})`);
  } finally {
    db?.close();
  }
}

function configure(db: Db, readonly: boolean): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
  if (readonly) {
    db.pragma('query_only = ON');
    return;
  }
  // WAL: readers (the app, `backup`, `list`) never block the writer, and a killed writer leaves a WAL that the
  // next opener rolls forward or discards at a transaction boundary. synchronous = FULL: each commit is fsynced
  // before `add` reports success; NORMAL would also keep the file consistent, but a power cut could forget
  // the last few folders a user was told were stored. Commits are few and large, so FULL costs little.
  if ((db.pragma('journal_mode', { simple: true }) as string) !== 'wal') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
}

/**
 * A read-only use still opens the file for writing when it may, with query_only on: a read-only SQLite
 * connection cannot remove the -wal/-shm files when it closes, and they would litter the user's folder.
 * On read-only media it falls back to a truly read-only connection.
 */
function connect(path: string, opts: OpenOptions, encrypted: boolean): Db {
  const db = connectPlain(path, opts);
  if (encrypted) applyKey(db, opts.passphrase!);
  return db;
}

function connectPlain(path: string, opts: OpenOptions): Db {
  const base = { fileMustExist: true, timeout: BUSY_TIMEOUT_MS, nativeBinding: opts.nativeBinding };
  if (!opts.readonly) return new Database(path, base);
  try {
    return new Database(path, base);
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (!/^SQLITE_(READONLY|CANTOPEN|PERM)/.test(code)) throw e;
    return new Database(path, { ...base, readonly: true });
  }
}

/**
 * A new archive is built under a temporary name and linked into place only when complete, so a crash
 * during `init` never leaves a half-made file under the real name (link, unlike rename, refuses to replace
 * a file that appeared meanwhile).
 */
function createNew(path: string, opts: OpenOptions): void {
  sweepStaleTemp(dirname(path));
  const tmp = tempPath(dirname(path), basename(path), 'init');
  const db = new Database(tmp, { nativeBinding: opts.nativeBinding });
  try {
    if (opts.encrypt) applyKey(db, checkNewPassphrase(opts.passphrase));
    configure(db, false);
    migrate(db, { afterEach: (from, to) => opts.onMigrated?.(db, from, to) });
  } finally {
    db.close();
  }
  try {
    linkSync(tmp, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new ArchiveError('INVALID', `${path} appeared while it was being created: run the command again.`,
      `${path} đã xuất hiện trong lúc đang được tạo: hãy chạy lại lệnh.`);
    throw e;
  } finally {
    unlinkSync(tmp);
    for (const side of ['-journal', '-wal', '-shm']) rmSync(tmp + side, { force: true });
  }
  const dirFd = openSync(dirname(path), 'r');
  try { fsyncSync(dirFd); } finally { closeSync(dirFd); }
}

export function openDatabase(path: string, opts: OpenOptions = {}): Db {
  if (existsSync(path) && onReadOnlyMedia(path)) return openCopy(path, opts);
  return openInPlace(path, opts);
}

function openInPlace(path: string, opts: OpenOptions): Db {
  if (!existsSync(path)) {
    if (!opts.create) throw new ArchiveError('NOT_FOUND', `${path} does not exist: check the path, or create the archive with "dossier archive init ${path}".`,
      `${path} không tồn tại: hãy kiểm tra lại đường dẫn, hoặc tạo kho hồ sơ bằng lệnh "dossier archive init ${path}".`);
    if (opts.readonly) throw new ArchiveError('INVALID', `${path} does not exist and cannot be created read-only.`,
      `${path} không tồn tại và không thể được tạo ở chế độ chỉ đọc.`);
    if (!existsSync(dirname(path))) throw new ArchiveError('NOT_FOUND', `The folder of ${path} does not exist: create it first.`,
      `Thư mục chứa ${path} không tồn tại: hãy tạo thư mục đó trước.`);
    if (onReadOnlyMedia(path)) throw cannotCreateError(path);
    createNew(path, opts);
  } else {
    const found = inspect(path, opts.nativeBinding, opts.passphrase);
    if (found.kind === 'empty' && !opts.create) throw notAnArchive(path, 'is empty', 'là tệp rỗng');
    if (found.kind === 'empty' && opts.readonly) throw notAnArchive(path, 'is empty', 'là tệp rỗng');
    if (found.kind === 'archive' && found.version < SCHEMA_VERSION && opts.readonly) {
      throw new ArchiveError('INVALID', `${path} uses an older archive format (${found.version}) that must be upgraded first: open it once for writing (e.g. "dossier archive list ${path}").`,
        `${path} dùng định dạng kho hồ sơ cũ (${found.version}), cần được nâng cấp trước: hãy mở kho một lần ở chế độ ghi (ví dụ "dossier archive list ${path}").`);
    }
  }
  const encrypted = looksEncrypted(path, statSync(path).size);
  const db = connect(path, opts, encrypted);
  try {
    // Again, now that SQLite has the file: it may have changed since inspect() looked (another process).
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = schemaVersion(db);
    if (appId !== APPLICATION_ID && !(appId === 0 && version === 0 && opts.create)) throw notAnArchive(path, 'is not a dossier archive', 'không phải là kho hồ sơ dossier');
    if (version > SCHEMA_VERSION) throw new ArchiveError('NEWER_SCHEMA', `${path} was written by a newer version of this application (archive format ${version}): update the application to open it.`,
      `${path} được tạo bởi phiên bản mới hơn của ứng dụng này (định dạng kho hồ sơ ${version}): hãy cập nhật ứng dụng để mở tệp.`);
    configure(db, !!opts.readonly);
    if (!opts.readonly) {
      migrate(db, { afterEach: (from, to) => opts.onMigrated?.(db, from, to) });
      installRowHashTriggers(db); // every write of this connection keeps the rows' hashes (row-hashes.ts)
      sweepStaleTemp(dirname(path)); // what a killed init or backup left beside the archive
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * An archive on read-only media, opened through a private copy (read-only.ts says why). An older format is
 * upgraded in the copy, so a DVD written by an earlier version still reads; the original is never touched.
 * Errors name the user's file, never the copy.
 */
function openCopy(path: string, opts: OpenOptions): Db {
  const copy = copyForReading(path);
  try {
    const db = openInPlace(copy, { ...opts, create: false, readonly: false });
    db.pragma('query_only = ON');
    markReadOnlyMedia(db, path, copy);
    return db;
  } catch (e) {
    removeCopy(copy);
    if (e instanceof ArchiveError) throw new ArchiveError(e.code, e.message.replaceAll(copy, path), e.messageVi.replaceAll(copy, path));
    throw e;
  }
}
