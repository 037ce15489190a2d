// The controlled list: the decree's 4/6/8-digit coverage rule, which rows are entries, and which list is in force.
import { describe, expect, it } from 'vitest';
import { findControlledEntry, listInForce } from '../../shared/controlled-list/apply.ts';
import { readControlledList } from '../../shared/controlled-list/read-list.ts';
import { brief, check, codes, invoice, LIST_2016, list2025, packingList, sheetBytes, type Line } from './fixtures.ts';

const covered = (list: Parameters<typeof findControlledEntry>[0], hs: string) => {
  const m = findControlledEntry(list, hs);
  return m ? `${m.entry.hsCode}/${m.entry.level}` : null;
};

describe('Appendix II of Decree 58/2016 (bundled)', () => {
  it('holds only the rows with a crypto-function description: headings printed for context are not entries', () => {
    expect(LIST_2016.entries).toHaveLength(34);
    const codesOnList = LIST_2016.entries.map((e) => e.hsCode);
    expect(codesOnList).toContain('851762');
    expect(codesOnList).toContain('85176900');
    expect(codesOnList).not.toContain('8471'); // "84.71" heading
    expect(codesOnList).not.toContain('847180'); // "8471.80" subheading above 8471.80.90
    expect(LIST_2016.entries.every((e) => e.cryptoFunction !== '')).toBe(true);
  });

  it('a 6-digit entry covers every 8-digit code of its subheading', () => {
    for (const hs of ['85176210', '85176249', '85176259', '85176299']) expect(covered(LIST_2016, hs)).toBe('851762/6');
    expect(covered(LIST_2016, '851762')).toBe('851762/6');
  });

  it('an 8-digit entry covers only that code', () => {
    expect(covered(LIST_2016, '85176900')).toBe('85176900/8');
    expect(covered(LIST_2016, '85176910')).toBeNull();
    expect(covered(LIST_2016, '85176290')).toBe('851762/6'); // 8517.62.xx is the 6-digit entry's, not 8517.69.00's
    expect(covered(LIST_2016, '84718090')).toBe('84718090/8');
    expect(covered(LIST_2016, '84718010')).toBeNull();
    expect(covered(LIST_2016, '8471')).toBeNull();
  });

  it('codes not on the list are not covered', () => {
    expect(covered(LIST_2016, '85444294')).toBeNull();
    expect(covered(LIST_2016, '84716090')).toBeNull();
  });
});

describe('a list typed from the decree into a spreadsheet', () => {
  const rows = [
    ['PHỤ LỤC II — DANH MỤC SẢN PHẨM MẬT MÃ DÂN SỰ XUẤT KHẨU, NHẬP KHẨU THEO GIẤY PHÉP'],
    [],
    ['Mã HS', 'Tên hàng hóa', 'Mô tả chức năng mật mã'],
    ['84.71', 'Máy xử lý dữ liệu tự động', 'Sản phẩm sinh khóa mật mã'],
    ['85.17', 'Bộ điện thoại, kể cả điện thoại thông minh', null],
    ['8517.62', '– – Máy thu, đổi và truyền', 'Thiết bị mã hóa'],
    ['8517.69.00', '– – Loại khác', 'Thiết bị mã hóa'],
    ['85.43', 'Máy và thiết bị điện có chức năng riêng', null],
    ['8543.70', '– Máy và thiết bị khác', null],
    ['8543.70.20', '– – Máy mã hóa', 'Sản phẩm bảo mật'],
  ];
  const r = readControlledList('phu-luc.xlsx', sheetBytes(rows, 'Phụ lục II'), { id: 'test', legalBasis: 'test', effectiveFrom: '2020-01-01', source: 'test' });
  if (!r.ok) throw new Error(r.error.message);
  const list = r.value;

  it('takes the rows with a crypto description as entries, each at the level written', () => {
    expect(list.entries.map((e) => `${e.hsCode}/${e.level}`)).toEqual(['8471/4', '851762/6', '85176900/8', '85437020/8']);
  });

  it('applies the 4-digit rule: the whole heading', () => {
    expect(covered(list, '84711000')).toBe('8471/4');
    expect(covered(list, '84718090')).toBe('8471/4');
  });

  it('does not let heading rows without a crypto description cover anything', () => {
    expect(covered(list, '85171300')).toBeNull();
    expect(covered(list, '85437090')).toBeNull();
    expect(covered(list, '85437020')).toBe('85437020/8');
  });

  it('refuses a spreadsheet that is not a list, in one sentence', () => {
    const bad = readControlledList('invoice.xlsx', sheetBytes([['Model', 'Qty'], ['A', 1]]), { id: 'x', legalBasis: 'x', effectiveFrom: '2020-01-01', source: 'x' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/^invoice\.xlsx: no controlled-list table found/);
  });
});

describe('the list in force on the check date', () => {
  const lists = [LIST_2016, list2025()];
  // Weights given so that every rule runs (no NOT_CHECKED): the test is about the list applied.
  const router: Line = { model: 'RT-10', hs: '8517.62.10', qty: 1, unit: 'PCS', price: 100, origin: 'China', net: 1, gross: 1.2 };
  const phone: Line = { model: 'PH-5G', hs: '8517.13.00', qty: 1, unit: 'PCS', price: 300, origin: 'China', net: 0.2, gross: 0.3 };
  const docs = () => [invoice([router, phone]), packingList([router, phone])];

  it('imports the 2025 list from its spreadsheet', () => {
    expect(lists[1].entries).toHaveLength(34);
    expect(lists[1].effectiveFrom).toBe('2025-09-09');
  });

  it('switches from the 2016 list to the 2025 list on 2025-09-09', () => {
    expect(listInForce(lists, '2016-06-30')).toBeNull();
    expect(listInForce(lists, '2016-07-01')!.id).toBe(LIST_2016.id);
    expect(listInForce(lists, '2025-09-08')!.id).toBe(LIST_2016.id);
    expect(listInForce(lists, '2025-09-09')!.id).toBe('211/2025/NĐ-CP');
    expect(listInForce([...lists].reverse(), '2026-11-20')!.id).toBe('211/2025/NĐ-CP');
  });

  it('before: 8517.62.10 is controlled through the 2016 6-digit entry; a smartphone (8517.13.00) is not', () => {
    const r = check(docs(), '2025-09-08', lists);
    expect(r.list?.id).toBe(LIST_2016.id);
    expect(brief(r.findings)).toEqual([
      { code: 'NOT_IN_PERMIT', model: 'RT-10', refs: ['invoice!Invoice!B6'] },
      { code: 'CONTROLLED_HS_CODE', model: 'RT-10', refs: ['invoice!Invoice!D6'] },
    ]);
  });

  it('after: the 2025 list controls the smartphone, and no longer 8517.62.10', () => {
    const r = check(docs(), '2026-11-20', lists);
    expect(r.list?.id).toBe('211/2025/NĐ-CP');
    expect(brief(r.findings)).toEqual([
      { code: 'NOT_IN_PERMIT', model: 'PH-5G', refs: ['invoice!Invoice!B7'] },
      { code: 'CONTROLLED_HS_CODE', model: 'PH-5G', refs: ['invoice!Invoice!D7'] },
    ]);
  });

  it('controls nothing on a date no list covers', () => {
    const r = check(docs(), '2015-01-01', lists);
    expect(r.list).toBeNull();
    expect(codes(r.findings)).toEqual([]);
  });
});
