// One test per migration: create at N-1, insert as a writer of that version would, migrate, read.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openArchive, SCHEMA_VERSION } from '../../electron/archive/index.ts';
import { migrate, MIGRATIONS } from '../../electron/archive/migrations/index.ts';
import { migration009 } from '../../electron/archive/migrations/009_search_notes_parties.ts';
import { APPLICATION_ID } from '../../electron/archive/sql.ts';
import { tempDir } from './helpers.ts';

function dbAt(version: number): { db: Database.Database; path: string } {
  const path = join(tempDir(), 'm.sqlite');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  migrate(db, { to: version });
  return { db, path };
}

const tables = (db: Database.Database) => db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') ORDER BY name`).pluck().all();

describe('migrations', () => {
  it('are numbered 1..N without gaps, and the schema version is the last', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('001 initial: from an empty database, tables, application_id and an append-only audit', () => {
    const { db } = dbAt(0);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    migrate(db, { to: 1 });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(tables(db)).toEqual(expect.arrayContaining(['audit', 'audit_no_delete', 'audit_no_update', 'documents', 'files', 'findings', 'layouts', 'lines', 'shipment_files', 'shipments']));
    db.prepare(`INSERT INTO shipments (ref, direction, created_at) VALUES ('R', 'import', 'now')`).run();
    db.prepare(`INSERT INTO audit (seq, at, action, detail, hash) VALUES (1, 'now', 'x', '{}', ?)`).run('a'.repeat(64));
    expect(db.prepare('SELECT ref, status, errors FROM shipments').get()).toEqual({ ref: 'R', status: 'open', errors: 0 });
    expect(() => db.prepare(`UPDATE audit SET action = 'y'`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    expect(() => db.prepare(`INSERT INTO shipments (ref, direction, created_at) VALUES ('R2', 'sideways', 'now')`).run()).toThrow(/CHECK/);
    db.close();
  });

  it('002 search: a schema-1 archive’s folders are found after the upgrade', () => {
    const { db, path } = dbAt(1);
    // Rows as a schema-1 writer left them (no search index then).
    db.prepare(`INSERT INTO shipments (id, ref, direction, created_at) VALUES (7, 'OLD-2025-001', 'import', '2025-01-01T00:00:00Z')`).run();
    db.prepare(`INSERT INTO files (sha256, size, stored_at, content) VALUES (?, 1, 'then', x'00')`).run('b'.repeat(64));
    db.prepare(`INSERT INTO shipment_files (shipment_id, name, sha256, role, added_at) VALUES (7, 'hoá đơn.xlsx', ?, 'invoice', 'then')`).run('b'.repeat(64));
    db.prepare(`INSERT INTO documents (id, shipment_id, role, file_name, sha256, sheet, number, header_json, parsed_json, line_count)
                VALUES (3, 7, 'invoice', 'hoá đơn.xlsx', ?, 'S', 'HD-0042', '{}', '{}', 1)`).run('b'.repeat(64));
    db.prepare(`INSERT INTO lines (document_id, position, sheet, row, model, description, hs_code, sources_json)
                VALUES (3, 0, 'S', 11, 'ZX-9', 'Thiết bị mã hóa đường truyền', '85176259', '{}')`).run();
    db.prepare(`INSERT INTO audit (seq, at, action, ref, detail, hash) VALUES (1, 'then', 'shipment.added', 'OLD-2025-001', '{}', ?)`).run('c'.repeat(64));
    db.close();

    const a = openArchive(path);
    expect(a.connection.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    for (const q of ['thiet bi', 'duong truyen', '8517.62.59', '85176259', 'ZX-9', 'HD-0042', 'hoa don', 'OLD-2025']) {
      expect(a.listShipments({ query: q }).shipments.map((s) => s.ref), q).toEqual(['OLD-2025-001']);
    }
    const migrated = a.audit().filter((e) => e.action === 'archive.migrated').map((e) => JSON.parse(e.detail));
    expect(migrated[0]).toEqual({ from: 1, to: 2 });
    a.close();
  });

  it('003 search-cjk: Chinese text in a schema-2 archive becomes searchable inside words, other folders untouched', () => {
    const { db, path } = dbAt(2);
    // A schema-2 writer indexed Chinese runs as whole tokens only.
    const addFolder = (id: number, ref: string, description: string) => {
      db.prepare(`INSERT INTO shipments (id, ref, direction, created_at) VALUES (?, ?, 'import', '2025-06-01T00:00:00Z')`).run(id, ref);
      db.prepare(`INSERT INTO files (sha256, size, stored_at, content) VALUES (?, 1, 'then', x'00')`).run(String(id).repeat(64).slice(0, 64));
      db.prepare(`INSERT INTO documents (id, shipment_id, role, file_name, sha256, sheet, number, header_json, parsed_json, line_count)
                  VALUES (?, ?, 'invoice', 'inv.xlsx', ?, 'S', NULL, '{}', '{}', 1)`).run(id, id, String(id).repeat(64).slice(0, 64));
      db.prepare(`INSERT INTO lines (document_id, position, sheet, row, model, description, hs_code, sources_json)
                  VALUES (?, 0, 'S', 9, 'M-1', ?, '85176259', '{}')`).run(id, description);
      db.prepare(`INSERT INTO shipment_search (rowid, ref, models, hs_codes, descriptions, numbers, files) VALUES (?, ?, 'm1', '85176259', ?, '', 'inv xlsx')`)
        .run(id, ref.toLowerCase(), description);
    };
    addFolder(1, 'ZH-1', '防火墙设备');
    addFolder(2, 'VI-2', 'thiet bi tuong lua');
    const before = db.prepare(`SELECT count(*) FROM shipment_search WHERE shipment_search MATCH '"火墙"'`).pluck().get();
    expect(before).toBe(0);
    db.close();

    const a = openArchive(path);
    expect(a.connection.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(a.listShipments({ query: '火墙' }).shipments.map((s) => s.ref)).toEqual(['ZH-1']);
    expect(a.listShipments({ query: '设备' }).shipments.map((s) => s.ref)).toEqual(['ZH-1']);
    // The folder without Chinese keeps the index row its writer made, and is still found.
    expect(a.listShipments({ query: 'tuong lua' }).shipments.map((s) => s.ref)).toEqual(['VI-2']);
    // Later migrations add their own entries after it.
    expect(a.audit().map((e) => JSON.parse(e.detail))).toContainEqual({ from: 2, to: 3 });
    a.close();
  });

  it('009 search notes and parties: acknowledgement notes written before the upgrade are found after it', () => {
    const { db, path } = dbAt(migration009.version - 1);
    db.prepare(`INSERT INTO shipments (id, ref, direction, created_at) VALUES (4, 'HPH-2026-0900', 'import', '2026-01-01T00:00:00Z')`).run();
    db.prepare(`INSERT INTO findings (shipment_id, position, code, severity, model, params_json, refs_json, ack_note, ack_by, ack_at)
                VALUES (4, 0, 'QUANTITY_MISMATCH', 'error', 'FG-100F', '{}', '[]', 'Đã đối chiếu với tờ khai của Bảo Minh', 'Lan', 'then')`).run();
    db.prepare(`INSERT INTO shipment_search (rowid, ref, models, hs_codes, descriptions, numbers, files) VALUES (4, 'hph 2026 0900', '', '', '', '', '')`).run();
    expect(db.prepare(`SELECT count(*) FROM shipment_search WHERE shipment_search MATCH '"doi chieu"'`).pluck().get()).toBe(0);
    db.close();

    const a = openArchive(path);
    expect(a.listShipments({ query: 'doi chieu to khai' }).shipments.map((s) => s.ref)).toEqual(['HPH-2026-0900']);
    expect(a.listShipments({ query: '"bao minh"', limit: 10 }).shipments[0].match).toEqual(
      { field: 'note', text: 'Đã đối chiếu với tờ khai của Bảo Minh', marks: [[29, 37]] });
    expect(a.listShipments({ query: 'HPH-2026' }).shipments.map((s) => s.ref)).toEqual(['HPH-2026-0900']);
    a.close();
  });

  it('a new archive from an empty file is at the latest version with its creation audited', () => {
    const path = join(tempDir(), 'empty.sqlite');
    writeFileSync(path, '');
    const a = openArchive(path, { create: true });
    expect(a.connection.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(a.audit().map((e) => e.action)).toEqual(MIGRATIONS.map((m) => (m.version === 1 ? 'archive.created' : 'archive.migrated')));
    expect(a.verify()).toEqual([]);
    a.close();
  });

  it('each migration is atomic: a failing step leaves the version and tables of the step before', () => {
    const { db } = dbAt(1);
    db.exec('CREATE TABLE shipment_search (x)'); // makes 002's CREATE VIRTUAL TABLE fail
    expect(() => migrate(db)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });
});
