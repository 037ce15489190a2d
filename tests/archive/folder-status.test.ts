// The folder status a declarant sets (open, reviewed) and the one a recorded declaration gives (declared): the same
// in the folder and the list, filtered by, audited, and covered by the row hashes `verify` checks.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openArchive, type SqliteArchive } from '../../electron/archive/index.ts';
import { shipmentJson } from '../../electron/archive/report.ts';
import { FINDINGS, incoming, shipment, tempDir } from './helpers.ts';
import { folder, permitFile } from './permit-fixtures.ts';

function archive(): { a: SqliteArchive; path: string } {
  const path = join(tempDir(), 'a.sqlite');
  return { a: openArchive(path, { create: true }), path };
}

const statusEntries = (a: SqliteArchive, ref: string) =>
  a.audit(ref).filter((e) => e.action === 'shipment.status_set').map((e) => JSON.parse(e.detail) as Record<string, unknown>);

describe('folder status', () => {
  it('is set open → reviewed → open, each change one audit entry, and the folder and the list agree', () => {
    const { a } = archive();
    a.addShipment(shipment('HPH-1', { findings: [] }));
    a.addShipment(shipment('HPH-2', { findings: [] }));
    expect(a.getShipment('HPH-1').status).toBe('open');
    expect(a.setStatus('HPH-1', 'reviewed', 'Lan').status).toBe('reviewed');
    expect(a.getShipment('HPH-1').status).toBe('reviewed');
    expect(a.listShipments({}).shipments.map((s) => [s.ref, s.status])).toEqual([['HPH-2', 'open'], ['HPH-1', 'reviewed']]);
    a.setStatus('HPH-1', 'open', 'Lan');
    expect(statusEntries(a, 'HPH-1')).toEqual([{ from: 'open', to: 'reviewed', by: 'Lan' }, { from: 'reviewed', to: 'open', by: 'Lan' }]);
    // The same status again changes nothing and adds no entry.
    a.setStatus('HPH-1', 'open', 'Lan');
    expect(statusEntries(a, 'HPH-1')).toHaveLength(2);
    a.close();
  });

  it('is not set to reviewed over unacknowledged errors unless confirmed, and then the entry says how many', () => {
    const { a } = archive();
    a.addShipment(shipment('HPH-1')); // one error, one warning, one info, none acknowledged
    const audit = a.audit().length;
    expect(() => a.setStatus('HPH-1', 'reviewed', 'Lan')).toThrow(/still has 1 unacknowledged error/);
    expect(a.getShipment('HPH-1').status).toBe('open');
    expect(a.audit().length).toBe(audit);
    a.setStatus('HPH-1', 'reviewed', 'Lan', { despiteErrors: true });
    expect(statusEntries(a, 'HPH-1')).toEqual([{ from: 'open', to: 'reviewed', by: 'Lan', unacknowledgedErrors: 1 }]);
    a.close();
  });

  it('acknowledging every finding does not mark a folder reviewed: the declarant does', () => {
    const { a } = archive();
    a.addShipment(shipment('HPH-1'));
    const ids = a.getShipment('HPH-1').findings.map((f) => f.id);
    a.acknowledgeFindings('HPH-1', ids, 'checked with the supplier', 'Lan');
    expect(a.getShipment('HPH-1').status).toBe('open');
    expect(a.setStatus('HPH-1', 'reviewed', 'Lan').status).toBe('reviewed');
    a.close();
  });

  it('becomes declared when the declaration is recorded (audited), stays so, and the list filters by it', () => {
    const { a } = archive();
    a.addShipment(shipment('HPH-1', { findings: [] }));
    a.addShipment(shipment('HPH-2', { findings: [] }));
    a.addShipment(shipment('HPH-3', { findings: [] }));
    a.setStatus('HPH-1', 'reviewed', 'Lan');
    a.setStatus('HPH-2', 'reviewed', 'Lan');
    a.declare('HPH-1', { number: '105123456789', declaredOn: '2026-11-21' });
    expect(a.getShipment('HPH-1').status).toBe('declared');
    expect(shipmentJson(a.getShipment('HPH-1'), 'en').status).toBe('declared'); // archive show --format json
    expect(statusEntries(a, 'HPH-1').at(-1)).toEqual({ from: 'reviewed', to: 'declared', declaration: '105123456789' });
    // A corrected declaration is no status change.
    a.declare('HPH-1', { number: '105123456790', declaredOn: '2026-11-21' });
    expect(statusEntries(a, 'HPH-1')).toHaveLength(2);
    expect(() => a.setStatus('HPH-1', 'open', 'Lan')).toThrow(/declaration 105123456790 is recorded/);

    const refs = (status: 'open' | 'reviewed' | 'declared', query?: string) => {
      const r = a.listShipments({ status, ...(query ? { query } : {}) });
      return [r.total, r.shipments.map((s) => `${s.ref}:${s.status}`)];
    };
    expect(refs('declared')).toEqual([1, ['HPH-1:declared']]);
    expect(refs('reviewed')).toEqual([1, ['HPH-2:reviewed']]);
    expect(refs('open')).toEqual([1, ['HPH-3:open']]);
    // With a search: matches within the status only, counted so.
    expect(refs('reviewed', 'FG-100F')).toEqual([1, ['HPH-2:reviewed']]);
    expect(refs('declared', 'HPH-2')).toEqual([0, []]);
    a.close();
  });

  it('a reviewed folder re-checked into errors nobody acknowledged is open again (audited); a re-check with no new error leaves it reviewed', () => {
    const { a } = archive();
    a.addShipment(shipment('HPH-1', { findings: [] }));
    a.setStatus('HPH-1', 'reviewed', 'Lan');
    a.replaceFindings('HPH-1', [], '2026-11-21');
    expect(a.getShipment('HPH-1').status).toBe('reviewed');
    a.replaceFindings('HPH-1', FINDINGS, '2026-11-22'); // a replaced packing list: the quantities now differ
    expect(a.getShipment('HPH-1').status).toBe('open');
    expect(a.listShipments({ status: 'open' }).shipments.map((s) => s.ref)).toEqual(['HPH-1']);
    expect(statusEntries(a, 'HPH-1').at(-1)).toEqual({ from: 'reviewed', to: 'open', reopenedByCheck: true, unacknowledgedErrors: 1 });
    // Reviewed again over that error, confirmed: the same error at the next re-check does not re-open it.
    a.setStatus('HPH-1', 'reviewed', 'Lan', { despiteErrors: true });
    a.replaceFindings('HPH-1', FINDINGS, '2026-11-23');
    expect(a.getShipment('HPH-1').status).toBe('reviewed');
    expect(a.verify()).toEqual([]);
    a.close();
  });

  it('a reviewed folder is open again when an error comes back or a new one replaces the old: compared by what it says, not counted', () => {
    const { a } = archive();
    a.addShipment(shipment('HPH-1'));
    a.setStatus('HPH-1', 'reviewed', 'Lan', { despiteErrors: true }); // over the quantity error of FG-100F: 20 vs 18
    const other = { ...FINDINGS[0], params: { ...FINDINGS[0].params, packing_list: 19 } }; // one error still, another one
    a.replaceFindings('HPH-1', [other, FINDINGS[1], FINDINGS[2]], '2026-11-21');
    expect(a.getShipment('HPH-1').status).toBe('open');
    a.close();
  });

  it('replacing a document whose changed cells re-open an acknowledged error re-opens the reviewed folder, in the same transaction', () => {
    const { a } = archive();
    a.addShipment(shipment('HPH-1'));
    const ids = a.getShipment('HPH-1').findings.map((f) => f.id);
    a.acknowledgeFindings('HPH-1', ids, 'Two follow by air', 'Lan');
    a.setStatus('HPH-1', 'reviewed', 'Lan');
    // The packing list's E11 (the acknowledged quantity) changes: 18 → 19. The app re-checks in a second step.
    a.addDocument('HPH-1', incoming('packing_list', 'pl-v2.xlsx', [{ model: 'FG-100F', qty: 19 }, { model: 'HSM-K7', qty: 2 }]), 'Lan');
    expect(a.getShipment('HPH-1').status).toBe('open');
    const actions = a.audit('HPH-1').map((e) => e.action);
    expect(actions.slice(-3)).toEqual(['finding.reopened', 'document.added', 'shipment.status_set']);
    a.close();
  });

  it('a reviewed folder brought over its permit by another action (an adjustment of the permit) is open again', () => {
    const { a } = archive();
    const permit = permitFile('125/GP-BCY', [{ model: 'SRX300', qty: 12 }], { listTitle: 'DANH MỤC SẢN PHẨM ĐƯỢC PHÉP NHẬP KHẨU' });
    a.addShipment(folder(a, 'HPH-1', [{ model: 'SRX300', qty: 8 }], permit));
    a.setStatus('HPH-1', 'reviewed', 'Lan', { despiteErrors: true });
    expect(a.getShipment('HPH-1').status).toBe('reviewed');
    a.adjustPermit('125/GP-BCY', 'SRX300', 6, 'TK 10581234567, declared before this archive');
    expect(a.getShipment('HPH-1').findings.map((f) => f.code)).toContain('PERMIT_BALANCE_EXCEEDED');
    expect(a.getShipment('HPH-1').status).toBe('open');
    expect(statusEntries(a, 'HPH-1').at(-1)).toMatchObject({ from: 'reviewed', to: 'open', reopenedByCheck: true });
    a.close();
  });

  it('a note whose finding went with a re-check no longer finds the folder', () => {
    const { a } = archive();
    a.addShipment(shipment('HPH-1'));
    const q = a.getShipment('HPH-1').findings.find((f) => f.code === 'QUANTITY_MISMATCH')!;
    a.acknowledgeFinding('HPH-1', q.id, 'nha cung cap Bao Minh gui bu', 'Lan');
    expect(a.listShipments({ query: '"bao minh"' }).total).toBe(1);
    a.replaceFindings('HPH-1', [FINDINGS[1], FINDINGS[2]], '2026-11-21');
    expect(a.listShipments({ query: '"bao minh"' }).total).toBe(0);
    a.close();
  });

  it('is part of the hashed folder record: verify holds after a change in the app, and names a change behind its back', () => {
    const { a, path } = archive();
    a.addShipment(shipment('HPH-1', { findings: [] }));
    a.setStatus('HPH-1', 'reviewed', 'Lan');
    expect(a.verify()).toEqual([]);
    a.close();
    const db = new Database(path);
    db.prepare(`UPDATE shipments SET status = 'open' WHERE ref = 'HPH-1'`).run();
    db.close();
    const again = openArchive(path);
    expect(again.verify().join('\n')).toMatch(/the record of shipment folder HPH-1 was changed outside the application/);
    again.close();
  });
});
