import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openArchive, type SqliteArchive } from '../../electron/archive/index.ts';
import { reindexShipment, SEARCH_TABLE_SQL, TEXTS_PER_FOLDER, toFtsQuery, whereMatched } from '../../electron/archive/search.ts';
import { matchSnippet } from '../../electron/archive/search-snippet.ts';
import { incoming, shipment, tempDir } from './helpers.ts';

function seeded(): SqliteArchive {
  const a = openArchive(join(tempDir(), 's.sqlite'), { create: true });
  a.addShipment(shipment('HPH-2026-0117'));
  a.addShipment(shipment('SGN-2026-0042', {
    documents: [
      incoming('invoice', 'Hóa đơn Đồng Nai.xlsx', [{ model: 'ENC-SSD-1T', description: 'Ổ cứng tự mã hóa 1 TB', hs: '85235111' }], { number: 'ĐN-777' }),
      incoming('packing_list', 'pl.csv', [{ model: 'ENC-SSD-1T' }]),
    ],
    attachments: [],
  }));
  a.createShipment('EMPTY-1', 'export');
  return a;
}

const refs = (a: SqliteArchive, q: string) => a.listShipments({ query: q }).shipments.map((s) => s.ref);

describe('full-text search', () => {
  it('is accent-insensitive both ways, đ included', () => {
    const a = seeded();
    expect(refs(a, 'thiet bi')).toEqual(['HPH-2026-0117']);
    expect(refs(a, 'thiết bị')).toEqual(['HPH-2026-0117']);
    expect(refs(a, 'THIET BI tuong lua')).toEqual(['HPH-2026-0117']);
    expect(refs(a, 'da nang')).toEqual(['HPH-2026-0117']);
    expect(refs(a, 'Đà Nẵng')).toEqual(['HPH-2026-0117']);
    expect(refs(a, 'dong nai')).toEqual(['SGN-2026-0042']);
    expect(refs(a, 'o cung tu ma hoa')).toEqual(['SGN-2026-0042']);
    expect(refs(a, 'mã hóa')).toEqual(['SGN-2026-0042', 'HPH-2026-0117']);
    a.close();
  });

  it('finds Chinese text anywhere in a run of characters, not only at its start', () => {
    const a = openArchive(join(tempDir(), 'zh.sqlite'), { create: true });
    a.addShipment(shipment('CN-2026-0001', {
      documents: [incoming('invoice', '发票.xlsx', [{ model: 'SG-100F', description: '下一代防火墙设备（带加密模块）', hs: '85176259' }])],
      attachments: [],
    }));
    a.addShipment(shipment('CN-2026-0002', {
      documents: [incoming('invoice', 'inv.xlsx', [{ model: 'PSU-65W', description: '电源适配器', hs: '85044090' }])],
      attachments: [],
    }));
    for (const q of ['下一代', '防火墙', '火墙', '设备', '加密模块', '密', '墙设', '防火墙 SG-100F']) expect(refs(a, q), q).toEqual(['CN-2026-0001']);
    expect(refs(a, '适配')).toEqual(['CN-2026-0002']);
    expect(refs(a, '发票')).toEqual(['CN-2026-0001']);
    for (const q of ['防墙', '设备器', '火防']) expect(refs(a, q), q).toEqual([]);
    a.close();
  });

  it('finds HS codes written with or without dots, whole or partial', () => {
    const a = seeded();
    expect(refs(a, '85176259')).toEqual(['HPH-2026-0117']);
    expect(refs(a, '8517.62.59')).toEqual(['HPH-2026-0117']);
    expect(refs(a, '8517 62 59')).toEqual(['HPH-2026-0117']);
    expect(refs(a, '8523.51')).toEqual(['SGN-2026-0042']);
    expect(refs(a, '852351')).toEqual(['SGN-2026-0042']);
    expect(refs(a, '85176258')).toEqual([]);
    a.close();
  });

  it('finds references, models, document numbers and file names, also by prefix', () => {
    const a = seeded();
    expect(refs(a, 'HPH-2026-0117')).toEqual(['HPH-2026-0117']);
    expect(refs(a, 'hph2026')).toEqual(['HPH-2026-0117']);
    expect(refs(a, 'FG-100F')).toEqual(['HPH-2026-0117']);
    expect(refs(a, 'fg100f')).toEqual(['HPH-2026-0117']);
    expect(refs(a, 'HSM')).toEqual(['HPH-2026-0117']);
    expect(refs(a, 'dn-777')).toEqual(['SGN-2026-0042']);
    expect(refs(a, 'INV-SGN')).toEqual([]); // that folder's invoice is numbered ĐN-777
    expect(refs(a, 'contract.pdf')).toEqual(['HPH-2026-0117']);
    expect(refs(a, 'hoa don')).toEqual(['SGN-2026-0042']);
    expect(refs(a, 'EMPTY')).toEqual(['EMPTY-1']);
    expect(refs(a, 'enc-ssd')).toEqual(['SGN-2026-0042']);
    expect(a.listShipments({ query: 'firewall' }).total).toBe(1);
    a.close();
  });

  it('treats the user’s text as words, never as FTS5 syntax', () => {
    const a = seeded();
    for (const q of ['"', 'NEAR(', 'a OR b', '*', 'col:x', '-', '^foo', ')(', 'AND']) {
      expect(() => a.listShipments({ query: q }), q).not.toThrow();
    }
    expect(toFtsQuery('  ')).toBeNull();
    expect(toFtsQuery('8517.62 Thiết')).toBe('"851762" AND "thiet"*');
    expect(toFtsQuery('VPN-GW-2 x')).toBe('"vpngw2" AND "x"');
    expect(refs(a, '')).toEqual(['EMPTY-1', 'SGN-2026-0042', 'HPH-2026-0117']);
    a.close();
  });
});

