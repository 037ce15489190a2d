// Item 10c of issue 8: verify covers every stored row a report is built from. A changed byte in a document's
// JSON, a finding's parameters or a line — made with another SQLite tool, or flipped in the file itself — is
// reported in one line naming the folder; every write the application makes keeps verify at "all holds".
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migration007 } from '../../electron/archive/migrations/007_row_hashes.ts';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../electron/archive/index.ts';
import { migrate } from '../../electron/archive/migrations/index.ts';
import { FINDINGS, incoming, shipment, tempDir } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = join(ROOT, 'seeds/demo');
const dossier = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/dossier.mjs'), 'archive', ...args], { encoding: 'utf8' });

function demoArchive(): string {
  const path = join(tempDir(), 'client.sqlite');
  expect(dossier('init', path).status).toBe(0);
  const add = dossier('add', path, '--ref', 'HPH-2026-0117', '--date', '2026-11-20', '--invoice', join(DEMO, 'invoice.xlsx'),
    '--packing-list', join(DEMO, 'packing-list.xlsx'), '--permit', join(DEMO, 'permit.xlsx'), '--catalogue', join(DEMO, 'catalogue.xlsx'));
  expect(add.status, add.stderr).toBe(0);
  expect(dossier('verify', path).status).toBe(0);
  return path;
}

/** Another SQLite program editing the file: no application connection, so no hash follows the change. */
function tamper(path: string, sql: string): void {
  const db = new Database(path);
  expect(db.prepare(sql).run().changes).toBe(1);
  db.close();
}

function expectVerifyFails(path: string, pattern: RegExp): string[] {
  const r = dossier('verify', path);
  expect(r.status).toBe(1);
  const lines = r.stdout.trimEnd().split('\n');
  expect(lines.some((l) => pattern.test(l)), r.stdout).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  return lines;
}

