import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive, type SqliteArchive } from '../../electron/archive/index.ts';
import { toFtsQuery } from '../../electron/archive/search.ts';
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