describe('a phrase in quotes', () => {
  it('"Bảo Minh" finds the consignee, not "bảo mật" in one line and "thông minh" in another', () => {
    const a = openArchive(join(tempDir(), 'phrase.sqlite'), { create: true });
    a.addShipment(shipment('HPH-2026-0300', {
      documents: [incoming('invoice', 'inv.xlsx', [{ model: 'BM-1', description: 'Bảo Minh secure router' }])], attachments: [],
    }));
    a.addShipment(shipment('HPH-2026-0301', {
      documents: [incoming('invoice', 'inv.xlsx', [
        { model: 'SC-1', description: 'Thiết bị bảo mật' }, { model: 'SC-2', description: 'Thẻ thông minh' },
      ])], attachments: [],
    }));
    expect(refs(a, '"Bảo Minh"')).toEqual(['HPH-2026-0300']);
    expect(refs(a, '“bao minh”')).toEqual(['HPH-2026-0300']);
    // Unquoted, the two words may stand apart: both folders.
    expect(refs(a, 'bảo minh')).toEqual(['HPH-2026-0301', 'HPH-2026-0300']);
    expect(toFtsQuery('"Bảo Minh" router')).toBe('"bao minh" AND "router"*');
    a.close();
  });
});

/** The invoice of `shipment()` with the parties its title block would give. */
function withParties(ref: string, consignee: string, shipper: string) {
  const inv = incoming('invoice', 'invoice.xlsx', [{ model: 'FG-100F', description: 'Thiết bị tường lửa', hs: '85176259', qty: 20 }]);
  inv.parsed.parties = { consignee: { value: consignee, sheet: 'Sheet1', cell: 'A6' }, shipper: { value: shipper, sheet: 'Sheet1', cell: 'B3' } };
  return shipment(ref, { documents: [inv], attachments: [] });
}

const match = (a: SqliteArchive, q: string) => a.listShipments({ query: q, limit: 50 }).shipments.map((s) => [s.ref, s.match]);

