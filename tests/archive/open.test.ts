// Opening: files that are not archives, or are newer than this build, are refused without a byte changed.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ArchiveError, openArchive, SCHEMA_VERSION } from '../../electron/archive/index.ts';
import { shipment, tempDir } from './helpers.ts';

function expectRefused(path: string, code: ArchiveError['code'], message: RegExp, opts = {}): void {
  const before = readFileSync(path);
  const siblings = readdirSync(join(path, '..')).sort();
  let error: unknown;
  try {
    openArchive(path, opts).close();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ArchiveError);
  expect((error as ArchiveError).code).toBe(code);
  expect((error as ArchiveError).message).toMatch(message);
  expect((error as ArchiveError).message).not.toMatch(/\n/);
  expect(readFileSync(path).equals(before)).toBe(true);
  expect(readdirSync(join(path, '..')).sort()).toEqual(siblings); // no -wal/-shm/-journal left beside it
}

describe('openArchive refuses', () => {
  it('a text file, even with create', () => {
    const path = join(tempDir(), 'notes.sqlite');
    writeFileSync(path, 'Danh sách lô hàng\nnot a database\n');
    expectRefused(path, 'NOT_AN_ARCHIVE', /notes\.sqlite is not a dossier archive/);
    expectRefused(path, 'NOT_AN_ARCHIVE', /not a dossier archive/, { create: true });
  });

  it('another application’s SQLite database, in rollback or WAL mode', () => {
    for (const mode of ['delete', 'wal']) {
      const path = join(tempDir(), `other-${mode}.db`);
      const db = new Database(path);
      db.pragma(`journal_mode = ${mode}`);
      db.exec('CREATE TABLE shipments (ref TEXT); INSERT INTO shipments VALUES (\'x\')');
      db.close();
      expectRefused(path, 'NOT_AN_ARCHIVE', /SQLite database of another application/);
      expectRefused(path, 'NOT_AN_ARCHIVE', /another application/, { create: true });
    }
  });

  it('an archive written by a newer version', () => {
    const path = join(tempDir(), 'future.sqlite');
    const a = openArchive(path, { create: true });
    a.addShipment(shipment('HPH-1'));
    a.close();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expectRefused(path, 'NEWER_SCHEMA', new RegExp(`newer version.*format ${SCHEMA_VERSION + 1}.*update the application`));
    expectRefused(path, 'NEWER_SCHEMA', /newer version/, { readonly: true });
  });

  it('a newer archive whose WAL still holds the change (header not yet updated)', () => {
    const path = join(tempDir(), 'future-wal.sqlite');
    openArchive(path, { create: true }).close();
    const holder = new Database(path);
    holder.pragma('wal_autocheckpoint = 0');
    holder.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    // holder keeps the WAL alive (not checkpointed) while we look.
    expect(() => openArchive(path)).toThrowError(expect.objectContaining({ code: 'NEWER_SCHEMA' }));
    holder.close();
  });

  it('a missing file without create, an empty file, a folder', () => {
    const dir = tempDir();
    expect(() => openArchive(join(dir, 'nope.sqlite'))).toThrowError(expect.objectContaining({ code: 'NOT_FOUND', message: expect.stringMatching(/dossier archive init/) }));
    expect(existsSync(join(dir, 'nope.sqlite'))).toBe(false);
    writeFileSync(join(dir, 'empty.sqlite'), '');
    expectRefused(join(dir, 'empty.sqlite'), 'NOT_AN_ARCHIVE', /is empty/);
    mkdirSync(join(dir, 'folder.sqlite'));
    expect(() => openArchive(join(dir, 'folder.sqlite'))).toThrowError(expect.objectContaining({ code: 'NOT_AN_ARCHIVE', message: expect.stringMatching(/is a folder/) }));
  });
});

describe('openArchive creates', () => {
  it('atomically: no temporary file is left, and the result is a valid archive', () => {
    const dir = tempDir();
    const a = openArchive(join(dir, 'new.sqlite'), { create: true });
    expect(a.verify()).toEqual([]);
    a.close();
    expect(readdirSync(dir)).toEqual(['new.sqlite']);
  });

  it('and reopening an existing archive with create changes nothing', () => {
    const dir = tempDir();
    const path = join(dir, 'a.sqlite');
    const a = openArchive(path, { create: true });
    a.addShipment(shipment('HPH-1'));
    const audit = a.audit().length;
    a.close();
    const b = openArchive(path, { create: true });
    expect(b.listShipments({}).total).toBe(1);
    expect(b.audit().length).toBe(audit);
    b.close();
  });

  it('leaves no -wal/-shm after a read-only use is closed', () => {
    const dir = tempDir();
    const path = join(dir, 'a.sqlite');
    openArchive(path, { create: true }).close();
    const r = openArchive(path, { readonly: true });
    r.verify();
    r.close();
    expect(readdirSync(dir)).toEqual(['a.sqlite']);
  });
});

describe('backup', () => {
  it('writes a consistent, verifiable copy while another connection writes, and refuses to overwrite', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.sqlite');
    const writer = openArchive(path, { create: true });
    for (let i = 0; i < 20; i++) writer.addShipment(shipment(`B-${i}`));
    const reader = openArchive(path, { readonly: true });
    const done = reader.backup(join(dir, 'copy.sqlite'));
    writer.addShipment(shipment('DURING'));
    await done;
    const copy = openArchive(join(dir, 'copy.sqlite'), { readonly: true });
    expect(copy.verify()).toEqual([]);
    expect(copy.listShipments({}).total).toBeGreaterThanOrEqual(20);
    expect(copy.getShipment('B-7').findings).toHaveLength(3);
    copy.close();
    await expect(reader.backup(join(dir, 'copy.sqlite'))).rejects.toThrow(/already exists/);
    await expect(reader.backup(path)).rejects.toThrow(/archive itself/);
    reader.close();
    writer.close();
    expect(readdirSync(dir).filter((f) => f.includes('backup-'))).toEqual([]);
  });
});
