// `archive permits --format json` is written without parsing the stored draws (permitsJsonText): it must be byte for
// byte what JSON.stringify of the contract's shape gives, whatever the references hold.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openArchive, type SqliteArchive } from '../../electron/archive/index.ts';
import { permitsJson, permitsJsonText, SHIPMENTS_DEPTH } from '../../electron/cli/permits-command.ts';
import { tempDir } from './helpers.ts';
import { folder, permitFile } from './permit-fixtures.ts';

const N = '125/GP-BCY';
const slow = (a: SqliteArchive) => JSON.stringify(permitsJson(a.listPermits()), null, 2) + '\n';

function fresh(): SqliteArchive {
  let t = Date.parse('2026-11-20T08:00:00Z');
  return openArchive(join(tempDir(), 'o.sqlite'), { create: true, now: () => new Date((t += 1000)) });
}

describe('permitsJsonText', () => {
  it('is JSON.stringify(…, null, 2) byte for byte: empty register, awkward references, fractions, adjustments, cancellations', () => {
    const a = fresh();
    expect(permitsJsonText(a.listPermits())).toBe(slow(a));
    a.addShipment(folder(a, 'HPH-1', [{ model: 'SRX300', qty: 2.5 }], permitFile(N, [{ model: 'SRX300', qty: 12 }, { model: 'SRX345', qty: 4 }])));
    // References holding the writer's own markers, quotes, a backslash and non-Latin letters.
    for (const ref of ['A},{"ref":"B', 'C,"quantity":9', 'D\\', 'Lô "số 2" Đà Nẵng', '出口-𠀋'])
      a.addShipment(folder(a, ref, [{ model: 'SRX300', qty: 1.25 }, { model: 'SRX345', qty: 3 }], { number: N }));
    a.adjustPermit(N, 'SRX345', 0.1, 'declared on 10412345678 before this archive');
    a.cancelShipment('D\\', 'shipment will not go ahead');
    a.addShipment(folder(a, 'HPH-9', [{ model: 'SRX300', qty: 1 }], permitFile('7/GP-BCY', [{ model: 'SRX300', qty: 1 }])));
    // Draws written by SQLite at their depth, as the command lists them, and the general way: the same bytes.
    const fast = permitsJsonText(a.listPermits({ nestDrawsAt: SHIPMENTS_DEPTH }));
    expect(fast).toBe(slow(a));
    expect(permitsJsonText(a.listPermits())).toBe(slow(a));
    expect(permitsJsonText(a.listPermits({ number: N, nestDrawsAt: SHIPMENTS_DEPTH }))).toBe(JSON.stringify(permitsJson(a.listPermits({ number: N })), null, 2) + '\n');
    expect(JSON.parse(fast).permits[0].lines[0].shipments.map((s: { ref: string }) => s.ref))
      .toEqual(['HPH-1', 'A},{"ref":"B', 'C,"quantity":9', 'Lô "số 2" Đà Nẵng', '出口-𠀋']);
  });

  it('stored draws of another shape (another key, keys in another order) are written the general way, same bytes', () => {
    const path = join(tempDir(), 'x.sqlite');
    let t = Date.parse('2026-11-20T08:00:00Z');
    const a = openArchive(path, { create: true, now: () => new Date((t += 1000)) });
    a.addShipment(folder(a, 'HPH-1', [{ model: 'SRX300', qty: 1 }, { model: 'SRX345', qty: 2 }], permitFile(N, [{ model: 'SRX300', qty: 12 }, { model: 'SRX345', qty: 4 }])));
    a.close();
    const db = new Database(path);
    db.prepare(`UPDATE permit_lines SET drawn_json = ? WHERE position = 0`).run('[{"ref":"HPH-1","quantity":1,"note":"x,\\"y"}]');
    db.prepare(`UPDATE permit_lines SET drawn_json = ? WHERE position = 1`).run('[{"quantity":2,"ref":"HPH-1"}]');
    db.close();
    const b = openArchive(path);
    const fast = permitsJsonText(b.listPermits({ nestDrawsAt: SHIPMENTS_DEPTH }));
    expect(fast).toBe(slow(b));
    expect(JSON.parse(fast).permits[0].lines.map((l: { used: number }) => l.used)).toEqual([1, 2]);
    b.close();
  });

  it('used sums the draws as parsing them would (fractions added in draw order)', () => {
    const a = fresh();
    a.addShipment(folder(a, 'HPH-1', [{ model: 'SRX300', qty: 0.1 }], permitFile(N, [{ model: 'SRX300', qty: 1 }])));
    a.addShipment(folder(a, 'HPH-2', [{ model: 'SRX300', qty: 0.2 }], { number: N }));
    for (const q of [{}, { nestDrawsAt: SHIPMENTS_DEPTH }]) expect(a.listPermits(q)[0].lines[0]).toMatchObject({ used: 0.3, remaining: 0.7 });
    const [line] = a.listPermits({ nestDrawsAt: SHIPMENTS_DEPTH })[0].lines;
    expect(line.used).toBe(0.3);
    expect(line.remaining).toBe(0.7);
    expect(line.shipments).toEqual([{ ref: 'HPH-1', quantity: 0.1 }, { ref: 'HPH-2', quantity: 0.2 }]);
  });
});