describe('notes and parties', () => {
  it('finds a folder by its consignee or shipper, accent-insensitive, and a quoted party only as written', () => {
    const a = openArchive(join(tempDir(), 'parties.sqlite'), { create: true });
    a.addShipment(withParties('HPH-2026-0400', 'Công ty Bảo hiểm Bảo Minh', 'SecuGate Networks Co., Ltd.'));
    a.addShipment(shipment('HPH-2026-0401', {
      documents: [incoming('invoice', 'inv.xlsx', [{ model: 'SC-1', description: 'Thiết bị bảo mật' }, { model: 'SC-2', description: 'Thẻ thông minh' }])],
      attachments: [],
    }));
    expect(refs(a, 'bao minh')).toEqual(['HPH-2026-0401', 'HPH-2026-0400']);
    expect(refs(a, '"Bảo Minh"')).toEqual(['HPH-2026-0400']);
    expect(refs(a, 'secugate')).toEqual(['HPH-2026-0400']);
    expect(match(a, '"bao minh"')).toEqual([['HPH-2026-0400', { field: 'consignee', text: 'Công ty Bảo hiểm Bảo Minh', marks: [[17, 25]] }]]);
    expect(match(a, 'secugate')).toEqual([['HPH-2026-0400', { field: 'shipper', text: 'SecuGate Networks Co., Ltd.', marks: [[0, 8]] }]]);
    a.close();
  });

  it('finds an acknowledgement note from the moment it is written, an edited one by its new words, a withdrawn one no more', () => {
    const a = openArchive(join(tempDir(), 'notes.sqlite'), { create: true });
    a.addShipment(shipment('HPH-2026-0500'));
    expect(refs(a, 'hai quan da xac nhan')).toEqual([]);
    const [first, second] = a.getShipment('HPH-2026-0500').findings;
    a.acknowledgeFinding('HPH-2026-0500', first.id, 'Hải quan đã xác nhận số lượng 18 chiếc', 'Lan');
    expect(refs(a, 'hai quan da xac nhan')).toEqual(['HPH-2026-0500']);
    expect(match(a, 'xac nhan')[0][1]).toEqual({ field: 'note', text: 'Hải quan đã xác nhận số lượng 18 chiếc', marks: [[12, 15], [16, 20]] });
    a.editAcknowledgement('HPH-2026-0500', first.id, 'Người bán gửi lại phiếu đóng gói', 'Lan');
    expect(refs(a, 'xac nhan')).toEqual([]);
    expect(refs(a, 'phieu dong goi')).toEqual(['HPH-2026-0500']);
    a.withdrawAcknowledgement('HPH-2026-0500', first.id, 'Lan');
    expect(refs(a, 'phieu dong goi')).toEqual([]);
    a.acknowledgeFindings('HPH-2026-0500', [first.id, second.id], 'Đã kiểm tra catalogue bản giấy', 'Lan');
    expect(refs(a, 'catalogue ban giay')).toEqual(['HPH-2026-0500']);
    a.close();
  });
});

describe('why a folder matched', () => {
  it('shows the model, the description or the file that matched, its words marked where they are written', () => {
    const a = seeded();
    expect(match(a, 'SGN-2026')).toEqual([['SGN-2026-0042', { field: 'ref', text: 'SGN-2026-0042', marks: [[0, 8]] }]]);
    expect(match(a, 'enc ssd')).toEqual([['SGN-2026-0042', { field: 'model', text: 'ENC-SSD-1T', marks: [[0, 3], [4, 7]] }]]);
    expect(match(a, 'encssd1t')).toEqual([['SGN-2026-0042', { field: 'model', text: 'ENC-SSD-1T', marks: [[0, 10]] }]]);
    expect(match(a, 'o cung ma hoa')).toEqual([['SGN-2026-0042', { field: 'description', text: 'Ổ cứng tự mã hóa 1 TB', marks: [[0, 1], [2, 6], [10, 12], [13, 16]] }]]);
    expect(match(a, 'dong nai')).toEqual([['SGN-2026-0042', { field: 'file', text: 'Hóa đơn Đồng Nai.xlsx', marks: [[8, 12], [13, 16]] }]]);
    expect(match(a, '8517.62')).toEqual([['HPH-2026-0117', { field: 'hs_code', text: '8517.62.59', marks: [[0, 7]] }]]);
    a.close();
  });

  it('marks a quoted phrase only where its words stand side by side', () => {
    const a = openArchive(join(tempDir(), 'phrase-snippet.sqlite'), { create: true });
    a.addShipment(shipment('HPH-2026-0600', {
      documents: [incoming('invoice', 'inv.xlsx', [
        { model: 'SC-1', description: 'Thiết bị bảo mật, thẻ thông minh' }, { model: 'BM-1', description: 'Router bảo minh và bảo mật' },
      ])], attachments: [],
    }));
    expect(match(a, '"bảo minh"')).toEqual([['HPH-2026-0600', { field: 'description', text: 'Router bảo minh và bảo mật', marks: [[7, 15]] }]]);
    a.close();
  });

  it('cuts a long text around the match, says where it cut, and keeps the marks on the matching words', () => {
    const a = openArchive(join(tempDir(), 'long.sqlite'), { create: true });
    const long = `${'Thiết bị mạng dùng trong văn phòng, '.repeat(6)}có chức năng mã hóa IPsec${', kèm phụ kiện'.repeat(8)}`;
    a.addShipment(shipment('HPH-2026-0700', { documents: [incoming('invoice', 'inv.xlsx', [{ model: 'X-1', description: long }])], attachments: [] }));
    const [[, m]] = match(a, 'ipsec') as [string, { text: string; marks: [number, number][] }][];
    expect(m.text.startsWith('…')).toBe(true);
    expect(m.text.endsWith('…')).toBe(true);
    expect(m.text.length).toBeLessThanOrEqual(125);
    expect(m.marks.map(([s, e]) => m.text.slice(s, e))).toEqual(['IPsec']);
    a.close();
  });

  it('the command line\'s whole list carries no snippets; a page does', () => {
    const a = seeded();
    expect(a.listShipments({ query: 'enc' }).shipments[0].match).toBeUndefined();
    expect(a.listShipments({ query: 'enc', limit: 100 }).shipments[0].match).toMatchObject({ field: 'model' });
    a.close();
  });
});

