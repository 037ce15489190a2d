import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ArchiveError, openArchive, type SqliteArchive } from '../../electron/archive/index.ts';
import { sha256Hex } from '../../electron/archive/sql.ts';
import type { Finding } from '../../shared/domain/types.ts';
import { FINDINGS, incoming, shipment, tempDir } from './helpers.ts';

function fresh(): SqliteArchive {
  return openArchive(join(tempDir(), 'a.sqlite'), { create: true, now: () => new Date('2026-11-23T08:00:00Z') });
}

const count = (a: SqliteArchive, table: string) => a.connection.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('addShipment', () => {
  it('stores the folder and gives back what was stored, parsed documents included', () => {
    const a = fresh();
    const s = shipment('HPH-1');
    const summary = a.addShipment(s);
    expect(summary).toMatchObject({ ref: 'HPH-1', direction: 'import', eta: '2026-12-01', status: 'open', errors: 1, warnings: 1, infos: 1 });
    const d = a.getShipment('HPH-1');
    expect(d.checkDate).toBe('2026-11-20');
    expect(d.controlledListId).toBe('nd58-2016');
    expect(d.documents.map((x) => [x.role, x.file, x.lines])).toEqual([['invoice', 'invoice.xlsx', 2], ['packing_list', 'packing-list.xlsx', 2]]);
    expect(d.documents[0].parsed).toEqual(s.documents[0].parsed);
    expect(d.documents[1].parsed).toEqual(s.documents[1].parsed);
    expect(d.documents[0].sha256).toBe(sha256Hex(s.documents[0].bytes));
    expect(d.files.map((f) => [f.name, f.role ?? null, f.bytes])).toEqual([
      ['invoice.xlsx', 'invoice', s.documents[0].bytes.length], ['packing-list.xlsx', 'packing_list', s.documents[1].bytes.length],
      ['contract.pdf', null, s.attachments[0].bytes.length],
    ]);
    expect(Buffer.from(a.readFile(d.files[2].sha256))).toEqual(Buffer.from(s.attachments[0].bytes));
    expect(d.findings.map(({ id: _id, ...f }) => f)).toEqual(FINDINGS);
    expect(d.summary).toEqual({ errors: 1, warnings: 1, infos: 1 });
    expect(a.audit('HPH-1').map((e) => e.action)).toEqual(['shipment.added']);
    a.close();
  });

  it('refuses a reference that exists, changing nothing', () => {
    const a = fresh();
    a.addShipment(shipment('HPH-1'));
    const before = { files: count(a, 'files'), docs: count(a, 'documents'), audit: count(a, 'audit') };
    const other = shipment('HPH-1', { attachments: [{ name: 'new.pdf', bytes: new Uint8Array([1, 2, 3]) }] });
    expect(() => a.addShipment(other)).toThrowError(expect.objectContaining({ code: 'REF_EXISTS' }));
    expect({ files: count(a, 'files'), docs: count(a, 'documents'), audit: count(a, 'audit') }).toEqual(before);
    a.close();
  });

  it('says which reference exists in Vietnamese too, and what to do', () => {
    const a = fresh();
    a.addShipment(shipment('HPH-1'));
    let error: unknown;
    try { a.addShipment(shipment('HPH-1')); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).message).toBe('A shipment folder "HPH-1" already exists in this archive: choose another reference.');
    expect((error as ArchiveError).messageVi).toBe('Kho hồ sơ này đã có thư mục lô hàng "HPH-1": hãy chọn số tham chiếu khác.');
    a.close();
  });

  it('is one transaction: a failure after the files and documents are written leaves nothing', () => {
    const a = fresh();
    const auditBefore = count(a, 'audit');
    // Findings are written after files, documents and lines; a value JSON cannot hold fails there.
    const poisoned = [...FINDINGS, { ...FINDINGS[0], params: { model: 'X', bad: 10n } } as unknown as Finding];
    expect(() => a.addShipment(shipment('HPH-9', { findings: poisoned }))).toThrow(/BigInt/);
    for (const table of ['shipments', 'files', 'shipment_files', 'documents', 'lines', 'findings']) expect(count(a, table)).toBe(0);
    expect(count(a, 'audit')).toBe(auditBefore);
    expect(a.listShipments({ query: 'firewall' }).total).toBe(0);
    // And the archive still works afterwards.
    a.addShipment(shipment('HPH-9'));
    expect(a.listShipments({}).total).toBe(1);
    expect(a.verify()).toEqual([]);
    a.close();
  });

  it('stores identical bytes once, whatever the name or folder', () => {
    const a = fresh();
    const same = new TextEncoder().encode('the same invoice bytes');
    const doc = (ref: string) => shipment(ref, {
      documents: [incoming('invoice', `inv-${ref}.xlsx`, [{ model: 'A' }], { bytes: same }), incoming('packing_list', 'pl.xlsx', [{ model: 'A' }], { bytes: same })],
      attachments: [{ name: 'copy.xlsx', bytes: same }],
    });
    a.addShipment(doc('R1'));
    a.addShipment(doc('R2'));
    expect(count(a, 'files')).toBe(1);
    expect(count(a, 'shipment_files')).toBe(6);
    expect(a.getShipment('R2').files.every((f) => f.sha256 === sha256Hex(same))).toBe(true);
    a.close();
  });

  it('rejects what cannot be stored before touching the file', () => {
    const a = fresh();
    expect(() => a.addShipment(shipment(' padded '))).toThrow(ArchiveError);
    expect(() => a.addShipment(shipment('R', { eta: '2026-13-40' }))).toThrow(/ETA/);
    const s = shipment('R');
    expect(() => a.addShipment({ ...s, documents: [s.documents[0], s.documents[0]] })).toThrow(/Two documents/);
    expect(count(a, 'shipments')).toBe(0);
    a.close();
  });
});

