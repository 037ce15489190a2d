// Declarations, retention and disposal on the archive module itself (the CLI's tests are in audit-cli.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive, type SqliteArchive } from '../../electron/archive/index.ts';
import { addYears } from '../../electron/archive/declarations.ts';
import { shipment, tempDir } from './helpers.ts';

function archive(): SqliteArchive {
  return openArchive(join(tempDir(), 'a.sqlite'), { create: true });
}

describe('keep-until', () => {
  it('is the same day 5 years on; 29 February becomes 28 February in a common year, and stays 29 in a leap year', () => {
    expect(addYears('2026-11-20', 5)).toBe('2031-11-20');
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2096-02-29', 4)).toBe('2100-02-28'); // 2100 is not a leap year
    expect(addYears('2024-02-28', 5)).toBe('2029-02-28');
    expect(addYears('2024-03-01', 5)).toBe('2029-03-01');
  });

  it('a folder declared on 29/02/2024 is kept on 28/02/2029 and due on 01/03/2029', () => {
    const a = archive();
    a.addShipment(shipment('LEAP-1'));
    a.declare('LEAP-1', { number: '105000000001', declaredOn: '2024-02-29' });
    expect(a.retention('2029-02-28')).toEqual([{ ref: 'LEAP-1', declarationNumber: '105000000001', declaredOn: '2024-02-29', keepUntil: '2029-02-28', status: 'keep' }]);
    expect(a.retention('2029-03-01')[0].status).toBe('due');
    expect(() => a.deleteShipment('LEAP-1', '2029-02-28')).toThrow(/must be kept until 2029-02-28.*cannot be deleted before 2029-03-01/);
    expect(a.deleteShipment('LEAP-1', '2029-03-01').ref).toBe('LEAP-1');
    a.close();
  });
});

describe('declarations', () => {
  it('are shown with the folder, searchable by number, and a correction is audited with what it replaced', () => {
    const a = archive();
    a.addShipment(shipment('HPH-1'));
    a.addShipment(shipment('HPH-2'));
    const d = a.declare('HPH-1', { number: '105123456789', declaredOn: '2026-11-21', office: '03CC' });
    expect(d).toMatchObject({ number: '105123456789', declaredOn: '2026-11-21', office: '03CC', paper: false, keepUntil: '2031-11-21' });
    expect(a.getShipment('HPH-1').declaration).toMatchObject({ number: '105123456789', keepUntil: '2031-11-21' });
    expect(a.getShipment('HPH-2').declaration).toBeUndefined();
    expect(a.listShipments({ query: '105123456789' }).shipments.map((s) => s.ref)).toEqual(['HPH-1']);
    a.declare('HPH-1', { number: '105123456790', declaredOn: '2026-11-22' });
    expect(a.listShipments({ query: '105123456789' }).shipments).toEqual([]);
    expect(a.listShipments({ query: '105123456790' }).shipments.map((s) => s.ref)).toEqual(['HPH-1']);
    const entries = a.audit('HPH-1').filter((e) => e.action === 'declaration.recorded').map((e) => JSON.parse(e.detail));
    expect(entries[1].previous).toEqual({ number: '105123456789', declaredOn: '2026-11-21', office: '03CC', paper: false });
    expect(a.verify()).toEqual([]);
    a.close();
  });

  it('refuses a date that is not a day, an empty number, an unknown folder — changing nothing', () => {
    const a = archive();
    a.addShipment(shipment('HPH-1'));
    const before = a.audit().length;
    expect(() => a.declare('HPH-1', { number: '1', declaredOn: '2026-02-30' })).toThrow(/not a day written YYYY-MM-DD/);
    expect(() => a.declare('HPH-1', { number: ' ', declaredOn: '2026-02-03' })).toThrow(/declaration number/);
    expect(() => a.declare('NOPE', { number: '1', declaredOn: '2026-02-03' })).toThrow(/no shipment folder "NOPE"/);
    expect(a.audit().length).toBe(before);
    expect(a.getShipment('HPH-1').declaration).toBeUndefined();
    a.close();
  });
});

