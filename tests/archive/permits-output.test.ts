// `archive permits --format json` is written without parsing the stored draws (permitsJsonText): it must be byte for
// byte what JSON.stringify of the contract's shape gives, whatever the references hold.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive, type SqliteArchive } from '../../electron/archive/index.ts';
import { permitsJson, permitsJsonText } from '../../electron/cli/permits-command.ts';
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
    const fast = permitsJsonText(a.listPermits());
    expect(fast).toBe(slow(a));
    expect(JSON.parse(fast).permits[0].lines[0].shipments.map((s: { ref: string }) => s.ref))
      .toEqual(['HPH-1', 'A},{"ref":"B', 'C,"quantity":9', 'Lô "số 2" Đà Nẵng', '出口-𠀋']);
  });

  it('used sums the draws as parsing them would (fractions added in draw order)', () => {
    const a = fresh();
    a.addShipment(folder(a, 'HPH-1', [{ model: 'SRX300', qty: 0.1 }], permitFile(N, [{ model: 'SRX300', qty: 1 }])));
    a.addShipment(folder(a, 'HPH-2', [{ model: 'SRX300', qty: 0.2 }], { number: N }));
    const [line] = a.listPermits()[0].lines;
    expect(line.used).toBe(0.3);
    expect(line.remaining).toBe(0.7);
    expect(line.shipments).toEqual([{ ref: 'HPH-1', quantity: 0.1 }, { ref: 'HPH-2', quantity: 0.2 }]);
  });
});
