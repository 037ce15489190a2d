// Upgrading an archive of an older format off the main process. Its migrations can take half a minute on a large
// archive (the full-text index rebuilt, the permit register filled in): run by openArchive on the main process's
// event loop, every window would freeze meanwhile. So the main process first decides cheaply, from the file's
// 100-byte header, whether the archive may be older; only then does a worker open it read-write and migrate it,
// and the main process's own open afterwards finds nothing left to do.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { looksEncrypted } from '../archive/cipher.ts';
import { openArchive, SCHEMA_VERSION } from '../archive/index.ts';
import { inspect } from '../archive/open.ts';
import { onReadOnlyMedia } from '../archive/read-only.ts';
import { APPLICATION_ID } from '../archive/sql.ts';
import type { ArchiveAccess, UpgradeOutput } from './protocol.ts';

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Whether opening the archive at `path` may have to migrate it: read on the main process, so no SQLite and no key
 * derivation, only the header (user_version at offset 60, application_id at 68). False whenever openArchive will
 * refuse the file anyway, or cannot be helped: it then says why itself, as before.
 * - A WAL beside the file may hold a newer header than the file's: an older-looking header is only a "maybe",
 *   which the worker settles with SQLite.
 * - An encrypted archive has no readable header: with a passphrase, the worker decides (key derivation there).
 * - On read-only media, openArchive upgrades a private copy of the file (read-only.ts), in process as before:
 *   a worker's upgraded copy would be removed when it closes.
 */
export function mayNeedUpgrade(path: string, passphrase: string | undefined): boolean {
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size === 0 || onReadOnlyMedia(path)) return false;
    const header = readHeader(path);
    if (header.length === 100 && header.toString('latin1', 0, 16) === SQLITE_MAGIC) {
      return header.readInt32BE(68) === APPLICATION_ID && header.readInt32BE(60) < SCHEMA_VERSION;
    }
    return passphrase !== undefined && looksEncrypted(path, st.size);
  } catch {
    return false; // not there, not readable: openArchive says so in its own words
  }
}

/** In the worker: the archive's version looked at with SQLite (and the passphrase), then, when older, migrated. */
export function runUpgrade(access: ArchiveAccess): UpgradeOutput {
  const opts = { ...(access.passphrase !== undefined ? { passphrase: access.passphrase } : {}), ...(access.nativeBinding ? { nativeBinding: access.nativeBinding } : {}) };
  let from: number;
  try {
    const found = inspect(access.path, opts.nativeBinding, opts.passphrase);
    if (found.kind !== 'archive') return { kind: 'upgrade', from: null, to: null };
    from = found.version;
  } catch {
    // A wrong passphrase, not an archive, a newer format: the main process's open refuses it in the usual words.
    return { kind: 'upgrade', from: null, to: null };
  }
  if (from >= SCHEMA_VERSION) return { kind: 'upgrade', from, to: from };
  // Read-write: openArchive migrates, recording each step in the audit trail as it always has.
  openArchive(access.path, opts).close();
  return { kind: 'upgrade', from, to: SCHEMA_VERSION };
}

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(100);
    return buf.subarray(0, readSync(fd, buf, 0, 100, 0));
  } finally {
    closeSync(fd);
  }
}