describe('retention', () => {
  it('lists keep / due / undeclared, --due-before keeps only folders whose keep-until is before that day', () => {
    const a = archive();
    for (const r of ['A', 'B', 'C']) a.addShipment(shipment(r));
    a.declare('A', { number: '1', declaredOn: '2019-06-30' });
    a.declare('B', { number: '2', declaredOn: '2025-01-15' });
    expect(a.retention('2026-12-03').map((f) => [f.ref, f.keepUntil, f.status])).toEqual([
      ['A', '2024-06-30', 'due'], ['B', '2030-01-15', 'keep'], ['C', null, 'undeclared']]);
    expect(a.retention('2026-12-03', '2030-01-15').map((f) => f.ref)).toEqual(['A']);
    expect(a.retention('2026-12-03', '2030-01-16').map((f) => f.ref)).toEqual(['A', 'B']);
    a.close();
  });

  it('the period is per archive (10 years for accounting vouchers), audited, and never under the law\'s 5 years', () => {
    const a = archive();
    a.addShipment(shipment('A'));
    a.declare('A', { number: '1', declaredOn: '2019-06-30' });
    a.setRetentionYears(10);
    expect(a.retention('2026-12-03')[0]).toMatchObject({ keepUntil: '2029-06-30', status: 'keep' });
    expect(a.getShipment('A').declaration?.keepUntil).toBe('2029-06-30');
    expect(() => a.deleteShipment('A', '2026-12-03')).toThrow(/must be kept until 2029-06-30/);
    expect(() => a.setRetentionYears(3)).toThrow(/from 5/);
    expect(a.retentionYears()).toBe(10);
    expect(JSON.parse(a.audit().filter((e) => e.action === 'retention.changed')[0].detail)).toEqual({ from: 5, to: 10 });
    a.close();
  });
});

describe('delete', () => {
  it('refused before keep-until: nothing changes, not even the audit trail', () => {
    const a = archive();
    a.addShipment(shipment('A'));
    a.declare('A', { number: '1', declaredOn: '2025-01-15' });
    const audit = a.audit().length;
    expect(() => a.deleteShipment('A', '2030-01-15')).toThrow(/must be kept until 2030-01-15/);
    expect(a.hasShipment('A')).toBe(true);
    expect(a.audit().length).toBe(audit);
    a.close();
  });

  it('after keep-until: rows, search entry and unshared file contents go; the disposal entry names every file; verify holds', () => {
    const path = join(tempDir(), 'a.sqlite');
    const a = openArchive(path, { create: true });
    const marker = 'UNIQUE-DISPOSED-CONTENT-7f3a';
    a.addShipment(shipment('OLD', { attachments: [{ name: 'old-contract.pdf', bytes: new TextEncoder().encode(`%PDF ${marker}`.repeat(50)) }] }));
    a.addShipment(shipment('NEW'));
    a.declare('OLD', { number: '104000000001', declaredOn: '2019-06-30', office: '01B1' });
    const files = a.getShipment('OLD').files;
    const d = a.deleteShipment('OLD', '2026-12-03');
    expect(d.keepUntil).toBe('2024-06-30');
    expect(a.hasShipment('OLD')).toBe(false);
    expect(a.listShipments({ query: 'OLD' }).shipments.map((s) => s.ref)).toEqual([]);
    expect(a.listShipments({ query: '104000000001' }).shipments).toEqual([]);
    const entry = a.audit('OLD').at(-1)!;
    expect(entry.action).toBe('shipment.disposed');
    const detail = JSON.parse(entry.detail);
    expect(detail.declaration).toMatchObject({ number: '104000000001', declaredOn: '2019-06-30', office: '01B1' });
    expect(detail.files.map((f: { name: string; sha256: string }) => [f.name, f.sha256])).toEqual(files.map((f) => [f.name, f.sha256]));
    // The invoice and packing list of OLD were built from its ref, so unique to it: gone. NEW's are all there.
    const oldAttachment = files.find((f) => f.name === 'old-contract.pdf')!;
    expect(() => a.readFile(oldAttachment.sha256)).toThrow(/No stored file/);
    for (const f of a.getShipment('NEW').files) expect(a.readFile(f.sha256).byteLength).toBe(f.bytes);
    expect(a.verify()).toEqual([]);
    a.close();
    // secure_delete: the disposed bytes are not left in the file's free pages.
    expect(readFileSync(path).includes(marker)).toBe(false);
  });

  it('rows other modules keep for the folder (plan events) go with it: no foreign key stops the disposal', () => {
    const a = archive();
    a.addShipment(shipment('P'));
    a.addPlanEvent('P', 'filed', '2026-11-02');
    a.deleteShipment('P', '2026-12-03');
    expect(a.hasShipment('P')).toBe(false);
    expect(a.connection.prepare('SELECT count(*) FROM plan_events').pluck().get()).toBe(0);
    expect(a.verify()).toEqual([]);
    a.close();
  });

  it('a content two folders hold is kept while the other folder still holds it', () => {
    const a = archive();
    const shared = { name: 'same.pdf', bytes: new TextEncoder().encode('%PDF the same bytes in two folders') };
    a.addShipment(shipment('X', { attachments: [shared] }));
    a.addShipment(shipment('Y', { attachments: [shared] }));
    const d = a.deleteShipment('X', '2026-12-03'); // undeclared: allowed, recorded the same way
    expect(d.declaration).toBeNull();
    const sha = a.getShipment('Y').files.find((f) => f.name === 'same.pdf')!.sha256;
    expect(new TextDecoder().decode(a.readFile(sha))).toBe('%PDF the same bytes in two folders');
    expect(JSON.parse(a.audit('X').at(-1)!.detail).declaration).toBeNull();
    expect(a.verify()).toEqual([]);
    a.close();
  });
});

