// A folder as on read-only media, for the archive's read-only tests. Not root: the folder and its files lose
// their write bits (what a write-protected stick looks like to a program). Root ignores write bits, so there a
// read-only bind mount is used (EROFS, as a DVD gives); where mounting is not allowed either, `reason` says why
// and the tests are skipped rather than passing for nothing.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';

export interface ReadOnlyFolder {
  /** The folder to read through: same files as `source`, but writes are refused. */
  path: string;
  release(): void;
}

const isRoot = process.getuid?.() === 0;

/** Makes the folder `source` (already filled) read-only, or returns a sentence saying why that is impossible here. */
export function readOnlyFolder(source: string): ReadOnlyFolder | { reason: string } {
  if (!isRoot) {
    const files = readdirSync(source);
    for (const f of files) chmodSync(join(source, f), 0o444);
    chmodSync(source, 0o555);
    return {
      path: source,
      release() {
        chmodSync(source, 0o755);
        for (const f of files) chmodSync(join(source, f), 0o644);
      },
    };
  }
  const mnt = `${source}-ro`;
  mkdirSync(mnt);
  const bind = spawnSync('mount', ['--bind', source, mnt], { encoding: 'utf8' });
  const ro = bind.status === 0 ? spawnSync('mount', ['-o', 'remount,bind,ro', mnt], { encoding: 'utf8' }) : bind;
  if (ro.status !== 0) {
    if (bind.status === 0) spawnSync('umount', [mnt]);
    rmdirSync(mnt);
    return { reason: `running as root, and a read-only bind mount is not allowed here (${(ro.stderr || '').trim()})` };
  }
  return {
    path: mnt,
    release() {
      spawnSync('umount', [mnt]);
      rmdirSync(mnt);
    },
  };
}
