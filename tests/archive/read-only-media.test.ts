// Item 10a of issue 8: an archive on read-only media opens read-only. Through the CLI as a real process (the
// contract ../shared/contracts/archive-cli.md): list, show, verify, export and backup work; add and init of a new
// file say in one line that the media is read-only; nothing is written beside the archive, no copy is left.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readOnlyFolder, type ReadOnlyFolder } from '../support/read-only-folder.ts';
import { tempDir } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = join(ROOT, 'seeds/demo');
const dossier = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/dossier.mjs'), 'archive', ...args], { encoding: 'utf8' });
const copiesInTemp = () => readdirSync(tmpdir()).filter((n) => /\.readonly-/.test(n));

let ro: ReadOnlyFolder | undefined;
afterEach(() => { ro?.release(); ro = undefined; });

function archiveOnReadOnlyMedia(): { folder: string; path: string } | { reason: string } {
  const src = join(tempDir(), 'dvd');
  mkdirSync(src);
  const path = join(src, 'client-a.sqlite');
  expect(dossier('init', path).status).toBe(0);
  const add = dossier('add', path, '--ref', 'HPH-2026-0117', '--date', '2026-11-20', '--invoice', join(DEMO, 'invoice.xlsx'),
    '--packing-list', join(DEMO, 'packing-list.xlsx'), '--permit', join(DEMO, 'permit.xlsx'), '--catalogue', join(DEMO, 'catalogue.xlsx'));
  expect(add.status, add.stderr).toBe(0);
  const made = readOnlyFolder(src);
  if ('reason' in made) return made;
  ro = made;
  return { folder: made.path, path: join(made.path, 'client-a.sqlite') };
}

const media = archiveOnReadOnlyMediaProbe();
function archiveOnReadOnlyMediaProbe(): string | null {
  const probe = join(tmpdir(), `dossier-ro-probe-${process.pid}`);
  mkdirSync(probe, { recursive: true });
  const made = readOnlyFolder(probe);
  if ('reason' in made) return made.reason;
  made.release();
  return null;
}

describe.skipIf(media !== null)(`an archive on read-only media${media ? ` (skipped: ${media})` : ''}`, () => {
  it('lists, shows, verifies, exports and backs up; writes nothing beside it and leaves no copy', () => {
    const a = archiveOnReadOnlyMedia();
    if ('reason' in a) throw new Error(a.reason);
    const before = readdirSync(a.folder).sort();
    const bytes = readFileSync(a.path);
    const copies = copiesInTemp();

    const list = dossier('list', a.path, '--format', 'json');
    expect(list.status, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).shipments).toEqual([expect.objectContaining({ ref: 'HPH-2026-0117', errors: expect.any(Number) })]);
    expect(dossier('list', a.path, '--query', 'firewall').status).toBe(0);

    const show = dossier('show', a.path, 'HPH-2026-0117', '--format', 'json');
    expect(show.status, show.stderr).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ ref: 'HPH-2026-0117', documents: expect.arrayContaining([expect.objectContaining({ role: 'invoice' })]) });

    const verify = dossier('verify', a.path);
    expect(verify).toMatchObject({ status: 0, stderr: '' });
    expect(verify.stdout).toMatch(/all holds/);

    const out = join(tempDir(), 'export');
    const exp = dossier('export', a.path, 'HPH-2026-0117', '--out', out);
    expect(exp.status, exp.stderr).toBe(0);
    expect(readFileSync(join(out, 'data', 'invoice.xlsx')).equals(readFileSync(join(DEMO, 'invoice.xlsx')))).toBe(true); // a BagIt bag

    const backup = join(tempDir(), 'backup.sqlite');
    expect(dossier('backup', a.path, backup).status).toBe(0);
    expect(dossier('verify', backup).status).toBe(0);

    expect(dossier('init', a.path)).toMatchObject({ status: 0, stdout: expect.stringMatching(/already a dossier archive/) });

    expect(readdirSync(a.folder).sort()).toEqual(before); // no -wal, -shm or journal beside it
    expect(readFileSync(a.path).equals(bytes)).toBe(true);
    expect(copiesInTemp()).toEqual(copies);
  });

  it('refuses a write in one line saying the archive is on read-only media', () => {
    const a = archiveOnReadOnlyMedia();
    if ('reason' in a) throw new Error(a.reason);
    const add = dossier('add', a.path, '--ref', 'HPH-2026-0200', '--invoice', join(DEMO, 'invoice.xlsx'), '--packing-list', join(DEMO, 'packing-list.xlsx'));
    expect(add.status).toBe(2);
    expect(add.stderr.trimEnd().split('\n')).toEqual([
      `dossier: ${a.path} is on read-only media (a DVD, a write-protected USB stick or folder): nothing can be added or changed in it; copy the archive to a writable disk to make changes.`,
    ]);
    const init = dossier('init', join(a.folder, 'new.sqlite'));
    expect(init.status).toBe(2);
    expect(init.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/new\.sqlite cannot be created: its folder is on read-only media/)]);
    expect(existsSync(join(a.folder, 'new.sqlite'))).toBe(false);
    expect(JSON.parse(dossier('list', a.path, '--format', 'json').stdout).shipments).toHaveLength(1);
  });
});
