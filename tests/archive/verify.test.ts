// verify() against tampering done behind the application's back, through a separate raw connection.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../electron/archive/index.ts';
import { shipment, tempDir } from './helpers.ts';

function archiveWithTwoFolders(): string {
  const path = join(tempDir(), 'v.sqlite');
  const a = openArchive(path, { create: true });
  a.addShipment(shipment('HPH-1'));
  a.addShipment(shipment('HPH-2'));
  expect(a.verify()).toEqual([]);
  a.close();
  return path;
}

function tamper(path: string, fn: (db: Database.Database) => void): void {
  const db = new Database(path);
  fn(db);
  db.close();
}

const problemsOf = (path: string) => {
  const a = openArchive(path, { readonly: true });
  try { return a.verify(); } finally { a.close(); }
};

describe('verify', () => {
  it('reports a stored file whose bytes were changed, naming the folder and file', () => {
    const path = archiveWithTwoFolders();
    tamper(path, (db) => {
      db.prepare(`UPDATE files SET content = ? WHERE sha256 = (SELECT sha256 FROM shipment_files WHERE name = 'contract.pdf' AND shipment_id = (SELECT id FROM shipments WHERE ref = 'HPH-2'))`)
        .run(Buffer.from('%PDF forged'));
    });
    const problems = problemsOf(path);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/HPH-2\/contract\.pdf.*no longer matches its SHA-256/);
    expect(problems[0]).not.toMatch(/\n/);
  });

  it('reports an audit entry edited after its trigger was dropped', () => {
    const path = archiveWithTwoFolders();
    tamper(path, (db) => {
      db.exec('DROP TRIGGER audit_no_update');
      db.prepare(`UPDATE audit SET detail = '{"forged":true}' WHERE ref = 'HPH-1'`).run();
    });
    const problems = problemsOf(path);
    expect(problems.some((p) => /trigger audit_no_update\) has been removed/.test(p))).toBe(true);
    expect(problems.some((p) => /audit entry \d+ \(shipment\.added HPH-1.*does not match its hash chain/.test(p))).toBe(true);
  });

  it('reports an audit entry removed from the middle, and a folder with no audit entry', () => {
    const path = archiveWithTwoFolders();
    tamper(path, (db) => {
      db.exec('DROP TRIGGER audit_no_delete');
      db.prepare(`DELETE FROM audit WHERE ref = 'HPH-1'`).run();
    });
    const problems = problemsOf(path);
    expect(problems.some((p) => /audit entries \d+ to \d+ are missing/.test(p))).toBe(true);
    expect(problems.some((p) => /HPH-2.*does not match its hash chain/.test(p))).toBe(true);
    expect(problems.some((p) => /folder HPH-1 has no entry in the audit trail/.test(p))).toBe(true);
  });

  it('reports an audit entry rewritten with a recomputed-looking hash (the chain breaks after it)', () => {
    const path = archiveWithTwoFolders();
    tamper(path, (db) => {
      db.exec('DROP TRIGGER audit_no_update');
      db.prepare(`UPDATE audit SET hash = ? WHERE ref = 'HPH-1'`).run('f'.repeat(64));
    });
    const problems = problemsOf(path);
    expect(problems.filter((p) => /does not match its hash chain/.test(p)).length).toBeGreaterThanOrEqual(2);
  });

  it('reports findings changed without their folder’s summary', () => {
    const path = archiveWithTwoFolders();
    tamper(path, (db) => db.prepare(`DELETE FROM findings WHERE severity = 'error' AND shipment_id = (SELECT id FROM shipments WHERE ref = 'HPH-1')`).run());
    // The removed rows are named by the row hashes too (they cannot say which folder: the row is gone).
    expect(problemsOf(path)).toEqual([expect.stringMatching(/finding #\d+ was removed outside the application/), expect.stringMatching(/HPH-1: its summary counts differ/)]);
  });
});