describe('outages', () => {
  it('a paper declaration is tied to the outage covering its day, also when the outage is recorded after it', () => {
    const a = archive();
    for (const r of ['P1', 'P2', 'E1']) a.addShipment(shipment(r));
    a.declare('P1', { number: 'GIAY-01', declaredOn: '2026-11-20', paper: true });
    expect(a.declaration('P1')?.outageId).toBeNull();
    const o = a.addOutage('2026-11-19 22:00', '2026-11-20 15:30', 'Thông báo 123/TB-CNTT');
    expect(o.tied).toEqual(['P1']);
    expect(a.declaration('P1')?.outageId).toBe(o.id);
    a.declare('P2', { number: 'GIAY-02', declaredOn: '2026-11-19', paper: true });
    a.declare('E1', { number: '105', declaredOn: '2026-11-20' });
    expect(a.outages()).toEqual([{ id: o.id, from: '2026-11-19 22:00', to: '2026-11-20 15:30', notice: 'Thông báo 123/TB-CNTT', declarations: [
      { ref: 'P2', number: 'GIAY-02', declaredOn: '2026-11-19', reentered: false, electronicNumber: null, reenteredAt: null },
      { ref: 'P1', number: 'GIAY-01', declaredOn: '2026-11-20', reentered: false, electronicNumber: null, reenteredAt: null },
    ] }]);
    a.resolveOutage('P1', '105777000111');
    expect(a.outages()[0].declarations.find((d) => d.ref === 'P1')).toMatchObject({ reentered: true, electronicNumber: '105777000111' });
    expect(a.listShipments({ query: '105777000111' }).shipments.map((s) => s.ref)).toEqual(['P1']);
    expect(() => a.resolveOutage('E1', '1')).toThrow(/no paper declaration/);
    expect(a.verify()).toEqual([]);
    a.close();
  });

  it('refuses times not written "YYYY-MM-DD HH:MM" and an end before the start', () => {
    const a = archive();
    expect(() => a.addOutage('2026-11-19')).toThrow(/YYYY-MM-DD HH:MM/);
    expect(() => a.addOutage('2026-11-19 25:00')).toThrow(/YYYY-MM-DD HH:MM/);
    expect(() => a.addOutage('2026-11-19 08:00', '2026-11-18 08:00')).toThrow(/ends .* before it begins/);
    expect(a.outages()).toEqual([]);
    a.close();
  });
});