describe('the app’s piecemeal path', () => {
  it('creates a folder, adds and replaces documents, re-checks keeping acknowledgements', () => {
    const a = fresh();
    a.createShipment('APP-1', 'export');
    const first = a.addDocument('APP-1', incoming('invoice', 'v1.xlsx', [{ model: 'OLD-1' }]));
    const second = a.addDocument('APP-1', incoming('invoice', 'v2.xlsx', [{ model: 'NEW-2' }, { model: 'NEW-3' }]));
    expect(second.lines).toBe(2);
    let d = a.getShipment('APP-1');
    expect(d.documents.map((x) => x.file)).toEqual(['v2.xlsx']);
    expect(d.files.map((f) => f.name)).toEqual(['v2.xlsx']);
    expect(count(a, 'lines')).toBe(2);
    // The replaced file's bytes stay: the audit trail names them.
    expect(a.readFile(first.sha256).length).toBeGreaterThan(0);
    expect(a.listShipments({ query: 'OLD-1' }).total).toBe(0);
    expect(a.listShipments({ query: 'NEW-3' }).total).toBe(1);

    const stored = a.replaceFindings('APP-1', FINDINGS, '2026-11-20', 'nd58');
    a.acknowledgeFinding('APP-1', stored[1].id, 'catalogue follows by mail', 'lan');
    const again = a.replaceFindings('APP-1', [FINDINGS[1], FINDINGS[2]], '2026-11-21');
    expect(again[0].acknowledgement).toMatchObject({ note: 'catalogue follows by mail', by: 'lan' });
    expect(again[1].acknowledgement).toBeUndefined();
    d = a.getShipment('APP-1');
    expect(d.status).toBe('open');
    a.acknowledgeFinding('APP-1', again[1].id, 'ok', 'lan');
    // Every finding acknowledged: still open until the declarant marks it reviewed (folder-status.test.ts).
    expect(a.getShipment('APP-1').status).toBe('open');
    expect(a.getShipment('APP-1').checkDate).toBe('2026-11-21');
    expect(() => a.acknowledgeFinding('APP-1', 99999, 'x', 'lan')).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(a.audit('APP-1').map((e) => e.action)).toEqual([
      'shipment.created', 'document.added', 'document.added', 'findings.replaced', 'finding.acknowledged', 'findings.replaced', 'finding.acknowledged',
    ]);
    expect(a.verify()).toEqual([]);
    a.close();
  });

  it('stores attachments under a group and remembers layouts', () => {
    const a = fresh();
    a.createShipment('APP-2', 'import', '2026-12-24');
    const f = a.addAttachment('APP-2', { name: 'thư.pdf', bytes: new Uint8Array([9, 9, 9]) }, 'correspondence');
    expect(f).toEqual({ name: 'thư.pdf', sha256: sha256Hex(new Uint8Array([9, 9, 9])), bytes: 3, group: 'correspondence' });
    expect(a.getShipment('APP-2').files).toEqual([{ name: 'thư.pdf', sha256: f.sha256, bytes: 3, group: 'correspondence' }]);
    expect(a.listShipments({ query: 'thu' }).shipments.map((s) => s.ref)).toEqual(['APP-2']);
    expect(a.getLayout('supplier-x')).toBeUndefined();
    a.saveLayout('supplier-x', { headerRow: 10, columns: { model: 'B' } });
    a.saveLayout('supplier-x', { headerRow: 11 });
    expect(a.getLayout('supplier-x')).toEqual({ headerRow: 11 });
    expect(() => a.addDocument('NOPE', incoming('invoice', 'x.xlsx', [{ model: 'A' }]))).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
    a.close();
  });

  it('lists newest first with paging and a total', () => {
    const a = fresh();
    for (const ref of ['A', 'B', 'C']) a.createShipment(ref, 'import');
    expect(a.listShipments({}).shipments.map((s) => s.ref)).toEqual(['C', 'B', 'A']);
    expect(a.listShipments({ limit: 1, offset: 1 })).toMatchObject({ total: 3, shipments: [{ ref: 'B' }] });
    a.close();
  });
});

describe('concurrency', () => {
  it('a second connection reads while the first writes, and sees only committed folders', () => {
    const dir = tempDir();
    const path = join(dir, 'a.sqlite');
    const writer = openArchive(path, { create: true });
    const reader = openArchive(path, { readonly: true });
    writer.addShipment(shipment('W-1'));
    expect(reader.listShipments({}).total).toBe(1);
    writer.batch(() => {
      writer.addShipment(shipment('W-2'));
      // Not yet committed: the reader still sees one folder.
      expect(reader.listShipments({}).total).toBe(1);
    });
    expect(reader.listShipments({}).total).toBe(2);
    expect(() => reader.createShipment('R-1', 'import')).toThrow(/readonly|read-only|query_only/i);
    reader.close();
    writer.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });
});
