// The permit register is kept materialised (permit_entries, permit_texts; schema 10): `archive permits` prints the
// stored entries (JSON) and tables (text). After every kind of write that changes draws, copies or cancellations,
// they must be what a recomputation from permit_draws gives, and byte for byte what the listing would print.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openArchive, permitsJson, permitsText, type SqliteArchive } from '../../electron/archive/index.ts';
import { migration010 } from '../../electron/archive/migrations/010_permit_entries.ts';
import { staleRegisterEntries } from '../../electron/archive/permit-entries.ts';
import { runArchiveCommand } from '../../electron/cli/archive-command.ts';
import { tempDir } from './helpers.ts';
import { folder, invoiceFile, permitFile } from './permit-fixtures.ts';

const N = '125/GP-BCY';
const M = '126/GP-BCY';

function fresh(path = join(tempDir(), 'e.sqlite')): SqliteArchive {
  let t = Date.parse('2026-11-20T08:00:00Z');
  return openArchive(path, { create: true, now: () => new Date((t += 1000)) });
}

const utf8 = (r: { chunks: readonly Uint8Array[] }) => Buffer.concat(r.chunks).toString('utf8');

/** What the listing prints, computed from the register's rows (the path the entries replaced for JSON). */
const listed = (a: SqliteArchive, q: Parameters<SqliteArchive['listPermits']>[0] = {}) => JSON.stringify(permitsJson(a.listPermits(q)), null, 2) + '\n';

/** The text as laid out from the register's rows, in both languages and as of a day. */
const listedText = (a: SqliteArchive, lang: 'en' | 'vi', day: string, q: Parameters<SqliteArchive['listPermits']>[0] = {}) =>
  permitsText(a.listPermits(q), lang, day, q.number !== undefined || q.expiringWithin !== undefined);

function expectInStep(a: SqliteArchive, step: string): void {
  expect(staleRegisterEntries(a.connection), step).toEqual([]);
  expect(utf8(a.permitsJson()), step).toBe(listed(a));
  for (const lang of ['en', 'vi'] as const) expect(utf8(a.permitsText({}, lang, '2026-11-20')), `${step} (${lang})`).toBe(listedText(a, lang, '2026-11-20'));
}

