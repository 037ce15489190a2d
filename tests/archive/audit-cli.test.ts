// `dossier archive declare | retention | delete | outage | restore | init --encrypt | passphrase` per the contract
// (revision 2), in process with captured io; the SIGKILL and raw-file tests run the real CLI (encryption.test.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runArchiveCommand } from '../../electron/cli/archive-command.ts';
import { tempDir } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = join(ROOT, 'seeds/demo');
const FILES = ['--invoice', join(DEMO, 'invoice.xlsx'), '--packing-list', join(DEMO, 'packing-list.xlsx'), '--permit', join(DEMO, 'permit.xlsx')];

const saved = { ...process.env };
afterEach(() => {
  for (const k of ['DOSSIER_CHECK_DATE', 'DOSSIER_PASSPHRASE', 'DOSSIER_NEW_PASSPHRASE']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

async function run(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runArchiveCommand(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s.endsWith('\n') ? s : s + '\n'; } });
  return { status, stdout, stderr };
}

function oneLineError(r: { status: number; stderr: string }, pattern: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

async function archiveWith(...refs: string[]): Promise<string> {
  const path = join(tempDir(), 'a.sqlite');
  expect((await run('init', path)).status).toBe(0);
  for (const ref of refs) expect((await run('add', path, '--ref', ref, '--date', '2026-11-20', ...FILES)).status).toBe(0);
  return path;
}

const json = (r: { stdout: string }) => JSON.parse(r.stdout);

describe('declare and retention', () => {
  it('declare records the declaration; show and list show it; retention --format json is exactly the contract\'s shape', async () => {
    const path = await archiveWith('HPH-1', 'HPH-2', 'HPH-3');
    process.env.DOSSIER_CHECK_DATE = '2029-03-01';
    expect(await run('declare', path, 'HPH-1', '--number', '105123456789', '--date', '2024-02-29', '--office', '03CC'))
      .toMatchObject({ status: 0, stdout: expect.stringMatching(/keep until 2029-02-28/) });
    expect((await run('declare', path, 'HPH-2', '--number', '105123456790', '--date', '2026-11-21')).status).toBe(0);
    const show = json(await run('show', path, 'HPH-1', '--format', 'json'));
    expect(show.declaration).toEqual({ number: '105123456789', declared_on: '2024-02-29', office: '03CC', paper: false, keep_until: '2029-02-28', outage_id: null, electronic_number: null });
    expect((await run('show', path, 'HPH-1')).stdout).toMatch(/Keep until: +2029-02-28/);
    expect(json(await run('list', path, '--query', '105123456789', '--format', 'json')).shipments).toEqual([
      expect.objectContaining({ ref: 'HPH-1', declaration_number: '105123456789', keep_until: '2029-02-28' })]);
    expect(json(await run('list', path, '--format', 'json')).shipments.find((s: { ref: string }) => s.ref === 'HPH-3')).toMatchObject({ declaration_number: null, keep_until: null });
    expect((await run('list', path)).stdout).toMatch(/HPH-1 .* 105123456789 +2029-02-28/);
    expect(json(await run('retention', path, '--format', 'json'))).toEqual({ folders: [
      { ref: 'HPH-1', declaration_number: '105123456789', declared_on: '2024-02-29', keep_until: '2029-02-28', status: 'due' },
      { ref: 'HPH-2', declaration_number: '105123456790', declared_on: '2026-11-21', keep_until: '2031-11-21', status: 'keep' },
      { ref: 'HPH-3', declaration_number: null, declared_on: null, keep_until: null, status: 'undeclared' },
    ] });
    process.env.DOSSIER_CHECK_DATE = '2029-02-28';
    expect(json(await run('retention', path, '--format', 'json')).folders[0].status).toBe('keep');
    expect(json(await run('retention', path, '--due-before', '2030-01-01', '--format', 'json')).folders.map((f: { ref: string }) => f.ref)).toEqual(['HPH-1']);
    expect((await run('retention', path)).stdout).toMatch(/HPH-1 +105123456789 +2024-02-29 +2029-02-28 +keep/);
  });

  it('bad arguments: one line, exit 2, nothing changed', async () => {
    const path = await archiveWith('HPH-1');
    const before = readFileSync(path);
    oneLineError(await run('declare', path, 'HPH-1', '--date', '2026-01-01'), /--number/);
    oneLineError(await run('declare', path, 'HPH-1', '--number', '1'), /--date/);
    oneLineError(await run('declare', path, 'HPH-1', '--number', '1', '--date', '2026-13-01'), /YYYY-MM-DD/);
    oneLineError(await run('declare', path, 'NOPE', '--number', '1', '--date', '2026-01-01'), /no shipment folder "NOPE"/);
    oneLineError(await run('retention', path, '--due-before', 'soon'), /--due-before must be a date/);
    oneLineError(await run('retention', path, '--keep-years', '3'), /from 5/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('--keep-years sets the archive\'s period for every folder', async () => {
    const path = await archiveWith('HPH-1');
    await run('declare', path, 'HPH-1', '--number', '1', '--date', '2020-05-05');
    expect(json(await run('retention', path, '--keep-years', '10', '--format', 'json')).folders[0].keep_until).toBe('2030-05-05');
    expect(json(await run('retention', path, '--format', 'json')).folders[0].keep_until).toBe('2030-05-05');
  });
});

describe('delete', () => {
  it('refused before keep-until with one line saying until when; allowed after; verify holds; the audit trail keeps the disposal', async () => {
    const path = await archiveWith('HPH-1', 'HPH-2');
    await run('declare', path, 'HPH-1', '--number', '105123456789', '--date', '2024-02-29');
    process.env.DOSSIER_CHECK_DATE = '2029-02-28';
    const before = readFileSync(path);
    oneLineError(await run('delete', path, 'HPH-1'), /HPH-1 must be kept until 2029-02-28/);
    expect(readFileSync(path).equals(before)).toBe(true);
    process.env.DOSSIER_CHECK_DATE = '2029-03-01';
    const r = await run('delete', path, 'HPH-1');
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(r.stdout).toMatch(/Deleted folder HPH-1 \(declaration 105123456789 of 2024-02-29, kept until 2029-02-28\)/);
    expect(r.stdout).toMatch(/invoice\.xlsx +invoice +\d+ +[0-9a-f]{64}/);
    oneLineError(await run('show', path, 'HPH-1'), /no shipment folder "HPH-1"/);
    expect((await run('verify', path)).status).toBe(0);
    // An undeclared folder may go at any time, recorded the same way.
    expect((await run('delete', path, 'HPH-2')).status).toBe(0);
    expect((await run('verify', path)).status).toBe(0);
    const db = new Database(path, { readonly: true });
    const disposals = db.prepare(`SELECT ref, detail FROM audit WHERE action = 'shipment.disposed' ORDER BY seq`).all() as { ref: string; detail: string }[];
    db.close();
    expect(disposals.map((d) => d.ref)).toEqual(['HPH-1', 'HPH-2']);
    expect(JSON.parse(disposals[0].detail).files.map((f: { name: string }) => f.name)).toEqual(['invoice.xlsx', 'packing-list.xlsx', 'permit.xlsx']);
    expect(JSON.parse(disposals[1].detail).declaration).toBeNull();
  });
});

describe('outage register', () => {
  it('add, declare --paper ties to it, list --format json per the contract, resolve records the re-entry', async () => {
    const path = await archiveWith('HPH-1', 'HPH-2');
    const add = await run('outage', 'add', path, '--from', '2026-11-19 22:00', '--to', '2026-11-20 15:30', '--notice', 'Thông báo 123/TB-CNTT');
    expect(add).toMatchObject({ status: 0, stdout: expect.stringMatching(/Recorded outage 1/) });
    expect((await run('declare', path, 'HPH-1', '--number', 'GIAY-001', '--date', '2026-11-20', '--paper')).stdout).toMatch(/Tied to outage 1/);
    expect((await run('declare', path, 'HPH-2', '--number', '105000000002', '--date', '2026-11-20')).status).toBe(0);
    const list = json(await run('outage', 'list', path, '--format', 'json'));
    expect(list).toEqual({ outages: [{ id: 1, from: '2026-11-19 22:00', to: '2026-11-20 15:30', notice: 'Thông báo 123/TB-CNTT',
      declarations: [{ ref: 'HPH-1', number: 'GIAY-001', declared_on: '2026-11-20', reentered: false, electronic_number: null }] }] });
    process.env.DOSSIER_CHECK_DATE = '2026-11-27';
    expect((await run('outage', 'list', path)).stdout).toMatch(/HPH-1: paper declaration GIAY-001 of 2026-11-20, still to be entered electronically \(7 day\(s\) since\)/);
    expect(await run('outage', 'resolve', path, 'HPH-1', '--number', '105777000111')).toMatchObject({ status: 0 });
    expect(json(await run('outage', 'list', path, '--format', 'json')).outages[0].declarations[0]).toMatchObject({ reentered: true, electronic_number: '105777000111' });
    oneLineError(await run('outage', 'resolve', path, 'HPH-2', '--number', '1'), /HPH-2 has no paper declaration/);
    oneLineError(await run('outage', 'add', path, '--from', '2026-11-19'), /YYYY-MM-DD HH:MM/);
    oneLineError(await run('outage', 'add', path), /--from/);
    oneLineError(await run('outage', 'what', path), /not an outage action/);
    expect((await run('verify', path)).status).toBe(0);
  });

  it('outage list on an archive with none says so', async () => {
    const path = await archiveWith();
    expect((await run('outage', 'list', path)).stdout).toMatch(/No outage/);
    expect(json(await run('outage', 'list', path, '--format', 'json'))).toEqual({ outages: [] });
  });
});

describe('restore', () => {
  it('writes a verified copy to a new path and refuses to overwrite', async () => {
    const path = await archiveWith('HPH-1');
    const dir = tempDir();
    const backup = join(dir, 'b.sqlite');
    expect((await run('backup', path, backup)).status).toBe(0);
    const dest = join(dir, 'restored.sqlite');
    expect(await run('restore', backup, dest)).toMatchObject({ status: 0, stdout: expect.stringMatching(/verified/) });
    expect(json(await run('list', dest, '--format', 'json')).shipments.map((s: { ref: string }) => s.ref)).toEqual(['HPH-1']);
    expect((await run('verify', dest)).status).toBe(0);
    const before = readFileSync(dest);
    oneLineError(await run('restore', backup, dest), /already exists/);
    oneLineError(await run('restore', backup, path), /already exists/);
    expect(readFileSync(dest).equals(before)).toBe(true);
    oneLineError(await run('restore', join(dir, 'none.sqlite'), join(dir, 'x.sqlite')), /does not exist/);
  });

  it('a backup whose stored file was altered is not restored', async () => {
    const path = await archiveWith('HPH-1');
    const dir = tempDir();
    const backup = join(dir, 'b.sqlite');
    await run('backup', path, backup);
    const db = new Database(backup);
    db.prepare(`UPDATE files SET content = x'00' || substr(content, 2) WHERE id = 1`).run();
    db.close();
    const r = await run('restore', backup, join(dir, 'r.sqlite'));
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/no longer matches its SHA-256/);
    expect(r.stderr).toMatch(/does not verify.*nothing was restored/);
    expect(existsSync(join(dir, 'r.sqlite'))).toBe(false);
  });
});

describe('encryption (in process)', () => {
  it('init --encrypt, every command with the passphrase; wrong or missing passphrase: exit 2, "wrong passphrase", nothing changed', async () => {
    const path = join(tempDir(), 'e.sqlite');
    process.env.DOSSIER_PASSPHRASE = 'mật khẩu đủ dài';
    expect(await run('init', path, '--encrypt')).toMatchObject({ status: 0, stdout: expect.stringMatching(/Created encrypted archive/) });
    expect((await run('add', path, '--ref', 'HPH-SECRET-0117', '--date', '2026-11-20', ...FILES)).status).toBe(0);
    expect((await run('declare', path, 'HPH-SECRET-0117', '--number', '105', '--date', '2026-11-21')).status).toBe(0);
    expect((await run('verify', path)).status).toBe(0);
    const before = readFileSync(path);
    for (const pass of ['wrong passphrase!', undefined]) {
      if (pass === undefined) delete process.env.DOSSIER_PASSPHRASE;
      else process.env.DOSSIER_PASSPHRASE = pass;
      for (const cmd of [['list', path], ['verify', path], ['show', path, 'HPH-SECRET-0117'], ['retention', path], ['delete', path, 'HPH-SECRET-0117'],
        ['add', path, '--ref', 'X', ...FILES], ['backup', path, path + '.bak'], ['init', path]]) {
        oneLineError(await run(...cmd), /wrong passphrase/);
      }
    }
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(path + '.bak')).toBe(false);
  });

  it('a passphrase under 8 characters is refused; --encrypt on an existing plain archive is refused', async () => {
    const path = join(tempDir(), 'e.sqlite');
    process.env.DOSSIER_PASSPHRASE = 'short';
    oneLineError(await run('init', path, '--encrypt'), /at least 8 characters/);
    expect(existsSync(path)).toBe(false);
    delete process.env.DOSSIER_PASSPHRASE;
    const plain = await archiveWith();
    process.env.DOSSIER_PASSPHRASE = 'long enough passphrase';
    oneLineError(await run('init', plain, '--encrypt'), /already a plain/);
  });

  it('passphrase change: the old one no longer opens it, the new one does; a plain archive cannot be rekeyed', async () => {
    const path = join(tempDir(), 'e.sqlite');
    process.env.DOSSIER_PASSPHRASE = 'first passphrase';
    await run('init', path, '--encrypt');
    await run('add', path, '--ref', 'HPH-1', '--date', '2026-11-20', ...FILES);
    process.env.DOSSIER_NEW_PASSPHRASE = 'second passphrase';
    expect((await run('passphrase', path)).status).toBe(0);
    oneLineError(await run('list', path), /wrong passphrase/);
    process.env.DOSSIER_PASSPHRASE = 'second passphrase';
    expect(json(await run('list', path, '--format', 'json')).shipments).toHaveLength(1);
    expect((await run('verify', path)).status).toBe(0);
    delete process.env.DOSSIER_PASSPHRASE;
    oneLineError(await run('passphrase', await archiveWith()), /not encrypted/);
  });

  it('plain archives are unchanged with DOSSIER_PASSPHRASE set (it is ignored for them)', async () => {
    const path = await archiveWith('HPH-1');
    process.env.DOSSIER_PASSPHRASE = 'irrelevant passphrase';
    expect(json(await run('list', path, '--format', 'json')).shipments).toHaveLength(1);
    expect(readFileSync(path).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  });
});

it('a random non-SQLite file is still "not a dossier archive", whatever its size', async () => {
  const path = join(tempDir(), 'x.sqlite');
  writeFileSync(path, 'hello');
  oneLineError(await run('list', path), /not a dossier archive/);
});

it('restore of a backup made before an upgrade: the copy is upgraded and verified, the backup is not touched', async () => {
  const { migrate } = await import('../../electron/archive/migrations/index.ts');
  const { appendAudit } = await import('../../electron/archive/audit.ts');
  const dir = tempDir();
  const backup = join(dir, 'old-backup.sqlite');
  const db = new Database(backup);
  migrate(db, { to: 3, afterEach: (from, to) => appendAudit(db, '2025-01-01T00:00:00Z', from === 0 ? 'archive.created' : 'archive.migrated', null, { from, to }) });
  db.close();
  const before = readFileSync(backup);
  const dest = join(dir, 'restored.sqlite');
  expect(await run('restore', backup, dest)).toMatchObject({ status: 0, stdout: expect.stringMatching(/verified/) });
  expect(readFileSync(backup).equals(before)).toBe(true);
  expect((await run('verify', dest)).status).toBe(0);
  expect(json(await run('retention', dest, '--format', 'json'))).toEqual({ folders: [] });
});
