// Restoring a backup: the backup is verified, copied by SQLite (VACUUM INTO: a consistent copy, still encrypted
// with the same passphrase when it was), the copy verified again, and only then linked into place under a name
// that did not exist. link() refuses a name that appeared meanwhile, so nothing is ever overwritten.
import { closeSync, existsSync, fsyncSync, linkSync, openSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { ArchiveError } from './types.ts';
import { SqliteArchive, type ArchiveOptions } from './archive.ts';
import { applyKey, Database, looksEncrypted, vacuumInto } from './cipher.ts';
import { sweepStaleTemp, tempPath } from './temp-files.ts';

export interface RestoreResult {
  /** One sentence per problem found in the backup or its copy; nothing was restored when not empty. */
  problems: string[];
  folders: number;
  files: number;
}

export async function restoreBackup(backupPath: string, destPath: string, opts: ArchiveOptions = {}): Promise<RestoreResult> {
  const dest = resolve(destPath);
  if (existsSync(dest)) throw new ArchiveError('INVALID', `${destPath} already exists: restore never overwrites an archive; give a new file name.`,
    `${destPath} đã tồn tại: lệnh khôi phục không bao giờ ghi đè lên kho hồ sơ; hãy chọn một tên tệp mới.`);
  if (!existsSync(dirname(dest))) throw new ArchiveError('NOT_FOUND', `The folder of ${destPath} does not exist: create it first.`,
    `Thư mục chứa ${destPath} không tồn tại: hãy tạo thư mục đó trước.`);
  if (resolve(backupPath) === dest) throw new ArchiveError('INVALID', `${destPath} is the backup itself: give a new file name.`,
    `${destPath} chính là bản sao lưu: hãy chọn một tên tệp mới.`);
  sweepStaleTemp(dirname(dest)); // what a killed restore, backup or init left there
  const tmp = tempPath(dirname(dest), basename(dest), 'restore');
  try {
    let source: SqliteArchive | undefined;
    try {
      source = new SqliteArchive(backupPath, { ...opts, readonly: true, create: false });
    } catch (e) {
      // A backup from before an upgrade: it must not be migrated in place (a backup is never written to), so it
      // is copied as it is and the copy is upgraded and verified below.
      if (!(e instanceof ArchiveError && /older archive format/.test(e.message))) throw e;
      copyOlder(backupPath, tmp, opts);
    }
    if (source) {
      try {
        const problems = source.verify();
        if (problems.length > 0) return { problems, folders: 0, files: 0 };
        vacuumInto(source.connection, tmp);
      } finally {
        source.close();
      }
    }
    const copy = new SqliteArchive(tmp, { ...opts, create: false, readonly: false });
    let counts;
    try {
      const problems = copy.verify().map((p) => p.split(tmp).join(destPath));
      if (problems.length > 0) return { problems, folders: 0, files: 0 };
      counts = copy.connection.prepare('SELECT (SELECT count(*) FROM shipments) folders, (SELECT count(*) FROM files) files').get() as { folders: number; files: number };
    } finally {
      copy.close();
    }
    const fd = openSync(tmp, 'r+');
    try { fsyncSync(fd); } finally { closeSync(fd); }
    try {
      linkSync(tmp, dest);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new ArchiveError('INVALID', `${destPath} appeared while the backup was being restored: nothing was overwritten; give a new file name.`,
        `${destPath} đã xuất hiện trong lúc đang khôi phục: không có gì bị ghi đè; hãy chọn một tên tệp mới.`);
      throw e;
    }
    const dirFd = openSync(dirname(dest), 'r');
    try { fsyncSync(dirFd); } finally { closeSync(dirFd); }
    return { problems: [], ...counts };
  } finally {
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  }
}

/** An older-format backup, already checked to be ours by the refused open, copied without being changed. */
function copyOlder(backupPath: string, tmp: string, opts: ArchiveOptions): void {
  const db = new Database(backupPath, { readonly: true, fileMustExist: true, nativeBinding: opts.nativeBinding });
  try {
    if (looksEncrypted(backupPath, statSync(backupPath).size)) applyKey(db, opts.passphrase ?? '');
    vacuumInto(db, tmp);
  } finally {
    db.close();
  }
}
