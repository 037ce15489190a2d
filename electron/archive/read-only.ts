// Archives on read-only media (a DVD, a write-protected USB stick, a folder the user may not write to). SQLite
// cannot read a WAL-mode file there at all ("unable to open database file": it must create the -shm beside it,
// and this build of better-sqlite3 has no URI filenames for immutable=1), so the archive is copied, byte for
// byte, to a hidden file in the system's temp folder and that copy is opened with query_only. Every read
// (list, show, verify, export, backup) then works; every write is refused with one sentence, here, before
// SQLite is asked. The copy is removed on close, and by the next run's sweep if the process was killed.
import { accessSync, chmodSync, constants, copyFileSync, existsSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { ArchiveError } from './types.ts';
import type { Db } from './sql.ts';
import { sweepStaleTemp, tempPath } from './temp-files.ts';

const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM']);
const opened = new WeakMap<Db, { path: string; copy: string }>();

/** Whether `path` cannot be written where it is: its folder, or the file when it exists, refuses writes. */
export function onReadOnlyMedia(path: string): boolean {
  for (const p of existsSync(path) ? [dirname(path), path] : [dirname(path)]) {
    try {
      accessSync(p, constants.W_OK);
    } catch (e) {
      if (READ_ONLY_CODES.has((e as NodeJS.ErrnoException).code ?? '')) return true;
      throw e;
    }
  }
  return false;
}

/** A private copy of the archive (and of its WAL, when one holds committed changes) to open instead. */
export function copyForReading(path: string): string {
  const dir = tmpdir();
  sweepStaleTemp(dir);
  const copy = tempPath(dir, basename(path), 'readonly');
  try {
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0) copyFileSync(`${path}-wal`, `${copy}-wal`);
    // The copy keeps the original's mode (0444 on a write-protected stick); SQLite needs to write it (WAL index).
    chmodSync(copy, 0o600);
    if (existsSync(`${copy}-wal`)) chmodSync(`${copy}-wal`, 0o600);
  } catch (e) {
    removeCopy(copy);
    throw e;
  }
  return copy;
}

export function removeCopy(copy: string): void {
  for (const side of ['', '-wal', '-shm', '-journal']) rmSync(copy + side, { force: true });
}

export function markReadOnlyMedia(db: Db, path: string, copy: string): void {
  opened.set(db, { path, copy });
}

/** Closes a connection; for an archive on read-only media, also removes its private copy. */
export function closeDb(db: Db): void {
  if (db.open) db.close();
  const ro = opened.get(db);
  if (ro) {
    removeCopy(ro.copy);
    opened.delete(db);
  }
}

export function isOnReadOnlyMedia(db: Db): boolean {
  return opened.has(db);
}

/** Called by every write transaction (sql.ts writeTx): the one sentence a write gets on read-only media. */
export function assertWritable(db: Db): void {
  const ro = opened.get(db);
  if (ro) throw readOnlyError(ro.path);
}

/** The sentence a write gets. */
export function readOnlyError(path: string): ArchiveError {
  return new ArchiveError('READ_ONLY',
    `${path} is on read-only media (a DVD, a write-protected USB stick or folder): nothing can be added or changed in it; copy the archive to a writable disk to make changes.`,
    `${path} nằm trên phương tiện chỉ đọc (đĩa DVD, USB hoặc thư mục bị chống ghi): không thể thêm hay sửa gì trong kho này; hãy sao chép kho sang ổ đĩa ghi được để thay đổi.`);
}

/** What the app says on opening such an archive, before any write is tried. */
export function readOnlyNotice(path: string): { message: string; messageVi: string } {
  return {
    message: `${path} is on read-only media (a DVD, a write-protected USB stick or folder), so it was opened read-only: folders can be listed, shown, verified, exported and backed up, but nothing can be added or changed.`,
    messageVi: `${path} nằm trên phương tiện chỉ đọc (đĩa DVD, USB hoặc thư mục bị chống ghi), nên được mở ở chế độ chỉ đọc: có thể liệt kê, xem, kiểm tra, xuất và sao lưu các thư mục lô hàng, nhưng không thể thêm hay sửa gì.`,
  };
}

export function cannotCreateError(path: string): ArchiveError {
  return new ArchiveError('READ_ONLY',
    `${path} cannot be created: its folder is on read-only media (a DVD, a write-protected USB stick or folder); choose a writable folder.`,
    `Không thể tạo ${path}: thư mục chứa nó nằm trên phương tiện chỉ đọc (đĩa DVD, USB hoặc thư mục bị chống ghi); hãy chọn một thư mục ghi được.`);
}
