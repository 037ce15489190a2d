// Replacing a document keeps the old version, re-opens acknowledgements whose cells changed; acknowledgements can
// be edited, withdrawn and given to a group — each audited, each one transaction.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive, type SqliteArchive } from '../../electron/archive/index.ts';
import type { Finding } from '../../shared/domain/types.ts';
import { FINDINGS, incoming, shipment, tempDir } from './helpers.ts';

let clock = Date.parse('2026-11-23T08:00:00Z');
function fresh(): { a: SqliteArchive; path: string } {
  const path = join(tempDir(), 'a.sqlite');
  return { a: openArchive(path, { create: true, now: () => new Date((clock += 60_000)) }), path };
}

const byCode = (a: SqliteArchive, code: string) => a.getShipment('HPH-1').findings.find((f) => f.code === code)!;
const actions = (a: SqliteArchive) => a.audit('HPH-1').map((e) => e.action);

/** The check after the replacement: SG quantity now 20 vs 19, the catalogue finding unchanged. */
const RECHECKED: Finding[] = [
  { ...FINDINGS[0], params: { ...FINDINGS[0].params, packing_list: 19 } },
  FINDINGS[1],
  FINDINGS[2],
];

describe('replacing a document', () => {
  it('keeps the old version with its original, lists it in the folder, and verify still holds', () => {
    const { a } = fresh();
    a.addShipment(shipment('HPH-1'));
    const oldSha = a.getShipment('HPH-1').documents.find((d) => d.role === 'packing_list')!.sha256;
    const stored = a.addDocument('HPH-1', incoming('packing_list', 'pl-v2.xlsx', [{ model: 'FG-100F', qty: 19 }, { model: 'HSM-K7', qty: 2 }]), 'Lan');
    expect(stored.replacement?.version).toMatchObject({ role: 'packing_list', file: 'packing-list.xlsx', sha256: oldSha, replacedBy: 'Lan', nextFile: 'pl-v2.xlsx', lines: 2 });
    const d = a.getShipment('HPH-1');
    expect(d.versions.map((v) => v.file)).toEqual(['packing-list.xlsx']);
    expect(d.documents.find((x) => x.role === 'packing_list')!.file).toBe('pl-v2.xlsx');
    expect(a.readFile(oldSha).byteLength).toBeGreaterThan(0);
    const v = a.documentVersion('HPH-1', d.versions[0].id);
    expect(v.parsed.lines.map((l) => l.quantity?.value)).toEqual([18, 2]);
    expect(v.next.lines.map((l) => l.quantity?.value)).toEqual([19, 2]);
    expect(a.verify()).toEqual([]);
    // Changed behind the application's back, a kept version is reported like any stored row.
    a.connection.prepare(`DROP TRIGGER IF EXISTS temp.row_hash_document_versions_update`).run();
    a.connection.prepare(`UPDATE document_versions SET parsed_json = replace(parsed_json, '18', '17')`).run();
    expect(a.verify().join('\n')).toMatch(/HPH-1: the replaced packing_list packing-list\.xlsx was changed outside the application/);
    a.close();
  });

  it('a second replacement keeps both versions, each diffed to the one after it', () => {
    const { a } = fresh();
    a.addShipment(shipment('HPH-1'));
    a.addDocument('HPH-1', incoming('packing_list', 'pl-v2.xlsx', [{ model: 'FG-100F', qty: 19 }]), 'Lan');
    a.addDocument('HPH-1', incoming('packing_list', 'pl-v3.xlsx', [{ model: 'FG-100F', qty: 20 }]), 'Minh');
    const vs = a.getShipment('HPH-1').versions;
    expect(vs.map((v) => [v.file, v.nextFile, v.replacedBy])).toEqual([['packing-list.xlsx', 'pl-v2.xlsx', 'Lan'], ['pl-v2.xlsx', 'pl-v3.xlsx', 'Minh']]);
    expect(a.documentVersion('HPH-1', vs[0].id).next.file).toBe('pl-v2.xlsx');
    expect(a.documentVersion('HPH-1', vs[1].id).next.file).toBe('pl-v3.xlsx');
    expect(a.verify()).toEqual([]);
    a.close();
  });

  it('re-opens an acknowledgement whose cells changed, keeps one whose cells did not, and says why in the trail', () => {
    const { a } = fresh();
    a.addShipment(shipment('HPH-1'));
    a.acknowledgeFinding('HPH-1', byCode(a, 'QUANTITY_MISMATCH').id, 'Two follow by air', 'Lan');
    a.acknowledgeFinding('HPH-1', byCode(a, 'MISSING_IN_CATALOGUE').id, 'Catalogue page 4', 'Lan');
    const stored = a.addDocument('HPH-1', incoming('packing_list', 'pl-v2.xlsx', [{ model: 'FG-100F', qty: 19 }, { model: 'HSM-K7', qty: 2 }]), 'Lan');
    expect(stored.replacement?.reopened).toBe(1);
    a.replaceFindings('HPH-1', RECHECKED, '2026-11-23');
    const q = byCode(a, 'QUANTITY_MISMATCH');
    expect(q.acknowledgement).toBeUndefined();
    expect(q.reopened).toMatchObject({ file: 'pl-v2.xlsx', previousFile: 'packing-list.xlsx', cells: ['Sheet1!E11'], ack: { note: 'Two follow by air', by: 'Lan' } });
    expect(byCode(a, 'MISSING_IN_CATALOGUE').acknowledgement?.note).toBe('Catalogue page 4');
    const entry = a.audit('HPH-1').find((e) => e.action === 'finding.reopened')!;
    expect(JSON.parse(entry.detail)).toMatchObject({ code: 'QUANTITY_MISMATCH', cells: ['Sheet1!E11'], file: 'pl-v2.xlsx', note: 'Two follow by air' });
    // Acknowledged again: no longer re-opened.
    a.acknowledgeFinding('HPH-1', q.id, '19 packed, 1 by air', 'Lan');
    expect(byCode(a, 'QUANTITY_MISMATCH').reopened).toBeUndefined();
    expect(a.verify()).toEqual([]);
    a.close();
  });

  it('re-opens even when the re-check gives the very same finding (the cell moved under it)', () => {
    const { a } = fresh();
    a.addShipment(shipment('HPH-1'));
    a.acknowledgeFinding('HPH-1', byCode(a, 'QUANTITY_MISMATCH').id, 'ok', 'Lan');
    // Same values, but HSM-K7 now stands first: E11 says 2, not 18.
    a.addDocument('HPH-1', incoming('packing_list', 'pl-v2.xlsx', [{ model: 'HSM-K7', qty: 2 }, { model: 'FG-100F', qty: 18 }]), 'Lan');
    a.replaceFindings('HPH-1', FINDINGS, '2026-11-23');
    expect(byCode(a, 'QUANTITY_MISMATCH').acknowledgement).toBeUndefined();
    expect(byCode(a, 'QUANTITY_MISMATCH').reopened?.cells).toEqual(['Sheet1!E11']);
    a.close();
  });
});

