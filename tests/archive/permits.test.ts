// The permit register: permits kept once, quantities drawn across folders, balances exact after every change.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive, type SqliteArchive } from '../../electron/archive/index.ts';
import { tempDir } from './helpers.ts';
import { folder, invoiceFile, permitFile } from './permit-fixtures.ts';

const N = '125/GP-BCY';

function fresh(): SqliteArchive {
  let t = Date.parse('2026-11-20T08:00:00Z');
  return openArchive(join(tempDir(), 'p.sqlite'), { create: true, now: () => new Date((t += 1000)) });
}

const codes = (a: SqliteArchive, ref: string, code: string) => a.getShipment(ref).findings.filter((f) => f.code === code);
const line = (a: SqliteArchive, number = N, model = 'SRX300') => a.listPermits({ number })[0].lines.find((l) => l.model === model)!;

describe('the permit register', () => {
  it('registers a permit once, with its lines, direction from the title, and links the same number again', () => {
    const a = fresh();
    const permit = permitFile(N, [{ model: 'SRX300', qty: 12 }, { model: 'SRX345', qty: 4 }], { listTitle: 'DANH MỤC SẢN PHẨM ĐƯỢC PHÉP NHẬP KHẨU' });
    a.addShipment(folder(a, 'HPH-1', [{ model: 'SRX300', qty: 5 }], permit));
    a.addShipment(folder(a, 'HPH-2', [{ model: 'SRX300', qty: 3 }], permitFile(N, [{ model: 'SRX300', qty: 12 }, { model: 'SRX345', qty: 4 }],
      { listTitle: 'DANH MỤC SẢN PHẨM ĐƯỢC PHÉP NHẬP KHẨU', file: 'GP 125 scan copy.xlsx' })));
    const [p, ...others] = a.listPermits();
    expect(others).toEqual([]);
    expect(p).toMatchObject({
      number: N, direction: 'import', licensee: 'CÔNG TY TNHH XUẤT NHẬP KHẨU THIẾT BỊ MẠNG VIỆT', issueDate: '2026-10-15', validUntil: '2027-10-14',
      registeredBy: 'HPH-1',
    });
    expect(p.lines.map((l) => [l.model, l.hsCode, l.country, l.unit, l.permitted, l.used, l.remaining])).toEqual([
      ['SRX300', '85176259', 'US', 'PCE', 12, 8, 4], ['SRX345', '85176259', 'US', 'PCE', 4, 0, 4]]);
    // The same bytes under another name are one copy, kept once, byte for byte.
    expect(p.files.map((f) => [f.name, f.ref])).toEqual([['permit-125-GP-BCY.xlsx', 'HPH-1']]);
    for (const f of p.files) expect(a.readFile(f.sha256).byteLength).toBeGreaterThan(1000);
    expect(codes(a, 'HPH-2', 'PERMIT_COPIES_DIFFER')).toEqual([]);
    expect(a.getShipment('HPH-2').permitUse).toMatchObject({ number: N, via: 'file', overdrawn: false });
  });

  it('two shipments on one permit: the second one over the permitted 12 gets PERMIT_BALANCE_EXCEEDED naming the first', () => {
    const a = fresh();
    a.addShipment(folder(a, 'HPH-1', [{ model: 'SRX300', qty: 12 }], permitFile(N, [{ model: 'SRX300', qty: 12 }])));
    a.addShipment(folder(a, 'HPH-2', [{ model: 'SRX-300', qty: 12 }], { number: N }));
    expect(codes(a, 'HPH-1', 'PERMIT_BALANCE_EXCEEDED')).toEqual([]);
    const [f] = codes(a, 'HPH-2', 'PERMIT_BALANCE_EXCEEDED');
    expect(f).toMatchObject({ severity: 'error', model: 'SRX300', params: { permit: N, permitted: 12, drawn: 12, total: 24, before: 'HPH-1 (12)' } });
    expect(line(a)).toMatchObject({ permitted: 12, used: 24, remaining: -12, shipments: [{ ref: 'HPH-1', quantity: 12 }, { ref: 'HPH-2', quantity: 12 }] });
    expect(a.getShipment('HPH-2').summary.errors).toBeGreaterThanOrEqual(1);
    expect(a.getShipment('HPH-2').permitUse).toMatchObject({ via: 'number', overdrawn: true });
    // The folder that used the permit by number was checked against the registered copy: no NOT_IN_PERMIT.
    expect(codes(a, 'HPH-2', 'NOT_IN_PERMIT')).toEqual([]);
    expect(a.getShipment('HPH-2').registeredPermit?.header.number?.value).toBe(N);
    expect(a.verify()).toEqual([]);
  });

  it('three shipments: every folder from the one that first passes the permitted quantity is flagged, exact balances', () => {
    const a = fresh();
    a.addShipment(folder(a, 'A', [{ model: 'SRX300', qty: 8 }], permitFile(N, [{ model: 'SRX300', qty: 20 }])));
    a.addShipment(folder(a, 'B', [{ model: 'SRX300', qty: 8 }], { number: N }));
    a.addShipment(folder(a, 'C', [{ model: 'SRX300', qty: 8 }], { number: N }));
    a.addShipment(folder(a, 'D', [{ model: 'SRX300', qty: 1 }], { number: N }));
    expect(['A', 'B', 'C', 'D'].map((r) => codes(a, r, 'PERMIT_BALANCE_EXCEEDED').length)).toEqual([0, 0, 1, 1]);
    expect(codes(a, 'D', 'PERMIT_BALANCE_EXCEEDED')[0].params).toMatchObject({ before: 'A (8), B (8), C (8)', total: 25 });
    expect(line(a)).toMatchObject({ used: 25, remaining: -5 });
    const text = a.getShipment('C').findings.find((f) => f.code === 'PERMIT_BALANCE_EXCEEDED')!;
    expect(text.params.before).toBe('A (8), B (8)');
  });

  it('re-import and replacement recompute the draw, never count it twice; a re-check keeps acknowledgements', () => {
    const a = fresh();
    a.addShipment(folder(a, 'A', [{ model: 'SRX300', qty: 8 }], permitFile(N, [{ model: 'SRX300', qty: 20 }])));
    a.addShipment(folder(a, 'B', [{ model: 'SRX300', qty: 8 }], { number: N }));
    a.addShipment(folder(a, 'C', [{ model: 'SRX300', qty: 8 }], { number: N }));
    const over = codes(a, 'C', 'PERMIT_BALANCE_EXCEEDED')[0];
    a.acknowledgeFinding('C', over.id, 'B will be short-shipped', 'Lan');
    // The same invoice imported again, and a re-check: the draw is the same, not doubled.
    a.addDocument('B', invoiceFile('B', [{ model: 'SRX300', qty: 8 }]));
    a.replaceFindings('B', [], '2026-11-21');
    a.replaceFindings('C', [], '2026-11-21');
    expect(line(a)).toMatchObject({ used: 24, remaining: -4 });
    expect(codes(a, 'C', 'PERMIT_BALANCE_EXCEEDED')[0].acknowledgement).toMatchObject({ by: 'Lan' });
    // B's corrected invoice ships 2: C is back within the permit and loses the finding.
    a.addDocument('B', invoiceFile('B', [{ model: 'SRX300', qty: 2 }]));
    expect(line(a)).toMatchObject({ used: 18, remaining: 2, shipments: [{ ref: 'A', quantity: 8 }, { ref: 'B', quantity: 2 }, { ref: 'C', quantity: 8 }] });
    expect(codes(a, 'C', 'PERMIT_BALANCE_EXCEEDED')).toEqual([]);
    // A's permit replaced by another permit: its draw moves there.
    a.addDocument('A', permitFile('126/GP-BCY', [{ model: 'SRX300', qty: 50 }]));
    expect(line(a)).toMatchObject({ used: 10, remaining: 10 });
    expect(line(a, '126/GP-BCY')).toMatchObject({ used: 8, shipments: [{ ref: 'A', quantity: 8 }] });
    expect(a.verify()).toEqual([]);
  });

  it('a cancelled folder releases its draw, and the audit trail keeps why', () => {
    const a = fresh();
    a.addShipment(folder(a, 'A', [{ model: 'SRX300', qty: 10 }], permitFile(N, [{ model: 'SRX300', qty: 12 }])));
    a.addShipment(folder(a, 'B', [{ model: 'SRX300', qty: 10 }], { number: N }));
    expect(codes(a, 'B', 'PERMIT_BALANCE_EXCEEDED')).toHaveLength(1);
    a.cancelShipment('A', 'Buyer withdrew the order');
    expect(line(a)).toMatchObject({ used: 10, remaining: 2, shipments: [{ ref: 'B', quantity: 10 }] });
    expect(a.listPermits()[0].cancelled).toEqual([{ ref: 'A', at: expect.any(String), note: 'Buyer withdrew the order' }]);
    expect(codes(a, 'B', 'PERMIT_BALANCE_EXCEEDED')).toEqual([]);
    expect(a.audit('A').map((e) => e.action)).toEqual(['shipment.added', 'shipment.cancelled']);
    expect(JSON.parse(a.audit('A')[1].detail)).toEqual({ note: 'Buyer withdrew the order' });
    expect(() => a.cancelShipment('A', 'again')).toThrow(/already cancelled/);
    expect(a.verify()).toEqual([]);
  });

  it('a manual adjustment (goods declared outside this archive) counts first, with its note audited', () => {
    const a = fresh();
    a.addShipment(folder(a, 'A', [{ model: 'SRX300', qty: 10 }], permitFile(N, [{ model: 'SRX300', qty: 12 }])));
    expect(codes(a, 'A', 'PERMIT_BALANCE_EXCEEDED')).toEqual([]);
    a.adjustPermit(N, 'srx 300', 5, 'Declared 2026-10-30 under 10581234567 by the Hanoi branch');
    expect(line(a)).toMatchObject({ used: 15, remaining: -3, adjustments: [{ quantity: 5, note: 'Declared 2026-10-30 under 10581234567 by the Hanoi branch' }] });
    expect(codes(a, 'A', 'PERMIT_BALANCE_EXCEEDED')[0].params).toMatchObject({ adjusted: 5, total: 15, before: '' });
    const entry = a.audit().find((e) => e.action === 'permit.adjusted')!;
    expect(JSON.parse(entry.detail)).toEqual({ permit: N, model: 'SRX300', quantity: 5, note: 'Declared 2026-10-30 under 10581234567 by the Hanoi branch' });
    expect(() => a.adjustPermit(N, 'SRX300', 1, '  ')).toThrow(/note/);
    expect(() => a.adjustPermit(N, 'EX4300', 1, 'x')).toThrow(/no line for the model "EX4300"/);
    expect(() => a.adjustPermit('999/GP', 'SRX300', 1, 'x')).toThrow(/No permit numbered "999\/GP"/);
  });

  it('copies of one permit that list different products: PERMIT_COPIES_DIFFER on the folder, the registered copy stays', () => {
    const a = fresh();
    a.addShipment(folder(a, 'A', [{ model: 'SRX300', qty: 1 }], permitFile(N, [{ model: 'SRX300', qty: 12 }, { model: 'SRX345', qty: 2 }])));
    a.addShipment(folder(a, 'B', [{ model: 'SRX300', qty: 1 }], permitFile(N, [{ model: 'SRX300', qty: 20 }, { model: 'SRX345', qty: 2 }])));
    a.addShipment(folder(a, 'C', [{ model: 'SRX300', qty: 1 }], permitFile(N, [{ model: 'SRX300', qty: 12 }])));
    const [b] = codes(a, 'B', 'PERMIT_COPIES_DIFFER');
    expect(b).toMatchObject({ severity: 'error', params: { permit: N, kind: 'value', model: 'SRX300', field: 'quantity', registered: '12', copy: '20', differences: 1 } });
    expect(b.params.registered_by).toMatch(/^A, permit-125-GP-BCY\.xlsx$/);
    expect(codes(a, 'C', 'PERMIT_COPIES_DIFFER')[0].params).toMatchObject({ kind: 'missing_here', model: 'SRX345' });
    expect(codes(a, 'A', 'PERMIT_COPIES_DIFFER')).toEqual([]);
    expect(line(a).permitted).toBe(12);
  });

  it('an import folder against an export permit: PERMIT_DIRECTION_MISMATCH; a permit that does not say has no direction', () => {
    const a = fresh();
    a.addShipment(folder(a, 'A', [{ model: 'SRX300', qty: 1 }], permitFile(N, [{ model: 'SRX300', qty: 12 }], { title: 'GIẤY PHÉP XUẤT KHẨU SẢN PHẨM MẬT MÃ DÂN SỰ' })));
    a.addShipment(folder(a, 'B', [{ model: 'SRX300', qty: 1 }], { number: N }, 'export'));
    expect(codes(a, 'A', 'PERMIT_DIRECTION_MISMATCH')[0]).toMatchObject({ severity: 'error', params: { folder_direction: 'import', permit_direction: 'export' } });
    expect(codes(a, 'B', 'PERMIT_DIRECTION_MISMATCH')).toEqual([]);
    a.addShipment(folder(a, 'C', [{ model: 'X1', qty: 1 }], permitFile('7/GP', [{ model: 'X1', qty: 1 }])));
    expect(a.listPermits({ number: '7/GP' })[0].direction).toBeNull();
    expect(codes(a, 'C', 'PERMIT_DIRECTION_MISMATCH')).toEqual([]);
  });

  it('a quantity invoiced in another unit than the permit counts is said, not summed', () => {
    const a = fresh();
    a.addShipment(folder(a, 'A', [{ model: 'SRX300', qty: 10 }], permitFile(N, [{ model: 'SRX300', qty: 12 }])));
    a.addShipment(folder(a, 'B', [{ model: 'SRX300', qty: 5, unit: 'SETS' }], { number: N }));
    expect(line(a)).toMatchObject({ used: 10, remaining: 2, notCounted: [{ ref: 'B', quantity: 5, unit: 'SET' }] });
    expect(codes(a, 'B', 'UNIT_MISMATCH')).toHaveLength(1);
  });

  it('the app path: an empty folder, "use a registered permit", then documents; an unknown number is refused', () => {
    const a = fresh();
    a.addShipment(folder(a, 'A', [{ model: 'SRX300', qty: 10 }], permitFile(N, [{ model: 'SRX300', qty: 12 }])));
    a.createShipment('B', 'import');
    expect(() => a.usePermit('B', '404/GP')).toThrow(/No permit numbered "404\/GP"/);
    a.usePermit('B', ' 125/gp-bcy ');
    a.addDocument('B', invoiceFile('B', [{ model: 'SRX300', qty: 4 }]));
    expect(line(a)).toMatchObject({ used: 14, remaining: -2 });
    expect(codes(a, 'B', 'PERMIT_BALANCE_EXCEEDED')).toHaveLength(1);
    expect(() => a.usePermit('A', N)).toThrow(/own permit file/);
    expect(a.listShipments({ limit: 50 }).shipments.find((s) => s.ref === 'B')?.permit).toEqual({ number: N, validUntil: '2027-10-14', overdrawn: true, cancelled: false });
  });

  it('lists only the permits expiring within DAYS of the day given', () => {
    const a = fresh();
    a.addShipment(folder(a, 'A', [{ model: 'X1', qty: 1 }], permitFile('1/GP', [{ model: 'X1', qty: 5 }], { validUntil: '10/12/2026' })));
    a.addShipment(folder(a, 'B', [{ model: 'X1', qty: 1 }], permitFile('2/GP', [{ model: 'X1', qty: 5 }], { validUntil: '30/06/2027' })));
    a.addShipment(folder(a, 'C', [{ model: 'X1', qty: 1 }], permitFile('3/GP', [{ model: 'X1', qty: 5 }], { validUntil: '01/11/2026' })));
    expect(a.listPermits({ expiringWithin: 30, today: '2026-11-20' }).map((p) => p.number)).toEqual(['1/GP']);
    expect(a.listPermits({ expiringWithin: 365, today: '2026-11-20' }).map((p) => p.number)).toEqual(['1/GP', '2/GP']);
    expect(a.listPermits({ expiringWithin: 0, today: '2026-12-10' }).map((p) => p.number)).toEqual(['1/GP']);
  });

  it('reads the direction from the title or heading, never from a trading company\'s name, and never guesses', () => {
    const dir = (opts: Parameters<typeof permitFile>[2]) => permitFile('9/GP', [{ model: 'X1', qty: 1 }], opts).parsed.direction?.value ?? null;
    expect(dir({ title: 'GIẤY PHÉP NHẬP KHẨU SẢN PHẨM MẬT MÃ DÂN SỰ' })).toBe('import');
    expect(dir({ title: 'EXPORT PERMIT FOR CIVIL CRYPTOGRAPHIC PRODUCTS' })).toBe('export');
    expect(dir({ listTitle: 'DANH MỤC SẢN PHẨM ĐƯỢC PHÉP XUẤT KHẨU' })).toBe('export');
    // The form's own name says both; the licensee "… XUẤT NHẬP KHẨU …" is a company name: unknown.
    expect(dir({})).toBeNull();
    // A title and a heading that disagree: unknown, not the first one read.
    expect(dir({ title: 'GIẤY PHÉP NHẬP KHẨU', listTitle: 'DANH MỤC SẢN PHẨM ĐƯỢC PHÉP XUẤT KHẨU' })).toBeNull();
  });

  it('folders draw in declaration order (undeclared after, by add order); a disposed folder releases its draw, the permit stays', () => {
    const a = fresh();
    a.addShipment(folder(a, 'A', [{ model: 'SRX300', qty: 8 }], permitFile(N, [{ model: 'SRX300', qty: 12 }])));
    a.addShipment(folder(a, 'B', [{ model: 'SRX300', qty: 8 }], { number: N }));
    expect(codes(a, 'B', 'PERMIT_BALANCE_EXCEEDED')).toHaveLength(1);
    // B was declared first: A is now the one over the permit.
    a.declare('B', { number: '10581234567', declaredOn: '2026-11-25' });
    a.declare('A', { number: '10581234999', declaredOn: '2026-11-27' });
    expect(codes(a, 'B', 'PERMIT_BALANCE_EXCEEDED')).toEqual([]);
    expect(codes(a, 'A', 'PERMIT_BALANCE_EXCEEDED')[0].params.before).toBe('B (8)');
    expect(line(a).shipments.map((s) => s.ref)).toEqual(['B', 'A']);
    a.addShipment(folder(a, 'C', [{ model: 'SRX300', qty: 1 }], { number: N }));
    expect(line(a).shipments.map((s) => s.ref)).toEqual(['B', 'A', 'C']);
    // A declared folder is kept 5 years; C, never declared, may be deleted: its draw goes with it.
    expect(() => a.deleteShipment('A', '2027-01-01')).toThrow(/must be kept/);
    a.deleteShipment('C', '2027-01-01');
    expect(line(a)).toMatchObject({ used: 16, shipments: [{ ref: 'B', quantity: 8 }, { ref: 'A', quantity: 8 }] });
    expect(a.listPermits()[0].files).toHaveLength(1);
    expect(a.verify()).toEqual([]);
  });
});