describe('verify and the rows a report is built from (CLI)', () => {
  it('reports a changed byte in a stored document’s JSON that still parses', () => {
    const path = demoArchive();
    // One digit of the header-row position: still valid JSON, show and export would print it without a word.
    tamper(path, `UPDATE documents SET parsed_json = replace(parsed_json, '"headerStart":', '"headerStart":1') WHERE role = 'invoice'`);
    const lines = expectVerifyFails(path, /shipment folder HPH-2026-0117: the invoice invoice\.xlsx as read was changed outside the application \(it does not match the hash stored with it\): restore the archive from a backup\./);
    expect(lines).toHaveLength(1);
  });

  it('reports a finding whose parameters were changed', () => {
    const path = demoArchive();
    tamper(path, `UPDATE findings SET params_json = replace(params_json, '"invoice":', '"invoice":9') WHERE id = (SELECT min(id) FROM findings WHERE code = 'QUANTITY_MISMATCH')`);
    expectVerifyFails(path, /HPH-2026-0117: finding #\d+ \(QUANTITY_MISMATCH\) was changed outside the application/);
  });

  it('reports a line whose quantity was changed, and a finding deleted', () => {
    const path = demoArchive();
    tamper(path, `UPDATE lines SET quantity = quantity + 1 WHERE id = (SELECT min(id) FROM lines)`);
    tamper(path, `DELETE FROM findings WHERE id = (SELECT max(id) FROM findings WHERE severity = 'info')`);
    const lines = expectVerifyFails(path, /HPH-2026-0117: the line read from invoice\.xlsx, sheet "[^"]+", row \d+, was changed outside the application/);
    expect(lines.some((l) => /finding #\d+ was removed outside the application/.test(l))).toBe(true);
  });

  it('reports a byte flipped in the file itself, under SQLite', () => {
    const path = demoArchive();
    const bytes = readFileSync(path);
    // A finding's parameters as stored on disk: change one digit in place, as a failing disk would.
    const at = bytes.indexOf(Buffer.from('"packing_list":'));
    expect(at).toBeGreaterThan(0);
    const digit = at + '"packing_list":'.length;
    expect(String.fromCharCode(bytes[digit])).toMatch(/\d/);
    bytes[digit] = bytes[digit] === 0x39 ? 0x38 : bytes[digit] + 1;
    writeFileSync(path, bytes);
    expectVerifyFails(path, /HPH-2026-0117: finding #\d+ \(\w+\) was changed outside the application/);
  });
});

describe('row hashes follow every write of the application', () => {
  it('adding, replacing documents (their lines go with them), re-checking, acknowledging: verify holds', () => {
    const path = join(tempDir(), 'a.sqlite');
    const a = openArchive(path, { create: true });
    a.addShipment(shipment('HPH-1'));
    a.createShipment('HPH-2', 'export', '2026-12-24');
    a.addDocument('HPH-2', incoming('invoice', 'inv.xlsx', [{ model: 'A', qty: 1 }, { model: 'B', qty: 2 }]));
    a.addDocument('HPH-2', incoming('invoice', 'inv-v2.xlsx', [{ model: 'A', qty: 3 }]));
    a.addAttachment('HPH-2', { name: 'bl.pdf', bytes: new Uint8Array([1, 2, 3]) }, 'trade');
    const [f] = a.replaceFindings('HPH-2', FINDINGS, '2026-11-21', 'nd58-2016');
    a.acknowledgeFinding('HPH-2', f.id, 'checked with the supplier', 'Lan');
    a.saveLayout('k', { headerRow: 3 });
    expect(a.verify()).toEqual([]);
    a.close();
    const db = new Database(path, { readonly: true });
    const counts = db.prepare(`SELECT tbl, count(*) n FROM row_hashes GROUP BY tbl ORDER BY tbl`).all();
    const rows = db.prepare(`SELECT (SELECT count(*) FROM documents) d, (SELECT count(*) FROM lines) l, (SELECT count(*) FROM findings) f,
      (SELECT count(*) FROM shipments) s, (SELECT count(*) FROM shipment_files) sf, (SELECT count(*) FROM document_versions) v`).get() as Record<string, number>;
    db.close();
    // The replaced invoice is kept as a version (schema 8), hashed like the rest.
    expect(rows.v).toBe(1);
    expect(counts).toEqual([
      { tbl: 'document_versions', n: rows.v }, { tbl: 'documents', n: rows.d }, { tbl: 'findings', n: rows.f }, { tbl: 'lines', n: rows.l }, { tbl: 'shipment_files', n: rows.sf }, { tbl: 'shipments', n: rows.s },
    ]);
  });

  it('an archive of the previous format gets a hash for every row it holds when upgraded', () => {
    const path = join(tempDir(), 'old.sqlite');
    const a = openArchive(path, { create: true });
    a.addShipment(shipment('OLD-1'));
    a.close();
    // Back to the format before row hashes, as an older version left it.
    const db = new Database(path);
    // (and before the kept versions of schema 8 and the register's entries and texts of schema 9, which came after it)
    db.exec('DROP TABLE row_hashes; DROP TABLE document_versions; DROP TABLE permit_entries; DROP TABLE permit_texts; ALTER TABLE findings DROP COLUMN reopened_json');
    const before = migration007.version - 1;
    db.pragma(`user_version = ${before}`);
    db.close();
    const upgraded = openArchive(path);
    expect(upgraded.verify()).toEqual([]);
    upgraded.close();
    tamper(path, `UPDATE documents SET header_json = replace(header_json, 'INV-OLD-1', 'INV-OLD-2') WHERE role = 'invoice'`);
    expectVerifyFails(path, /OLD-1: the invoice invoice\.xlsx as read was changed/);
  });

  it('the migration hashes rows on a bare connection too (no application function registered)', () => {
    const path = join(tempDir(), 'bare.sqlite');
    const db = new Database(path);
    expect(() => migrate(db)).not.toThrow();
    expect(db.prepare(`SELECT count(*) FROM row_hashes`).pluck().get()).toBe(0);
    db.close();
  });
});
