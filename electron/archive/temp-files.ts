// Hidden temporary files that `init`, `backup` and `restore` write next to their target, and that a killed run leaves
// behind (a backup's copy can be as big as the archive). Every later init, backup or writable open sweeps the
// folder for stale ones — only ours, recognised by name, never anything else:
//   .NAME.init-HOST-PID-MILLIS   .NAME.backup-HOST-PID-MILLIS   (+ SQLite's -journal/-wal/-shm beside them)
// A file is stale when the process that made it on this machine is gone, or when it is over a day old (made on
// another machine sharing the folder, whose processes cannot be seen from here).
import { createHash } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** `readonly`: the private copy of an archive on read-only media, in the system's temp folder (read-only.ts). */
export type TempKind = 'init' | 'backup' | 'restore' | 'readonly';

const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
/** Older builds wrote no host part: those are judged as made on this machine. */
const PATTERN = /^\.(.+)\.(init|backup|restore|readonly)-(?:([0-9a-f]{8})-)?(\d+)-(\d+)(-journal|-wal|-shm)?$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export function tempPath(dir: string, name: string, kind: TempKind): string {
  return join(dir, `.${name}.${kind}-${HOST}-${process.pid}-${Date.now()}`);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, someone else's
  }
}

/** Removes stale temporary files of ours in `dir`; returns their names. Never throws: cleaning is a courtesy. */
export function sweepStaleTemp(dir: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = PATTERN.exec(name);
    if (!m) continue;
    const [, , , host, pid] = m;
    try {
      const st = statSync(join(dir, name));
      if (!st.isFile()) continue;
      const local = host === undefined || host === HOST;
      const stale = (local && !alive(Number(pid))) || now - st.mtimeMs > DAY_MS;
      if (!stale) continue;
      rmSync(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // Gone meanwhile, or not ours to remove (permissions, read-only media): leave it.
    }
  }
  return removed;
}