describe('where a page matched, quickly and honestly', () => {
  const idOf = (a: SqliteArchive, ref: string) => a.connection.prepare('SELECT id FROM shipments WHERE ref = ?').pluck().get(ref) as number;

  it('says the words are in several fields when no one text holds them all, never a text with some of them marked', () => {
    const a = seeded();
    // "contract" is the attachment's name, "firewall" a description: no text holds both.
    expect(refs(a, 'contract firewall')).toEqual(['HPH-2026-0117']);
    // The list names the fields, marks no text.
    expect(match(a, 'contract firewall')).toEqual([['HPH-2026-0117', { fields: ['description', 'file'] }]]);
    expect(whereMatched(a.connection, [idOf(a, 'HPH-2026-0117')], 'contract firewall').get(idOf(a, 'HPH-2026-0117')))
      .toEqual({ fields: ['description', 'file'] });
    a.close();
  });

  it('reads a bounded number of a folder’s texts: a model past them is said to be in the models, not searched for line by line', () => {
    const a = openArchive(join(tempDir(), 'deep.sqlite'), { create: true });
    const lines = Array.from({ length: TEXTS_PER_FOLDER + 50 }, (_, k) => ({ model: `M-${k}`, description: `Thiết bị số ${k}` }));
    lines.push({ model: 'SPARE-9', description: 'Phụ tùng' });
    a.addShipment(shipment('HPH-2026-0800', { documents: [incoming('invoice', 'inv.xlsx', lines)], attachments: [] }));
    const id = idOf(a, 'HPH-2026-0800');
    expect(whereMatched(a.connection, [id], 'spare').get(id)).toEqual({ fields: ['model'] });
    // Early lines are shown as ever; only the model column was read (its texts, not the descriptions, are marked).
    expect(whereMatched(a.connection, [id], 'm-3').get(id)).toEqual({ field: 'model', text: 'M-3', marks: [[0, 3]] });
    a.close();
  });

  it('keeps the marks on the word when the cut of a long text falls on a double space', () => {
    const text = `${'a'.repeat(60)}  ${'b'.repeat(27)} target ${'c'.repeat(100)}`;
    const m = matchSnippet([{ field: 'description', text }], 'target')!;
    expect(m.text.startsWith('…b')).toBe(true);
    expect(m.marks.map(([s, e]) => m.text.slice(s, e))).toEqual(['target']);
  });

  it('asks the index for its columns once per connection, and again when a migration rebuilds the table', () => {
    const a = seeded();
    const db = a.connection;
    const pragma = vi.spyOn(db, 'pragma');
    const id = idOf(a, 'HPH-2026-0117');
    for (let i = 0; i < 5; i++) reindexShipment(db, id);
    const asked = () => pragma.mock.calls.filter(([p]) => String(p).startsWith('table_info')).length;
    expect(asked()).toBeLessThanOrEqual(1);
    // As migration 002 left it (six columns), then as 009 rebuilds it, on the same connection.
    db.exec('DROP TABLE shipment_search');
    db.exec(SEARCH_TABLE_SQL.replace('numbers, files, parties, notes,', 'numbers, files,'));
    expect(() => reindexShipment(db, id)).not.toThrow();
    db.exec('DROP TABLE shipment_search');
    db.exec(SEARCH_TABLE_SQL);
    const [finding] = a.getShipment('HPH-2026-0117').findings;
    a.acknowledgeFinding('HPH-2026-0117', finding.id, 'Đã đối chiếu với tờ khai', 'Lan');
    expect(refs(a, 'doi chieu')).toEqual(['HPH-2026-0117']);
    pragma.mockRestore();
    a.close();
  });
});