describe('the materialised permit register', () => {
  it('stays equal to its recomputation after add, re-import, re-check, replaced documents, use, cancel, adjustment, declaration and disposal', () => {
    const a = fresh();
    expectInStep(a, 'empty');
    a.addShipment(folder(a, 'A', [{ model: 'SRX300', qty: 8 }, { model: 'SRX345', qty: 1 }], permitFile(N, [{ model: 'SRX300', qty: 20 }, { model: 'SRX345', qty: 4 }])));
    expectInStep(a, 'add registering a permit');
    a.addShipment(folder(a, 'B', [{ model: 'SRX300', qty: 8 }], { number: N }));
    a.addShipment(folder(a, 'C', [{ model: 'SRX300', qty: 8 }], { number: N }));
    expectInStep(a, 'adds by number, C over the line');
    // Another copy of the same permit, its lines different: a second file on the permit, the folder draws on it.
    a.addShipment(folder(a, 'D', [{ model: 'SRX345', qty: 2 }], permitFile(N, [{ model: 'SRX300', qty: 20 }, { model: 'SRX345', qty: 5 }], { file: 'copy.xlsx' })));
    expectInStep(a, 'add with a differing copy');
    a.addDocument('B', invoiceFile('B', [{ model: 'SRX300', qty: 8 }]));
    expectInStep(a, 're-import of the same invoice');
    a.replaceFindings('B', [], '2026-11-21');
    expectInStep(a, 're-check');
    a.addDocument('B', invoiceFile('B', [{ model: 'SRX300', qty: 2.5 }]));
    expectInStep(a, 'replaced invoice');
    a.addShipment(folder(a, 'E', [{ model: 'SRX300', qty: 3 }], permitFile(M, [{ model: 'SRX300', qty: 50 }])));
    a.addDocument('A', permitFile(M, [{ model: 'SRX300', qty: 50 }], { file: 'a-permit.xlsx' }));
    expectInStep(a, 'replaced permit: A draws on the other permit');
    a.addShipment(folder(a, 'G', [{ model: 'SRX300', qty: 1 }], permitFile('7/GP-BCY', [{ model: 'SRX300', qty: 1 }])));
    // The app's way: a folder made empty, its invoice added, then a registered permit chosen (and changed).
    a.createShipment('F', 'import');
    a.addDocument('F', invoiceFile('F', [{ model: 'SRX300', qty: 4 }]));
    a.usePermit('F', M);
    a.usePermit('F', N);
    expectInStep(a, 'a registered permit used, then another');
    a.cancelShipment('C', 'will not go ahead');
    expectInStep(a, 'cancel');
    a.adjustPermit(N, 'SRX345', 0.1, 'declared on 10412345678 before this archive');
    a.adjustPermit(N, 'SRX300', -1, 'given back');
    expectInStep(a, 'adjustments');
    // Declared folders draw first, in the order of their declarations: a declaration reorders the draws.
    a.declare('F', { number: '10581234567', declaredOn: '2026-11-24' });
    expectInStep(a, 'a declaration: F now draws before B');
    a.declare('B', { number: '10581234568', declaredOn: '2026-11-25' });
    expectInStep(a, 'declarations');
    expect(JSON.parse(utf8(a.permitsJson({ number: N }))).permits[0].lines[0].shipments.map((s: { ref: string }) => s.ref))
      .toEqual(['F', 'B']);
    // A registered permit N (and its first file) and drew on M: both permits' entries name it until it goes.
    a.deleteShipment('A', '2026-11-30');
    expectInStep(a, 'disposal of the folder that registered a permit and drew on another');
    a.deleteShipment('C', '2026-11-30');
    expectInStep(a, 'disposal of a cancelled folder');
    expect(a.verify()).toEqual([]);
    const register = JSON.parse(utf8(a.permitsJson()));
    expect(register.permits.map((p: { number: string }) => p.number)).toEqual([N, M, '7/GP-BCY']);
    expect(register.permits[0].registered_by).toBeNull();
    a.close();
  });

  it('filters by number and by expiry at query time: nothing of the day is stored', () => {
    const a = fresh();
    a.addShipment(folder(a, 'A', [{ model: 'SRX300', qty: 1 }], permitFile(N, [{ model: 'SRX300', qty: 5 }], { validUntil: '10/12/2026' })));
    a.addShipment(folder(a, 'B', [{ model: 'SRX300', qty: 1 }], permitFile(M, [{ model: 'SRX300', qty: 5 }], { validUntil: '14/10/2027' })));
    for (const today of ['2026-11-20', '2027-09-20', '2027-12-01']) {
      const q = { expiringWithin: 30, today };
      expect(utf8(a.permitsJson(q)), today).toBe(listed(a, q));
      // The text's first lines count the days left (or say expired) as of the day asked, not the day stored.
      for (const lang of ['en', 'vi'] as const) {
        expect(utf8(a.permitsText(q, lang, today)), `${today} ${lang}`).toBe(listedText(a, lang, today, q));
        expect(utf8(a.permitsText({}, lang, today)), `${today} ${lang}`).toBe(listedText(a, lang, today));
      }
    }
    expect(utf8(a.permitsText({}, 'en', '2026-11-20'))).toContain(`${N} — direction not stated, CÔNG TY TNHH XUẤT NHẬP KHẨU THIẾT BỊ MẠNG VIỆT; 2026-10-15 → valid until 2026-12-10 (20 days left)`);
    expect(utf8(a.permitsText({}, 'en', '2026-12-11'))).toContain(`${N} — direction not stated, CÔNG TY TNHH XUẤT NHẬP KHẨU THIẾT BỊ MẠNG VIỆT; 2026-10-15 → EXPIRED on 2026-12-10`);
    expect(utf8(a.permitsText({ number: '404' }, 'vi', '2026-11-20'))).toBe('Không có giấy phép nào phù hợp.\n');
    expect(a.permitsJson({ expiringWithin: 30, today: '2026-11-20' }).count).toBe(1);
    expect(a.permitsJson({ expiringWithin: 30, today: '2027-09-20' }).count).toBe(1);
    expect(utf8(a.permitsJson({ number: ' 126/gp-bcy ' }))).toBe(listed(a, { number: M }));
    expect(a.permitsJson({ number: '404' }).count).toBe(0);
    expect(utf8(a.permitsJson({ number: '404' }))).toBe('{\n  "permits": []\n}\n');
    a.close();
  });

  it('verify reports an entry changed, or draws removed, behind the application\'s back', () => {
    const path = join(tempDir(), 'v.sqlite');
    const a = fresh(path);
    a.addShipment(folder(a, 'A', [{ model: 'SRX300', qty: 8 }], permitFile(N, [{ model: 'SRX300', qty: 20 }])));
    a.addShipment(folder(a, 'B', [{ model: 'SRX300', qty: 8 }], permitFile(M, [{ model: 'SRX300', qty: 20 }])));
    a.close();
    const db = new Database(path);
    db.prepare(`UPDATE permit_entries SET entry = CAST(replace(CAST(entry AS TEXT), '"used": 8', '"used": 1') AS BLOB) WHERE permit_id = 1`).run();
    db.prepare(`DELETE FROM permit_draws WHERE shipment_id = (SELECT id FROM shipments WHERE ref = 'B')`).run();
    db.close();
    const b = openArchive(path);
    const problems = b.verify();
    expect(problems.filter((p) => p.includes('stored entry'))).toEqual([
      `${path}: the permit register's stored entry of permit ${N} differs from its draws recomputed: it was changed outside the application (restore the archive from a backup).`,
      `${path}: the permit register's stored entry of permit ${M} differs from its draws recomputed: it was changed outside the application (restore the archive from a backup).`,
    ]);
    b.close();
  });

  it('a permit whose entry was removed behind the application\'s back is still printed, and verify names it', () => {
    const path = join(tempDir(), 'r.sqlite');
    const a = fresh(path);
    a.addShipment(folder(a, 'A', [{ model: 'SRX300', qty: 8 }], permitFile(N, [{ model: 'SRX300', qty: 20 }])));
    a.addShipment(folder(a, 'B', [{ model: 'SRX300', qty: 3, unit: 'SET' }], permitFile(M, [{ model: 'SRX300', qty: 20 }])));
    const before = listed(a);
    a.close();
    const db = new Database(path);
    db.prepare('DELETE FROM permit_entries WHERE permit_id = 2').run();
    db.prepare(`DELETE FROM permit_texts WHERE permit_id = 2 AND lang = 'vi'`).run();
    db.close();
    const b = openArchive(path);
    expect(utf8(b.permitsJson())).toBe(before);
    expect(utf8(b.permitsText({}, 'vi', '2026-11-20'))).toBe(listedText(b, 'vi', '2026-11-20'));
    expect(JSON.parse(before).permits[1].lines[0].not_counted).toEqual([{ ref: 'B', quantity: 3, unit: 'SET' }]);
    expect(b.verify()).toEqual([`${path}: the permit register's stored entry of permit ${M} differs from its draws recomputed: it was changed outside the application (restore the archive from a backup).`]);
    b.close();
  });

  it('migration 010 gives an archive of the format before every permit\'s entry, and the command prints it as bytes or text alike', async () => {
    const path = join(tempDir(), 'old.sqlite');
    const a = fresh(path);
    a.addShipment(folder(a, 'A', [{ model: 'SRX300', qty: 8 }], permitFile(N, [{ model: 'SRX300', qty: 20 }])));
    a.addShipment(folder(a, 'Lô "số 2" Đà Nẵng', [{ model: 'SRX300', qty: 1.25 }], { number: N }));
    a.cancelShipment('A', 'not going ahead');
    const before = listed(a);
    a.close();
    const db = new Database(path);
    db.exec('DROP TABLE permit_entries; DROP TABLE permit_texts');
    db.pragma(`user_version = ${migration010.version - 1}`);
    db.close();
    const b = openArchive(path);
    expect(b.connection.prepare('SELECT count(*) FROM permit_entries').pluck().get()).toBe(1);
    expect(staleRegisterEntries(b.connection)).toEqual([]);
    expect(utf8(b.permitsJson())).toBe(before);
    expect(utf8(b.permitsText({}, 'vi', '2026-11-20'))).toBe(listedText(b, 'vi', '2026-11-20'));
    b.close();
    let text = '';
    const chunks: Uint8Array[] = [];
    expect(await runArchiveCommand(['permits', path, '--format', 'json'], { stdout: (s) => { text += s; }, stderr: () => {} })).toBe(0);
    expect(await runArchiveCommand(['permits', path, '--format', 'json'], { stdout: () => {}, stdoutBytes: (cs) => { chunks.push(...cs); }, stderr: () => {} })).toBe(0);
    expect(text).toBe(before);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(before);
  });
});
