// Every finding code of the contract: one case that must raise it (exact cells), and a near case that must not.
// Cells follow the plain layouts of fixtures.ts: invoice lines from row 6 (B model, D HS, E qty, F unit, G price,
// H amount, I origin); packing list from row 2 (A model, B qty, C unit, D packages, E net, F gross, G origin);
// permit lines from row 6 (B model, C HS, D qty, E unit, F origin; B2 issued, B3 valid until); catalogue from row 2.
import { describe, expect, it } from 'vitest';
import { brief, catalogue, check, codes, CABLE, FIREWALL, invoice, packingList, permit, type Line } from './fixtures.ts';

const PSU: Line = { model: 'PSU-65W', hs: '8504.40.90', qty: 25, unit: 'PCS', price: 12.4, origin: 'China', packages: 1, net: 5, gross: 6.5 };

describe('the plain documents agree', () => {
  it('gives no finding at all when nothing differs (the background of every case below)', () => {
    const r = check([invoice([CABLE, PSU], { total: 485 }), packingList([CABLE, PSU], { packages: 2, net: 10, gross: 12.5 }), catalogue([CABLE, PSU])]);
    expect(r.findings).toEqual([]);
    expect(r.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });
});

describe('MISSING_IN_PACKING_LIST / MISSING_IN_INVOICE', () => {
  it('raises both, at the model cells of the document that has the item', () => {
    const r = check([invoice([CABLE, PSU]), packingList([CABLE, { ...PSU, model: 'PSU-90W' }])]);
    expect(brief(r.findings)).toEqual([
      { code: 'MISSING_IN_PACKING_LIST', model: 'PSU-65W', refs: ['invoice!Invoice!B7'] },
      { code: 'MISSING_IN_INVOICE', model: 'PSU-90W', refs: ['packing_list!PL!A3'] },
    ]);
  });

  it('matches models after normalisation (case, spaces, - _ . /) instead', () => {
    const r = check([invoice([CABLE, PSU]), packingList([{ ...CABLE, model: 'cbl_cat6/2m' }, { ...PSU, model: 'PSU.65 W' }])]);
    expect(codes(r.findings)).toEqual(['MODEL_NEAR_MATCH', 'MODEL_NEAR_MATCH']);
  });
});

describe('QUANTITY_MISMATCH', () => {
  it('raises it with the quantity cells of both documents', () => {
    const r = check([invoice([CABLE]), packingList([{ ...CABLE, qty: 90 }])]);
    expect(brief(r.findings)).toEqual([{ code: 'QUANTITY_MISMATCH', model: 'CBL-CAT6-2M', refs: ['invoice!Invoice!E6', 'packing_list!PL!B2'] }]);
    expect(r.findings[0].params).toMatchObject({ invoice: 100, packing_list: 90 });
  });

  it('sums the lines of one model in each document before comparing', () => {
    const inv = invoice([{ ...CABLE, qty: 50 }, PSU, { ...CABLE, qty: 50 }]);
    const pl = packingList([{ ...CABLE, qty: 60 }, { ...CABLE, qty: 40 }, PSU]);
    expect(check([inv, pl]).findings).toEqual([]);
  });

  it('still raises it when the sums differ, pointing at every line summed', () => {
    const r = check([invoice([{ ...CABLE, qty: 50 }, { ...CABLE, qty: 50 }]), packingList([{ ...CABLE, qty: 60 }, { ...CABLE, qty: 30 }])]);
    expect(brief(r.findings)).toEqual([{ code: 'QUANTITY_MISMATCH', model: 'CBL-CAT6-2M', refs: ['invoice!Invoice!E6', 'invoice!Invoice!E7', 'packing_list!PL!B2', 'packing_list!PL!B3'] }]);
  });
});

describe('UNIT_MISMATCH', () => {
  it('raises it for PCS against SET, on the packing list and on the permit', () => {
    const fw = { ...FIREWALL, unit: 'SET' };
    const r = check([invoice([fw]), packingList([{ ...fw, unit: 'PCS' }]), permit([{ ...fw, unit: 'Chiếc' }])]);
    expect(brief(r.findings)).toEqual([
      { code: 'UNIT_MISMATCH', model: 'FW-200E', refs: ['invoice!Invoice!F6', 'packing_list!PL!C2'] },
      { code: 'UNIT_MISMATCH', model: 'FW-200E', refs: ['invoice!Invoice!F6', 'permit!GP!E6'] },
      { code: 'CONTROLLED_HS_CODE', model: 'FW-200E', refs: ['invoice!Invoice!D6'] },
    ]);
  });

  it('looks at every line of a model, not only its first, and points at the line that differs', () => {
    const r = check([invoice([CABLE, CABLE]), packingList([{ ...CABLE, qty: 60 }, { ...CABLE, qty: 140, unit: 'SET' }])]);
    expect(brief(r.findings)).toEqual([
      { code: 'UNIT_MISMATCH', model: 'CBL-CAT6-2M', refs: ['invoice!Invoice!F6', 'invoice!Invoice!F7', 'packing_list!PL!C3'] },
    ]);
    expect(r.findings[0].params).toMatchObject({ invoice_unit: 'PCS', other_unit: 'SET' });
  });

  it('raises it when the first document counts some lines in a unit the other never uses', () => {
    const r = check([invoice([CABLE, { ...CABLE, unit: 'SET' }]), packingList([{ ...CABLE, qty: 200 }])]);
    expect(brief(r.findings)).toEqual([
      { code: 'UNIT_MISMATCH', model: 'CBL-CAT6-2M', refs: ['invoice!Invoice!F7', 'packing_list!PL!C2'] },
    ]);
    expect(r.findings[0].params).toMatchObject({ invoice_unit: 'SET', other_unit: 'PCS' });
  });

  it('does not raise it when a model split over lines keeps one unit everywhere', () => {
    const r = check([invoice([CABLE, CABLE]), packingList([{ ...CABLE, qty: 60, unit: 'Cái' }, { ...CABLE, qty: 140 }])]);
    expect(codes(r.findings)).not.toContain('UNIT_MISMATCH');
  });

  it.each([['PCS', 'CÁI'], ['PC', '个'], ['PIECE', 'Chiếc'], ['SET', 'Bộ'], ['Sets', '套']])('does not raise it for %s against %s', (a, b) => {
    const r = check([invoice([{ ...CABLE, unit: a }]), packingList([{ ...CABLE, unit: b }]), permit([{ ...CABLE, unit: b }])]);
    expect(codes(r.findings)).not.toContain('UNIT_MISMATCH');
  });
});

describe('MODEL_NEAR_MATCH', () => {
  it('raises it when a document writes the model differently, citing both spellings', () => {
    const r = check([invoice([CABLE]), packingList([{ ...CABLE, model: 'CBL CAT6 2M' }])]);
    expect(brief(r.findings)).toEqual([{ code: 'MODEL_NEAR_MATCH', model: 'CBL-CAT6-2M', refs: ['invoice!Invoice!B6', 'packing_list!PL!A2'] }]);
    expect(r.findings[0].params.other_name).toBe('CBL CAT6 2M');
  });

  it('does not raise it for the same spelling, nor for surrounding spaces', () => {
    expect(check([invoice([CABLE]), packingList([{ ...CABLE, model: ' CBL-CAT6-2M ' }])]).findings).toEqual([]);
  });

  it('does not match models that differ in more than punctuation', () => {
    const r = check([invoice([CABLE]), packingList([{ ...CABLE, model: 'CBL-CAT6-2M-B' }])]);
    expect(codes(r.findings)).toEqual(['MISSING_IN_PACKING_LIST', 'MISSING_IN_INVOICE']);
  });
});

describe('LINE_AMOUNT_MISMATCH', () => {
  it('raises it when quantity × unit price is off the amount by more than 0.01', () => {
    const r = check([invoice([{ ...CABLE, amount: 175.02 }]), packingList([CABLE])]);
    expect(brief(r.findings)).toEqual([{ code: 'LINE_AMOUNT_MISMATCH', model: 'CBL-CAT6-2M', refs: ['invoice!Invoice!E6', 'invoice!Invoice!G6', 'invoice!Invoice!H6'] }]);
  });

  it('compares the exact product, not the product rounded to cents first', () => {
    // 7 × 1.4149 = 9.9043: 0.0143 above 9.89 (rounding the product to 9.90 first would hide it).
    const r = check([invoice([{ ...CABLE, qty: 7, price: 1.4149, amount: 9.89 }]), packingList([{ ...CABLE, qty: 7 }])]);
    expect(codes(r.findings)).toEqual(['LINE_AMOUNT_MISMATCH']);
  });

  it.each([175.005, 174.995, 175.01, 174.99])('does not raise it for an amount of %d against 100 × 1.75', (amount) => {
    expect(check([invoice([{ ...CABLE, amount }]), packingList([CABLE])]).findings).toEqual([]);
  });

  it('does not raise it for a product with sub-cent digits written rounded (3 × 33.335 = 100.005 → 100.01)', () => {
    expect(check([invoice([{ ...CABLE, qty: 3, price: 33.335, amount: 100.01 }]), packingList([{ ...CABLE, qty: 3 }])]).findings).toEqual([]);
    expect(check([invoice([{ ...CABLE, qty: 3, price: 33.335, amount: 100 }]), packingList([{ ...CABLE, qty: 3 }])]).findings).toEqual([]);
  });
});

describe('INVOICE_TOTAL_MISMATCH', () => {
  it('raises it at the stated total when the line amounts add up to something else', () => {
    const r = check([invoice([CABLE, PSU], { total: 495 }), packingList([CABLE, PSU])]);
    expect(brief(r.findings)).toEqual([{ code: 'INVOICE_TOTAL_MISMATCH', refs: ['invoice!Invoice!H8'] }]);
    expect(r.findings[0].params).toMatchObject({ stated: 495, sum: 485 });
  });

  it('does not raise it within 0.01, nor for a total written as text', () => {
    expect(check([invoice([CABLE, PSU], { total: 485.005 }), packingList([CABLE, PSU])]).findings).toEqual([]);
    expect(check([invoice([CABLE, PSU], { total: 'USD 485.00' }), packingList([CABLE, PSU])]).findings).toEqual([]);
  });
});

describe('PACKING_TOTAL_MISMATCH', () => {
  it('raises it for packages, net and gross weight, each at its total cell', () => {
    const r = check([invoice([CABLE, PSU]), packingList([CABLE, PSU], { packages: 3, net: 10.02, gross: 12 })]);
    expect(brief(r.findings)).toEqual([
      { code: 'PACKING_TOTAL_MISMATCH', refs: ['packing_list!PL!D4'] },
      { code: 'PACKING_TOTAL_MISMATCH', refs: ['packing_list!PL!E4'] },
      { code: 'PACKING_TOTAL_MISMATCH', refs: ['packing_list!PL!F4'] },
    ]);
    expect(r.findings.map((f) => f.params.total)).toEqual(['total_packages', 'total_net_weight', 'total_gross_weight']);
  });

  it('does not raise it within 0.01 kg, nor for floating-point sums (0.1 + 0.2 = 0.3)', () => {
    const light = [{ ...CABLE, net: 0.1, gross: 0.15 }, { ...PSU, net: 0.2, gross: 0.25 }];
    expect(check([invoice([CABLE, PSU]), packingList(light, { packages: 2, net: 0.3, gross: 0.405 })]).findings).toEqual([]);
  });
});

describe('WEIGHT_INCONSISTENT', () => {
  it('raises it for a line whose gross weight is below its net weight', () => {
    const r = check([invoice([CABLE, PSU]), packingList([CABLE, { ...PSU, net: 7, gross: 6.5 }])]);
    expect(brief(r.findings)).toEqual([{ code: 'WEIGHT_INCONSISTENT', model: 'PSU-65W', refs: ['packing_list!PL!E3', 'packing_list!PL!F3'] }]);
  });

  it('raises it for totals whose gross weight is below the net weight', () => {
    const r = check([invoice([CABLE]), packingList([{ ...CABLE, net: 5, gross: 6 }], { net: 6, gross: 5 })]);
    expect(brief(r.findings)).toEqual([
      { code: 'PACKING_TOTAL_MISMATCH', refs: ['packing_list!PL!E3'] },
      { code: 'PACKING_TOTAL_MISMATCH', refs: ['packing_list!PL!F3'] },
      { code: 'WEIGHT_INCONSISTENT', refs: ['packing_list!PL!E3', 'packing_list!PL!F3'] },
    ]);
  });

  it('does not raise it when gross equals net', () => {
    expect(check([invoice([CABLE]), packingList([{ ...CABLE, net: 5, gross: 5 }], { net: 5, gross: 5 })]).findings).toEqual([]);
  });
});

describe('CONTROLLED_HS_CODE / NOT_IN_PERMIT / PERMIT_QUANTITY_EXCEEDED', () => {
  it('raises CONTROLLED_HS_CODE (info) and NOT_IN_PERMIT for a controlled item when no permit is given', () => {
    const r = check([invoice([FIREWALL, CABLE]), packingList([FIREWALL, CABLE])]);
    expect(brief(r.findings)).toEqual([
      { code: 'NOT_IN_PERMIT', model: 'FW-200E', refs: ['invoice!Invoice!B6'] },
      { code: 'CONTROLLED_HS_CODE', model: 'FW-200E', refs: ['invoice!Invoice!D6'] },
    ]);
    expect(r.findings.map((f) => f.severity)).toEqual(['error', 'info']);
    expect(r.findings[1].params).toMatchObject({ entry: '8517.62', level: 6 });
  });

  it('raises NOT_IN_PERMIT for every controlled item missing from a given permit', () => {
    const hsm: Line = { model: 'HSM-K7', hs: '8471.80.90', qty: 2, unit: 'PCS', price: 15000, origin: 'USA' };
    const r = check([invoice([FIREWALL, hsm, CABLE]), packingList([FIREWALL, hsm, CABLE]), permit([FIREWALL])]);
    expect(brief(r.findings)).toEqual([
      { code: 'NOT_IN_PERMIT', model: 'HSM-K7', refs: ['invoice!Invoice!B7'] },
      { code: 'CONTROLLED_HS_CODE', model: 'FW-200E', refs: ['invoice!Invoice!D6'] },
      { code: 'CONTROLLED_HS_CODE', model: 'HSM-K7', refs: ['invoice!Invoice!D7'] },
    ]);
  });

  it('does not raise NOT_IN_PERMIT when the permit names the model differently, nor for an item not controlled', () => {
    const r = check([invoice([FIREWALL, CABLE]), packingList([FIREWALL, CABLE]), permit([{ ...FIREWALL, model: 'fw 200e' }])]);
    expect(codes(r.findings)).toEqual(['MODEL_NEAR_MATCH', 'CONTROLLED_HS_CODE']);
  });

  it('raises PERMIT_QUANTITY_EXCEEDED with the invoice and permit quantity cells', () => {
    const r = check([invoice([FIREWALL]), packingList([FIREWALL]), permit([{ ...FIREWALL, qty: 8 }])]);
    expect(brief(r.findings)).toEqual([
      { code: 'PERMIT_QUANTITY_EXCEEDED', model: 'FW-200E', refs: ['invoice!Invoice!E6', 'permit!GP!D6'] },
      { code: 'CONTROLLED_HS_CODE', model: 'FW-200E', refs: ['invoice!Invoice!D6'] },
    ]);
  });

  it('does not raise PERMIT_QUANTITY_EXCEEDED at or below the permitted quantity, invoice lines summed', () => {
    const two = [{ ...FIREWALL, qty: 4, amount: 4802 }, { ...FIREWALL, qty: 6, amount: 7203 }];
    expect(codes(check([invoice(two), packingList([FIREWALL]), permit([FIREWALL])]).findings)).toEqual(['CONTROLLED_HS_CODE']);
    expect(codes(check([invoice([FIREWALL]), packingList([FIREWALL]), permit([{ ...FIREWALL, qty: 50 }])]).findings)).toEqual(['CONTROLLED_HS_CODE']);
  });

  it.each([
    ['8544.42.94', 'not on the list'],
    ['8471.60.90', 'under heading 84.71, printed without a crypto function: not an entry'],
    ['8471.80.10', 'same subheading as the 8-digit entry 8471.80.90, other code'],
    ['8517.69.10', 'same subheading as the 8-digit entry 8517.69.00, other code'],
  ])('does not raise CONTROLLED_HS_CODE for %s (%s)', (hs) => {
    const item = { ...CABLE, hs };
    expect(check([invoice([item]), packingList([item])]).findings).toEqual([]);
  });

  it('uses the HS code of the permit when the invoice has none', () => {
    const r = check([invoice([{ ...FIREWALL, hs: undefined }]), packingList([FIREWALL]), permit([{ ...FIREWALL, qty: 5 }])]);
    expect(brief(r.findings)).toEqual([
      { code: 'PERMIT_QUANTITY_EXCEEDED', model: 'FW-200E', refs: ['invoice!Invoice!E6', 'permit!GP!D6'] },
      { code: 'CONTROLLED_HS_CODE', model: 'FW-200E', refs: ['permit!GP!C6'] },
    ]);
  });
});

describe('HS_CODE_MISMATCH', () => {
  it('raises it when invoice, permit or catalogue classify a model differently', () => {
    const r = check([invoice([FIREWALL]), packingList([FIREWALL]), permit([{ ...FIREWALL, hs: '85176249' }]), catalogue([FIREWALL])]);
    expect(brief(r.findings)).toEqual([
      { code: 'HS_CODE_MISMATCH', model: 'FW-200E', refs: ['invoice!Invoice!D6', 'permit!GP!C6', 'catalogue!Cat!B2'] },
      { code: 'CONTROLLED_HS_CODE', model: 'FW-200E', refs: ['invoice!Invoice!D6'] },
    ]);
  });

  it.each<[string | number, string | number]>([['8517.62', '8517.62.59'], ['85176259', 8517.6259], ['8517 62 59', '8517.62.59']])(
    'does not raise it for %j against %j', (a, b) => {
      const r = check([invoice([{ ...FIREWALL, hs: a }]), packingList([FIREWALL]), permit([{ ...FIREWALL, hs: b }]), catalogue([{ ...FIREWALL, hs: b }])]);
      expect(codes(r.findings)).toEqual(['CONTROLLED_HS_CODE']);
    });
});

describe('ORIGIN_MISMATCH', () => {
  it('raises it for Taiwan against China, citing the origin cells', () => {
    const r = check([invoice([CABLE]), packingList([{ ...CABLE, origin: 'China' }])]);
    expect(brief(r.findings)).toEqual([{ code: 'ORIGIN_MISMATCH', model: 'CBL-CAT6-2M', refs: ['invoice!Invoice!I6', 'packing_list!PL!G2'] }]);
  });

  it('does not raise it for one country written in three languages and as ISO codes', () => {
    const china = { ...CABLE, origin: 'China' };
    const r = check([invoice([china]), packingList([{ ...china, origin: '中国' }]), permit([{ ...china, origin: 'Trung Quốc' }]), catalogue([{ ...china, origin: 'CN' }])]);
    expect(r.findings).toEqual([]);
    expect(check([invoice([{ ...CABLE, origin: 'CHN' }]), packingList([{ ...CABLE, origin: 'Made in China' }])]).findings).toEqual([]);
  });
});

describe('PERMIT_EXPIRED / PERMIT_NOT_YET_VALID', () => {
  const docs = (issued: string, validUntil: string) => [invoice([FIREWALL]), packingList([FIREWALL]), permit([FIREWALL], { issued, validUntil })];

  it('raises PERMIT_EXPIRED the day after the validity end, at the validity cell', () => {
    const r = check(docs('15/10/2026', '19/11/2026'), '2026-11-20');
    expect(brief(r.findings)).toEqual([
      { code: 'PERMIT_EXPIRED', refs: ['permit!GP!B3'] },
      { code: 'CONTROLLED_HS_CODE', model: 'FW-200E', refs: ['invoice!Invoice!D6'] },
    ]);
  });

  it('does not raise PERMIT_EXPIRED on the last day of validity', () => {
    expect(codes(check(docs('15/10/2026', '20/11/2026'), '2026-11-20').findings)).toEqual(['CONTROLLED_HS_CODE']);
  });

  it('raises PERMIT_NOT_YET_VALID the day before the issue date, at the issue-date cell', () => {
    const r = check(docs('21/11/2026', '20/11/2027'), '2026-11-20');
    expect(brief(r.findings)).toEqual([
      { code: 'PERMIT_NOT_YET_VALID', refs: ['permit!GP!B2'] },
      { code: 'CONTROLLED_HS_CODE', model: 'FW-200E', refs: ['invoice!Invoice!D6'] },
    ]);
  });

  it('does not raise PERMIT_NOT_YET_VALID on the issue date itself', () => {
    expect(codes(check(docs('20/11/2026', '20/11/2027'), '2026-11-20').findings)).toEqual(['CONTROLLED_HS_CODE']);
  });

  it('reads validity dates written as Excel dates and in Vietnamese words', () => {
    const p = permit([FIREWALL], { issued: 'ngày 15 tháng 10 năm 2026', validUntil: new Date(Date.UTC(2026, 10, 19)) });
    expect(p.header.issue_date?.value).toBe('2026-10-15');
    expect(p.header.valid_until?.value).toBe('2026-11-19');
    expect(codes(check([invoice([FIREWALL]), packingList([FIREWALL]), p], '2026-11-20').findings)).toContain('PERMIT_EXPIRED');
  });
});

describe('MISSING_IN_CATALOGUE', () => {
  it('raises it (warning) for an invoiced model the catalogue lacks', () => {
    const r = check([invoice([CABLE, PSU]), packingList([CABLE, PSU]), catalogue([CABLE])]);
    expect(brief(r.findings)).toEqual([{ code: 'MISSING_IN_CATALOGUE', model: 'PSU-65W', refs: ['invoice!Invoice!B7'] }]);
    expect(r.findings[0].severity).toBe('warning');
  });

  it('does not raise it without a catalogue, nor for a catalogue entry spelled with other punctuation', () => {
    expect(check([invoice([CABLE, PSU]), packingList([CABLE, PSU])]).findings).toEqual([]);
    const r = check([invoice([CABLE, PSU]), packingList([CABLE, PSU]), catalogue([CABLE, { ...PSU, model: 'PSU 65W' }])]);
    expect(codes(r.findings)).toEqual(['MODEL_NEAR_MATCH']);
  });
});