describe('editing, withdrawing and group acknowledgements', () => {
  it('edits a note and withdraws it, each audited with the old note', () => {
    const { a } = fresh();
    a.addShipment(shipment('HPH-1'));
    const id = byCode(a, 'QUANTITY_MISMATCH').id;
    a.acknowledgeFinding('HPH-1', id, 'first note', 'Lan');
    expect(a.editAcknowledgement('HPH-1', id, 'second note', 'Minh').acknowledgement).toMatchObject({ note: 'second note', by: 'Minh' });
    expect(a.withdrawAcknowledgement('HPH-1', id, 'Minh').acknowledgement).toBeUndefined();
    const trail = a.audit('HPH-1');
    expect(JSON.parse(trail.find((e) => e.action === 'finding.ack_edited')!.detail)).toMatchObject({ from: 'first note', to: 'second note', by: 'Minh', ackBy: 'Lan' });
    expect(JSON.parse(trail.find((e) => e.action === 'finding.ack_withdrawn')!.detail)).toMatchObject({ note: 'second note', by: 'Minh' });
    expect(a.getShipment('HPH-1').status).toBe('open');
    expect(() => a.withdrawAcknowledgement('HPH-1', id, 'Minh')).toThrowError(expect.objectContaining({ code: 'INVALID' }));
    expect(() => a.editAcknowledgement('HPH-1', id, 'x', 'Minh')).toThrowError(expect.objectContaining({ code: 'INVALID' }));
    expect(a.verify()).toEqual([]);
    a.close();
  });

  it('acknowledges a group in one transaction: all or none, one entry per finding', () => {
    const { a } = fresh();
    a.addShipment(shipment('HPH-1'));
    const ids = a.getShipment('HPH-1').findings.map((f) => f.id);
    const before = actions(a).length;
    // One id that is not in the folder: nothing is acknowledged, nothing audited.
    expect(() => a.acknowledgeFindings('HPH-1', [...ids, 9999], 'checked together', 'Lan')).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(a.getShipment('HPH-1').findings.every((f) => !f.acknowledgement)).toBe(true);
    expect(actions(a).length).toBe(before);
    a.acknowledgeFinding('HPH-1', ids[0], 'own note', 'Lan');
    const done = a.acknowledgeFindings('HPH-1', ids, 'checked together', 'Lan');
    expect(done.map((f) => f.id)).toEqual(ids.slice(1));
    const d = a.getShipment('HPH-1');
    expect(d.findings.map((f) => f.acknowledgement?.note)).toEqual(['own note', 'checked together', 'checked together']);
    expect(d.status).toBe('open'); // the declarant marks it reviewed, not the acknowledgements (folder-status.test.ts)
    const group = a.audit('HPH-1').filter((e) => e.action === 'finding.acknowledged' && JSON.parse(e.detail).group === 2);
    expect(group).toHaveLength(2);
    a.close();
  });
});
