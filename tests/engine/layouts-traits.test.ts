// Issue 9: the layout traits that broke the importer on real supplier files, one test each. Every layout is built
// with SheetJS (merges included) and read through the real importer; each test states the exact lines read and
// the exact findings of the check, so a misread column, a footer taken for an item or a total never compared
// shows at once.
import { describe, expect, it } from 'vitest';
import type { DocumentLine, ParsedDocument } from '../../shared/domain/types.ts';
import { renderFinding } from '../../shared/check/messages.ts';
import { readDocument } from '../../shared/import/read-document.ts';
import { brief, check, invoice, packingList, readDoc, sheetBytes, workbook, xlsxBytes, type Cell, type Line } from './fixtures.ts';

const PSU: Line = { model: 'PSU-65W', hs: '8504.40.90', qty: 25, unit: 'PCS', price: 12.4, origin: 'China', packages: 1, net: 5, gross: 6.5 };
const CBL: Line = { model: 'CBL-CAT6-2M', hs: '8544.42.94', qty: 100, unit: 'PCS', price: 1.75, origin: 'Vietnam', packages: 1, net: 5, gross: 6 };
const FW: Line = { model: 'FW-200E', hs: '8517.62.59', qty: 10, unit: 'PCS', price: 1200.5, origin: 'Taiwan', packages: 2, net: 20, gross: 24 };

/** The lines as [model, quantity, unit, …] rows, for exact comparison. */
const cols = (doc: ParsedDocument, ...fields: (keyof DocumentLine)[]): unknown[][] =>
  doc.lines.map((l) => fields.map((f) => {
    const v = l[f];
    return v && typeof v === 'object' ? (v as { value: unknown }).value : v;
  }));
/** Layouts without an HS code column: the controlled-list check could not run, and says so. */
const noHs = (sheet: string, cell = 'A1') => ({ code: 'NOT_CHECKED', rule: 'CONTROLLED_HS_CODE', need: 'hsCode', refs: [`invoice!${sheet}!${cell}`] });
const mapping = (doc: ParsedDocument): Record<string, string> => Object.fromEntries(doc.table.columns.map((c) => [c.field, c.column]));

describe('layout traits (issue 9)', () => {
  it('1. a currency-only column under "Unit Price" and "Amount", the numbers in the next, header-less column', () => {
    const rows: Cell[][] = [
      ['COMMERCIAL INVOICE'],
      ['Invoice No.:', 'CI-2026-0301', null, null, 'Date:', '2026-11-02'],
      [],
      ['No.', 'Model', 'Description', 'HS Code', 'Qty', 'Unit', 'Unit Price', null, 'Amount', null, 'Origin'],
      [1, PSU.model, 'Power adapter 65 W', PSU.hs!, 25, 'PCS', 'USD', 12.4, 'USD', 310, 'China'],
      [2, CBL.model, 'Patch cable Cat6 2 m', CBL.hs!, 100, 'PCS', 'USD', 1.75, 'USD', 170, 'Vietnam'],
      ['TOTAL', null, null, null, 125, null, null, null, 'USD', 480],
    ];
    const inv = readDoc('invoice', 'ci.xlsx', sheetBytes(rows, 'Invoice'));
    expect(mapping(inv)).toMatchObject({ model: 'B', quantity: 'E', unitPrice: 'H', amount: 'J', origin: 'K' });
    expect(cols(inv, 'model', 'quantity', 'unitPrice', 'amount')).toEqual([[PSU.model, 25, 12.4, 310], [CBL.model, 100, 1.75, 170]]);
    expect(inv.header.currency).toMatchObject({ value: 'USD', cell: 'G5' });
    expect(inv.header.total).toMatchObject({ value: 480, cell: 'J7' });
    expect(brief(check([inv, packingList([PSU, CBL])]).findings)).toEqual([
      { code: 'LINE_AMOUNT_MISMATCH', model: CBL.model, refs: ['invoice!Invoice!E6', 'invoice!Invoice!H6', 'invoice!Invoice!J6'] },
    ]);
  });

  it('2. header words with compatibility characters: "ITEM Nº", "PART N°", full-width "ＱＴＹ"', () => {
    const inv = readDoc('invoice', 'inv.xlsx', sheetBytes([
      ['ITEM Nº', 'DESCRIPTION', 'ＱＴＹ', 'UNIT', 'UNIT PRICE', 'AMOUNT', 'ORIGIN'],
      [PSU.model, 'Power adapter', 25, 'PCS', 12.4, 310, 'China'],
      [CBL.model, 'Patch cable', 100, 'PCS', 1.75, 175, 'Vietnam'],
    ], 'Invoice'));
    expect(mapping(inv)).toEqual({ model: 'A', description: 'B', quantity: 'C', unit: 'D', unitPrice: 'E', amount: 'F', origin: 'G' });
    const pl = readDoc('packing_list', 'pl.xlsx', sheetBytes([
      ['N°', 'PART N°', 'ＱＴＹ', 'N.W. (KG)', 'G.W. (KG)', 'ORIGIN'],
      [1, PSU.model, 25, 5, 6.5, 'China'],
      [2, CBL.model, 90, 5, 6, 'Vietnam'],
    ], 'PL'));
    expect(cols(pl, 'model', 'quantity')).toEqual([[PSU.model, 25], [CBL.model, 90]]);
    expect(brief(check([inv, pl]).findings)).toEqual([
      { code: 'QUANTITY_MISMATCH', model: CBL.model, refs: ['invoice!Invoice!C3', 'packing_list!PL!C3'] },
      noHs('Invoice'),
    ]);
  });

  it('2b. a UK wholesaler\'s packing list: "Qty Ordered" beside "Qty Shipped", "Nett Wt (kg)"', () => {
    const pl = readDoc('packing_list', 'pl.xlsx', sheetBytes([
      ['Product Code', 'Description', 'Qty Ordered', 'Qty Shipped', 'Cartons', 'Nett Wt (kg)', 'Gross Wt (kg)'],
      [PSU.model, 'Power adapter', 30, 25, 1, 5, 6.5],
      [CBL.model, 'Patch cable', 100, 100, 1, 5, 6],
    ], 'Packing Note'));
    expect(mapping(pl)).toMatchObject({ model: 'A', quantity: 'D', packages: 'E', netWeight: 'F', grossWeight: 'G' });
    expect(brief(check([invoice([PSU, CBL]), pl]).findings)).toEqual([
      { code: 'NOT_CHECKED', rule: 'ORIGIN_MISMATCH', need: 'origin', refs: ['packing_list!Packing Note!A1'] },
    ]);
  });

  it('3. a quantity header that is only a unit: "PCS", "Q\'TY (PCS)", "SỐ LƯỢNG (CÁI)", "数量(台)"', () => {
    for (const header of ['PCS', "Q'TY (PCS)", 'SỐ LƯỢNG (CÁI)', '数量(台)']) {
      const pl = readDoc('packing_list', 'pl.xlsx', sheetBytes([
        ['Model', header, 'N.W. (kg)', 'G.W. (kg)', 'Origin'],
        [PSU.model, 25, 5, 6.5, 'China'],
        [CBL.model, 100, 5, 6, 'Vietnam'],
      ], 'PL'));
      expect(mapping(pl).quantity, header).toBe('B');
      // The unit comes from the header: the quantities are compared with the invoice's PCS without a unit finding.
      expect(cols(pl, 'model', 'quantity', 'unit'), header).toEqual([[PSU.model, 25, 'PCE'], [CBL.model, 100, 'PCE']]);
      expect(brief(check([invoice([PSU, CBL]), pl]).findings), header).toEqual([]);
    }
  });

  it('4. one item merged vertically over several pallet rows: model, description, HS code and origin apply to each', () => {
    const rows: Cell[][] = [
      ['PACKING LIST'],
      ['PLT No.', 'Model', 'Description', 'HS Code', 'Quantity', 'Unit', 'N.W. (kg)', 'G.W. (kg)', 'Origin'],
      [1, FW.model, 'Firewall appliance', FW.hs!, 4, 'PCS', 8, 10, 'Taiwan'],
      [2, null, null, null, 4, 'PCS', 8, 10, null],
      [3, null, null, null, 2, 'PCS', 4, 5, null],
      [4, CBL.model, 'Patch cable', CBL.hs!, 100, 'PCS', 5, 6, 'Vietnam'],
      ['TOTAL', null, null, null, 110, null, 25, 31],
      ['TOTAL PACKAGES: 4 PALLETS'],
    ];
    const pl = readDoc('packing_list', 'pl.xlsx', sheetBytes(rows, 'PL', ['B3:B5', 'C3:C5', 'D3:D5', 'I3:I5']));
    expect(cols(pl, 'row', 'model', 'hsCode', 'quantity', 'packages', 'netWeight', 'grossWeight', 'origin')).toEqual([
      [3, FW.model, '85176259', 4, 1, 8, 10, 'TW'],
      [4, FW.model, '85176259', 4, 1, 8, 10, 'TW'],
      [5, FW.model, '85176259', 2, 1, 4, 5, 'TW'],
      [6, CBL.model, '85444294', 100, 1, 5, 6, 'VN'],
    ]);
    // The merged cells point at the merged cell, where the text is written.
    expect(pl.lines[2].model).toMatchObject({ cell: 'B3' });
    expect(pl.header).toMatchObject({ total_packages: { value: 4 }, total_net_weight: { value: 25 }, total_gross_weight: { value: 31 } });
    // 4 + 4 + 2 = 10 firewalls, as invoiced: no false quantity mismatch, no false weight totals.
    expect(brief(check([invoice([FW, CBL]), pl]).findings)).toEqual([
      { code: 'NOT_IN_PERMIT', model: FW.model, refs: ['invoice!Invoice!B6'] },
      { code: 'CONTROLLED_HS_CODE', model: FW.model, refs: ['invoice!Invoice!D6'] },
    ]);
  });

  it('4b. a pallet-level packing list: "PALLET 1" rows carry the pallet\'s weights, the items under them their quantities', () => {
    const pl = readDoc('packing_list', 'pl.xlsx', sheetBytes([
      ['Model', 'Description', 'Qty', 'Pallets', 'N.W. (kg)', 'G.W. (kg)', 'Origin'],
      ['PALLET 1', null, null, 1, 25, 31],
      [FW.model, 'Firewall appliance', 10, null, null, null, 'Taiwan'],
      [PSU.model, 'Power adapter', 25, null, null, null, 'Taiwan'],
      ['PALLET 2', null, null, 1, 5, 6],
      [CBL.model, 'Patch cable', 100, null, null, null, 'Taiwan'],
      ['TOTAL', null, 135, 2, 30, 37],
    ], 'PL'));
    expect(cols(pl, 'row', 'model', 'quantity', 'packages', 'grossWeight')).toEqual([
      [2, undefined, undefined, 1, 31], [3, FW.model, 10, undefined, undefined], [4, PSU.model, 25, undefined, undefined],
      [5, undefined, undefined, 1, 6], [6, CBL.model, 100, undefined, undefined],
    ]);
    expect(pl.notes).toEqual([]);
    expect(brief(check([invoice([{ ...FW, origin: 'Taiwan' }, { ...PSU, origin: 'Taiwan' }, { ...CBL, origin: 'Taiwan' }]), pl]).findings)).toEqual([
      { code: 'NOT_IN_PERMIT', model: FW.model, refs: ['invoice!Invoice!B6'] },
      { code: 'CONTROLLED_HS_CODE', model: FW.model, refs: ['invoice!Invoice!D6'] },
    ]);
  });

  it('5a. "TOTAL OF:" with "4 PALLETS" written in the model column', () => {
    const pl = readDoc('packing_list', 'pl.xlsx', sheetBytes([
      ['No.', 'Model', 'Qty', 'Pallets', 'N.W. (kg)', 'G.W. (kg)', 'Origin'],
      [1, PSU.model, 25, 1, 5, 6.5, 'China'],
      [2, CBL.model, 100, 2, 5, 6, 'Vietnam'],
      ['TOTAL OF:', '4 PALLETS', 125, null, 10, 12.5],
    ], 'PL'));
    expect(cols(pl, 'model', 'quantity', 'packages')).toEqual([[PSU.model, 25, 1], [CBL.model, 100, 2]]);
    expect(pl.header).toMatchObject({ total_packages: { value: 4, cell: 'B4' }, total_net_weight: { value: 10 }, total_gross_weight: { value: 12.5 } });
    expect(brief(check([invoice([PSU, CBL]), pl]).findings)).toEqual([
      { code: 'PACKING_TOTAL_MISMATCH', refs: ['packing_list!PL!B4'] }, // 4 pallets stated, 1 + 2 on the lines
    ]);
  });

  it('5b. German totals: "Summe" ends the invoice table, "Gesamt" the packing list', () => {
    const inv = readDoc('invoice', 'rechnung.xlsx', sheetBytes([
      ['Artikel-Nr. / Part No.', 'Bezeichnung / Description', 'Menge / Qty', 'Einheit / Unit', 'Preis / Price', 'Betrag / Amount', 'Ursprung / Origin'],
      [PSU.model, 'Netzteil', 25, 'PCS', 12.4, 310, 'China'],
      [CBL.model, 'Patchkabel', 100, 'PCS', 1.75, 175, 'Vietnam'],
      ['Summe', null, 125, null, null, 495],
      ['Bankverbindung: Deutsche Bank'],
    ], 'Rechnung'));
    expect(cols(inv, 'model', 'amount')).toEqual([[PSU.model, 310], [CBL.model, 175]]);
    expect(inv.header.total).toMatchObject({ value: 495, cell: 'F4' });
    const pl = readDoc('packing_list', 'pl.xlsx', sheetBytes([
      ['Part No.', 'Qty', 'N.W. (kg)', 'G.W. (kg)', 'Origin'],
      [PSU.model, 25, 5, 6.5, 'China'],
      [CBL.model, 100, 5, 6, 'Vietnam'],
      ['Gesamt', 125, 10, 12.5],
    ], 'Packliste'));
    expect(pl.lines).toHaveLength(2);
    expect(brief(check([inv, pl]).findings)).toEqual([
      { code: 'INVOICE_TOTAL_MISMATCH', refs: ['invoice!Rechnung!F4'] }, // 495 stated, 310 + 175 = 485
      noHs('Rechnung'),
    ]);
  });

  it('5c. "合计" alone on the row after an unlabelled row of sums', () => {
    const pl = readDoc('packing_list', 'zxd.xlsx', sheetBytes([
      ['装箱单 PACKING LIST'],
      ['型号', '数量', '件数', '净重(KG)', '毛重(KG)', '原产地'],
      [PSU.model, 25, 1, 5, 6.5, '中国'],
      [CBL.model, 100, 1, 5, 6, '越南'],
      [null, 125, 2, 10, 13.5],
      ['合计'],
    ], '装箱单'));
    expect(cols(pl, 'model', 'quantity')).toEqual([[PSU.model, 25], [CBL.model, 100]]);
    expect(pl.header).toMatchObject({ total_packages: { value: 2, cell: 'C5' }, total_gross_weight: { value: 13.5, cell: 'E5' } });
    expect(brief(check([invoice([PSU, CBL]), pl]).findings)).toEqual([
      { code: 'PACKING_TOTAL_MISMATCH', refs: ['packing_list!装箱单!E5'] }, // 13.5 stated, 6.5 + 6 = 12.5
    ]);
  });

  it('5d. a stated total inside its label cell: "TỔNG CỘNG: 353.200.000" in one merged cell', () => {
    const inv = readDoc('invoice', 'hoa-don.xlsx', sheetBytes([
      ['HÓA ĐƠN BÁN HÀNG'],
      ['STT', 'Mã hàng', 'Tên hàng', 'ĐVT', 'Số lượng', 'Đơn giá', 'Thành tiền', 'Xuất xứ'],
      [1, PSU.model, 'Bộ nguồn 65 W', 'Cái', 25, 312000, 7800000, 'Trung Quốc'],
      [2, CBL.model, 'Dây mạng Cat6 2 m', 'Sợi', 100, 45000, 4500000, 'Việt Nam'],
      [3, 'SW-24P', 'Bộ chuyển mạch 24 cổng', 'Cái', 10, 34090000, 340900000, 'Đài Loan'],
      ['TỔNG CỘNG: 353.200.000'],
    ], 'HĐ', ['A6:G6']));
    expect(inv.lines).toHaveLength(3);
    expect(inv.header.total).toMatchObject({ value: 353200000, cell: 'A6' });
    const pl = packingList([PSU, { ...CBL, unit: 'Sợi' }, { model: 'SW-24P', qty: 10, unit: 'PCS', packages: 1, net: 30, gross: 34, origin: 'Taiwan' }]);
    // 7,800,000 + 4,500,000 + 340,900,000 = 353,200,000: the stated total is read and agrees.
    expect(brief(check([inv, pl]).findings)).toEqual([noHs('HĐ', 'A2')]);
    const wrong = readDoc('invoice', 'hoa-don.xlsx', sheetBytes([
      ['Mã hàng', 'Số lượng', 'Đơn giá', 'Thành tiền', 'Xuất xứ'],
      [PSU.model, 25, 312000, 7800000, 'Trung Quốc'],
      ['Tổng cộng: 8.000.000'],
    ], 'HĐ', ['A3:D3']));
    expect(brief(check([wrong, packingList([PSU])]).findings)).toEqual([
      { code: 'INVOICE_TOTAL_MISMATCH', refs: ['invoice!HĐ!A3'] },
      noHs('HĐ'),
    ]);
  });

  it('5e. a Vietnamese shop invoice (mẫu hóa đơn GTGT): column numbers under the header, VAT rows after "Cộng tiền hàng"', () => {
    const inv = readDoc('invoice', 'hd-gtgt.xlsx', sheetBytes([
      ['HÓA ĐƠN GIÁ TRỊ GIA TĂNG'],
      ['Ký hiệu: 1C26TAA', null, null, null, 'Số: 0000123'],
      ['Ngày 02 tháng 11 năm 2026'],
      ['STT', 'Mã hàng', 'Tên hàng hóa, dịch vụ', 'Đơn vị tính', 'Số lượng', 'Đơn giá', 'Thành tiền'],
      [1, 2, 3, 4, 5, 6, '7 = 5 x 6'],
      [1, PSU.model, 'Bộ nguồn 65 W', 'Cái', 25, 312000, 7800000],
      [2, CBL.model, 'Dây mạng Cat6 2 m', 'Sợi', 100, 45000, 4500000],
      [null, null, 'Cộng tiền hàng:', null, null, null, 12300000],
      [null, null, 'Thuế suất GTGT: 10%', null, null, 'Tiền thuế GTGT:', 1230000],
      [null, null, 'Tổng cộng tiền thanh toán:', null, null, null, 13530000],
      ['Số tiền viết bằng chữ: Mười ba triệu năm trăm ba mươi nghìn đồng.'],
    ], 'HĐ'));
    expect(cols(inv, 'row', 'model', 'quantity', 'unitPrice', 'amount')).toEqual([[6, PSU.model, 25, 312000, 7800000], [7, CBL.model, 100, 45000, 4500000]]);
    expect(inv.header.total).toMatchObject({ value: 12300000, cell: 'G8' });
    expect(inv.header.date?.value).toBe('2026-11-02');
  });

  it('6. one workbook as both documents: sheets "Contract", "CI" and "PL", each role takes its own sheet', () => {
    const contract: Cell[][] = [
      ['SALES CONTRACT'],
      ['No.', 'Model', 'Description', 'HS Code', 'Quantity', 'Unit', 'Unit Price', 'Amount', 'Origin', 'Packages', 'N.W.', 'G.W.'],
      [1, PSU.model, 'Power adapter', PSU.hs!, 30, 'PCS', 12.4, 372, 'China', 1, 5, 6.5],
    ];
    const ci: Cell[][] = [
      ['COMMERCIAL INVOICE'],
      ['Invoice No.: CI-77', null, null, 'Date: 2026-11-02'],
      ['Model', 'HS Code', 'Qty', 'Unit', 'Unit Price', 'Amount', 'Origin'],
      [PSU.model, PSU.hs!, 25, 'PCS', 12.4, 310, 'China'],
      [CBL.model, CBL.hs!, 100, 'PCS', 1.75, 175, 'Vietnam'],
    ];
    const plRows: Cell[][] = [
      ['PACKING LIST'],
      ['Invoice No.: CI-77'],
      ['Model', 'Qty', 'Unit', 'Cartons', 'N.W. (kg)', 'G.W. (kg)'],
      [PSU.model, 25, 'PCS', 1, 5, 6.5],
      [CBL.model, 90, 'PCS', 1, 5, 6],
    ];
    const bytes = xlsxBytes(workbook({ name: 'Contract', rows: contract }, { name: 'CI', rows: ci }, { name: 'PL', rows: plRows }));
    const inv = readDoc('invoice', 'cipl.xlsx', bytes);
    const pl = readDoc('packing_list', 'cipl.xlsx', bytes);
    expect([inv.sheet, pl.sheet]).toEqual(['CI', 'PL']);
    expect(brief(check([inv, pl]).findings)).toEqual([
      { code: 'QUANTITY_MISMATCH', model: CBL.model, refs: ['invoice!CI!C5', 'packing_list!PL!B5'] },
      // Only the invoice states origins: the origin comparison could not run.
      { code: 'NOT_CHECKED', rule: 'ORIGIN_MISMATCH', need: 'origin', refs: ['packing_list!PL!A3'] },
    ]);
    // Sheets with no telling names: the titles say which is which (the packing list's "Invoice No." does not).
    const untitled = xlsxBytes(workbook({ name: 'Sheet1', rows: plRows }, { name: 'Sheet2', rows: ci }));
    expect(readDoc('invoice', 'cipl.xlsx', untitled).sheet).toBe('Sheet2');
    expect(readDoc('packing_list', 'cipl.xlsx', untitled).sheet).toBe('Sheet1');
    // Sheets named with the document's number.
    const numbered = xlsxBytes(workbook({ name: 'PL-2026-041', rows: plRows }, { name: 'CI-2026-041', rows: ci }));
    expect([readDoc('invoice', 'cipl.xlsx', numbered).sheet, readDoc('packing_list', 'cipl.xlsx', numbered).sheet]).toEqual(['CI-2026-041', 'PL-2026-041']);
  });

  it('7. one table block per container, each with its own two-row header and subtotal', () => {
    const header1: Cell[] = ['Mã hàng', 'Số lượng', 'ĐVT', 'Trọng lượng tịnh', 'Trọng lượng cả bì', 'Xuất xứ'];
    const header2: Cell[] = ['Model', "Q'ty", 'Unit', 'N.W. (kg)', 'G.W. (kg)', 'Origin'];
    const rows: Cell[][] = [
      ['PHIẾU ĐÓNG GÓI / PACKING LIST'],
      ['CONTAINER NO. 1: MSKU1234567'],
      header1, header2,
      [PSU.model, 25, 'PCS', 5, 6.5, 'China'],
      [CBL.model, 60, 'PCS', 3, 3.5, 'Vietnam'],
      ['Total container 1', 85, null, 8, 10],
      [],
      ['CONTAINER NO. 2: TGHU7654321'],
      header1, header2,
      [CBL.model, 40, 'PCS', 2, 2.5, 'Vietnam'],
      ['Sub-total', 40, null, 2, 2.5],
      ['GRAND TOTAL', 125, null, 10, 13],
    ];
    const pl = readDoc('packing_list', 'pl.xlsx', sheetBytes(rows, 'PL', ['A2:F2', 'A9:F9']));
    expect(pl.table).toMatchObject({ headerStart: 3, headerEnd: 4 });
    expect(cols(pl, 'row', 'model', 'quantity', 'netWeight', 'grossWeight')).toEqual([
      [5, PSU.model, 25, 5, 6.5], [6, CBL.model, 60, 3, 3.5], [12, CBL.model, 40, 2, 2.5],
    ]);
    expect(pl.header).toMatchObject({ total_net_weight: { value: 10, cell: 'D14' }, total_gross_weight: { value: 13, cell: 'E14' } });
    expect(brief(check([invoice([PSU, CBL]), pl]).findings)).toEqual([
      { code: 'PACKING_TOTAL_MISMATCH', refs: ['packing_list!PL!E14'] }, // 13 stated, 6.5 + 3.5 + 2.5 = 12.5
    ]);
  });

  it('8. footers and notes below the table that span the model column never become lines', () => {
    const inv = readDoc('invoice', 'inv.xlsx', sheetBytes([
      ['Model', 'Description', 'Qty', 'Unit', 'Unit Price', 'Amount', 'Origin'],
      [PSU.model, 'Power adapter', 25, 'PCS', 12.4, 310, 'China'],
      [CBL.model, 'Patch cable', 100, 'PCS', 1.75, 175, 'Vietnam'],
      [],
      ['FOR CUSTOMS PURPOSE ONLY'],
      ['Shipping marks: N/M'],
      ['WE HEREBY CERTIFY THAT THE GOODS ARE OF CHINESE ORIGIN'],
    ], 'Invoice', ['A5:G5']));
    expect(cols(inv, 'row', 'model')).toEqual([[2, PSU.model], [3, CBL.model]]);
    expect(brief(check([inv, packingList([PSU, CBL])]).findings)).toEqual([noHs('Invoice')]);
  });

  it('8b. a catalogue (no numbers on any row): merged model cells and header-like words stay items, a merged sentence does not', () => {
    const cat = readDoc('catalogue', 'cat.xlsx', sheetBytes([
      ['Model', null, 'Description', 'Origin'],
      [FW.model, null, 'Total protection unit, origin Taiwan', 'Taiwan'],
      [CBL.model, null, 'Patch cable', 'Vietnam'],
      ['Specifications are given for customs purposes only'],
    ], 'Cat', ['A1:B1', 'A2:B2', 'A3:B3', 'A4:D4']));
    expect(cols(cat, 'row', 'model', 'origin')).toEqual([[2, FW.model, 'TW'], [3, CBL.model, 'VN']]);
  });

  it('9. ERP headers "Code", "Article", "Mã vật tư" as the model when no better column is there', () => {
    for (const header of ['Code', 'Article', 'Mã vật tư', 'Item code']) {
      const inv = readDoc('invoice', 'erp.xlsx', sheetBytes([
        [header, 'Name', 'Currency code', 'Qty', 'UoM', 'Price', 'Amount', 'Origin'],
        [PSU.model, 'Power adapter', 'USD', 25, 'PCS', 12.4, 310, 'China'],
        [CBL.model, 'Patch cable', 'USD', 100, 'PCS', 1.75, 175, 'Vietnam'],
      ], 'Export'));
      expect(mapping(inv).model, header).toBe('A');
      expect(brief(check([inv, packingList([PSU, CBL])]).findings), header).toEqual([noHs('Export')]);
    }
    // "Code" does not win over a real model column.
    const both = readDoc('invoice', 'erp.xlsx', sheetBytes([
      ['Code', 'Model', 'Qty', 'Unit price', 'Amount'],
      ['100234', PSU.model, 25, 12.4, 310],
    ], 'Export'));
    expect(mapping(both).model).toBe('B');
  });

  it('10. a two-row group header "Weight / Trọng lượng (kg)" over "Net / Tịnh" and "Gross / Cả bì"', () => {
    const rows: Cell[][] = [
      ['Model / Mã hàng', 'Quantity / Số lượng', null, 'Weight / Trọng lượng (kg)', null, 'Origin / Xuất xứ'],
      [null, "Q'ty", 'Unit / ĐVT', 'Net / Tịnh', 'Gross / Cả bì', null],
      [PSU.model, 25, 'PCS', 5, 6.5, 'China'],
      [CBL.model, 100, 'PCS', 5, 6, 'Vietnam'],
      ['TOTAL', 125, null, 10, 13.5],
    ];
    const pl = readDoc('packing_list', 'pl.xlsx', sheetBytes(rows, 'PL', ['A1:A2', 'B1:C1', 'D1:E1', 'F1:F2']));
    expect(mapping(pl)).toEqual({ model: 'A', quantity: 'B', unit: 'C', netWeight: 'D', grossWeight: 'E', origin: 'F' });
    expect(cols(pl, 'model', 'netWeight', 'grossWeight')).toEqual([[PSU.model, 5, 6.5], [CBL.model, 5, 6]]);
    expect(brief(check([invoice([PSU, CBL]), pl]).findings)).toEqual([
      { code: 'PACKING_TOTAL_MISMATCH', refs: ['packing_list!PL!E5'] }, // 13.5 stated, 12.5 on the lines
    ]);
  });

  it('11. a mapped column empty on every line while its neighbour holds the values is never accepted silently', () => {
    const inv = readDoc('invoice', 'inv.xlsx', sheetBytes([
      ['Model', 'Qty', 'Unit price', null, 'Amount', 'Origin'],
      [PSU.model, 25, null, 12.4, 310, 'China'],
      [CBL.model, 100, null, 1.75, 170, 'Vietnam'],
    ], 'Invoice'));
    expect(mapping(inv)).toMatchObject({ unitPrice: 'D', amount: 'E' });
    expect(brief(check([inv, packingList([PSU, CBL])]).findings)).toEqual([
      { code: 'LINE_AMOUNT_MISMATCH', model: CBL.model, refs: ['invoice!Invoice!B3', 'invoice!Invoice!D3', 'invoice!Invoice!E3'] },
      noHs('Invoice'),
    ]);
    // A neighbour with a header of its own holds something else: never taken for the prices.
    const own = readDoc('invoice', 'inv.xlsx', sheetBytes([
      ['Model', 'HS Code', 'Qty', 'Qty per carton', 'Unit price', 'Amount', 'Origin'],
      [PSU.model, PSU.hs!, 25, 5, null, 310, 'China'],
    ], 'Invoice'));
    expect(mapping(own)).toMatchObject({ quantity: 'C', unitPrice: 'E', amount: 'F' });
    expect(own.lines[0].unitPrice).toBeUndefined();
    // No neighbour holds prices: the line amounts are not compared, and the report says so.
    const empty = readDoc('invoice', 'inv.xlsx', sheetBytes([
      ['Model', 'HS Code', 'Qty', 'Unit price', 'Amount', 'Origin'],
      [PSU.model, PSU.hs!, 25, null, 310, 'China'],
      [CBL.model, CBL.hs!, 100, null, 170, 'Vietnam'],
    ], 'Invoice'));
    const r = check([empty, packingList([PSU, CBL])]);
    expect(brief(r.findings)).toEqual([
      { code: 'NOT_CHECKED', rule: 'LINE_AMOUNT_MISMATCH', need: 'unitPrice', refs: ['invoice!Invoice!A1'] },
    ]);
    expect(renderFinding(r.findings[0], 'en').message).toBe(
      'Not checked: line amounts (quantity × unit price) (LINE_AMOUNT_MISMATCH) on the invoice (inv.xlsx): no unit price was found (no Unit price column, or it is empty on every line).');
    expect(renderFinding(r.findings[0], 'vi').message).toBe(
      'Chưa kiểm tra: thành tiền từng dòng (số lượng × đơn giá) (LINE_AMOUNT_MISMATCH) trên hóa đơn thương mại (inv.xlsx): không tìm thấy đơn giá (không có cột Đơn giá, hoặc cột trống ở mọi dòng).');
  });

  it('12. "Carton No." ranges are carton numbers; "Date of Loading" is not the invoice date', () => {
    const pl = readDoc('packing_list', 'pl.xlsx', sheetBytes([
      ['Carton No.', 'Model', 'Qty', 'N.W. (kg)', 'G.W. (kg)', 'Origin'],
      ['1', FW.model, 5, 10, 12, 'Taiwan'],
      ['2-3', FW.model, 5, 10, 12, 'Taiwan'],
      [4, CBL.model, 100, 5, 6, 'Vietnam'],
      ['TOTAL', null, 110, 25, 30],
      ['TOTAL PACKAGES: 4 CARTONS'],
    ], 'PL'));
    // Carton 1 is one carton, 2-3 two, carton 4 one: four in all, as stated.
    expect(cols(pl, 'model', 'packages')).toEqual([[FW.model, 1], [FW.model, 2], [CBL.model, 1]]);
    expect(pl.header.total_packages?.value).toBe(4);
    const inv = readDoc('invoice', 'inv.xlsx', sheetBytes([
      ['COMMERCIAL INVOICE'],
      ['Date of Loading: 05/11/2026'],
      ['Invoice No.: CI-12', null, 'Invoice Date: 02/11/2026'],
      ['Model', 'HS Code', 'Qty', 'Unit Price', 'Amount', 'Origin'],
      [FW.model, FW.hs!, 10, 1200.5, 12005, 'Taiwan'],
      [CBL.model, CBL.hs!, 100, 1.75, 175, 'Vietnam'],
    ], 'Invoice'));
    expect(inv.header.date).toMatchObject({ value: '2026-11-02', cell: 'C3' });
    expect(brief(check([inv, pl]).findings)).toEqual([
      { code: 'NOT_IN_PERMIT', model: FW.model, refs: ['invoice!Invoice!A5'] },
      { code: 'CONTROLLED_HS_CODE', model: FW.model, refs: ['invoice!Invoice!B5'] },
    ]);
  });
});

describe('never silent (issue 9)', () => {
  it('NOT_CHECKED: no weight columns on the packing list, no amounts on the invoice, no HS code anywhere', () => {
    const inv = readDoc('invoice', 'inv.xlsx', sheetBytes([
      ['Model', 'Qty', 'Unit', 'Origin'],
      [PSU.model, 25, 'PCS', 'China'],
    ], 'Invoice'));
    const pl = readDoc('packing_list', 'pl.xlsx', sheetBytes([
      ['Model', 'Qty', 'Unit', 'Origin'],
      [PSU.model, 25, 'PCS', 'China'],
    ], 'PL'));
    const r = check([inv, pl]);
    expect(brief(r.findings)).toEqual([
      { code: 'NOT_CHECKED', rule: 'LINE_AMOUNT_MISMATCH', need: 'amount', refs: ['invoice!Invoice!A1'] },
      { code: 'NOT_CHECKED', rule: 'WEIGHT_INCONSISTENT', need: 'weights', refs: ['packing_list!PL!A1'] },
      { code: 'NOT_CHECKED', rule: 'CONTROLLED_HS_CODE', need: 'hsCode', refs: ['invoice!Invoice!A1'] },
    ]);
    expect(r.findings.map((f) => renderFinding(f, 'en').message)).toEqual([
      'Not checked: line amounts (quantity × unit price) (LINE_AMOUNT_MISMATCH) on the invoice (inv.xlsx): no line amount was found (no Amount column, or it is empty on every line).',
      'Not checked: net against gross weight (WEIGHT_INCONSISTENT) on the packing list (pl.xlsx): no net or gross weight was found (no weight columns, or they are empty on every line).',
      'Not checked: the controlled-list check by HS code (CONTROLLED_HS_CODE) on the invoice (inv.xlsx): 1 invoiced model(s) have no HS code in any document: PSU-65W.',
    ]);
    expect(renderFinding(r.findings[2], 'vi').message).toBe(
      'Chưa kiểm tra: đối chiếu danh mục kiểm soát theo mã HS (CONTROLLED_HS_CODE) trên hóa đơn thương mại (inv.xlsx): 1 model trên hóa đơn không có mã HS trên chứng từ nào: PSU-65W.');
    expect(r.summary).toEqual({ errors: 0, warnings: 0, infos: 3 });
  });

  it('NOT_CHECKED: a stated total of packages with no package column to add up', () => {
    const pl = readDoc('packing_list', 'pl.xlsx', sheetBytes([
      ['Model', 'Qty', 'N.W. (kg)', 'G.W. (kg)', 'Origin'],
      [PSU.model, 25, 5, 6.5, 'China'],
      ['TOTAL PACKAGES: 3 CARTONS'],
    ], 'PL'));
    expect(pl.header.total_packages?.value).toBe(3);
    const r = check([invoice([PSU]), pl]);
    expect(brief(r.findings)).toEqual([{ code: 'NOT_CHECKED', rule: 'PACKING_TOTAL_MISMATCH', need: 'packages', refs: ['packing_list!PL!A1'] }]);
    expect(renderFinding(r.findings[0], 'en').message).toBe(
      'Not checked: the packing-list totals (PACKING_TOTAL_MISMATCH) on the packing list (pl.xlsx): a total number of packages is stated, but no line gives its packages.');
  });

  it('AMBIGUOUS_NUMBER: "1.000" decided by its column ("12,50" below it), else reported with both readings', () => {
    const decided = readDoc('invoice', 'inv.xlsx', sheetBytes([
      ['Model', 'Qty', 'Unit price', 'Amount', 'Origin'],
      [PSU.model, 25, '1.000', '25.000,00', 'China'],
      [CBL.model, 100, '12,50', '1.250', 'Vietnam'],
    ], 'Invoice'));
    // The price column writes "12,50": its "1.000" is one thousand; the amount column's "25.000,00" decides its "1.250".
    expect(cols(decided, 'unitPrice', 'amount')).toEqual([[1000, 25000], [12.5, 1250]]);
    expect(decided.notes).toEqual([]);

    const undecided = readDoc('packing_list', 'pl.xlsx', sheetBytes([
      ['Model', 'Qty', 'N.W. (kg)', 'G.W. (kg)', 'Origin'],
      [PSU.model, '1.000', 5, 6, 'China'],
      [CBL.model, '100', 5, 6, 'Vietnam'],
    ], 'PL'));
    const r = check([invoice([{ ...PSU, qty: 1000 }, CBL]), undecided]);
    expect(brief(r.findings)).toEqual([{ code: 'AMBIGUOUS_NUMBER', refs: ['packing_list!PL!B2'] }]);
    expect(renderFinding(r.findings[0], 'en').message).toBe(
      'pl.xlsx, sheet "PL", cell B2: the quantity "1.000" reads two ways, 1000 or 1, and no other number in its column decides which; it was read as 1000: check it.');
    expect(renderFinding(r.findings[0], 'vi').message).toBe(
      'pl.xlsx, trang tính "PL", ô B2: số lượng "1.000" có thể hiểu hai cách, 1000 hoặc 1, và không số nào khác trong cột xác định được; đã đọc là 1000: hãy kiểm tra lại.');
  });

  it('MISSING_IN_*: the nearest model of the other document is named ("closest on the packing list: FG-100E, row 14")', () => {
    const pl = packingList([
      ...Array.from({ length: 12 }, (_, i) => ({ ...CBL, model: `CBL-${i + 1}M`, packages: 1 })),
      { ...FW, model: 'FG-100E' },
    ]);
    const inv = invoice([...Array.from({ length: 12 }, (_, i) => ({ ...CBL, model: `CBL-${i + 1}M` })), { ...FW, model: 'FG-100F' }]);
    const r = check([inv, pl]);
    const missing = r.findings.filter((f) => f.code.startsWith('MISSING_IN'));
    expect(missing.map((f) => renderFinding(f, 'en').message)).toEqual([
      'FG-100F is invoiced (10) but not on the packing list; closest on the packing list: FG-100E, row 14.',
      'FG-100E is on the packing list (10) but not invoiced; closest on the invoice: FG-100F, row 18.',
    ]);
    expect(renderFinding(missing[0], 'vi').message).toBe(
      'FG-100F có trên hóa đơn thương mại (10) nhưng không có trên phiếu đóng gói; gần giống nhất trên phiếu đóng gói: FG-100E, dòng 14.');
    // Same digits, written out differently, count; an unrelated model is not offered as an explanation.
    const far = check([invoice([{ ...FW, model: 'FORTIGATE-100F' }, CBL]), packingList([{ ...FW, model: 'FG100F' }, { ...CBL, model: 'ZX-9' }, CBL])]);
    const messages = far.findings.filter((f) => f.code.startsWith('MISSING_IN')).map((f) => renderFinding(f, 'en').message);
    expect(messages).toEqual([
      'FORTIGATE-100F is invoiced (10) but not on the packing list; closest on the packing list: FG100F, row 2.',
      'FG100F is on the packing list (10) but not invoiced; closest on the invoice: FORTIGATE-100F, row 6.',
      'ZX-9 is on the packing list (100) but not invoiced.',
    ]);
  });

  it('reads a 40,000-line packing list without quantities, each missing quantity said once (linear, not quadratic)', () => {
    const rows: Cell[][] = [['Model', 'Qty', 'N.W. (kg)', 'G.W. (kg)']];
    for (let i = 0; i < 40000; i++) rows.push([`M-${i}`, null, 1, 2]);
    const r = readDocument({ role: 'packing_list', file: 'pl.xlsx', bytes: sheetBytes(rows, 'PL') });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.lines).toHaveLength(40000);
    expect(r.value.notes).toHaveLength(40000);
    expect(r.value.notes[39999]).toEqual({ sheet: 'PL', cell: 'B40001', field: 'quantity', raw: '', problem: 'missing' });
  });
});

// Test strings built from the published code tables, code point by code point (not from the importer's data files):
// TCVN 5712:1993 VN3 as Windows-1252 characters, and VNI-Windows base letter + mark character.
const TCVN3: Record<string, number> = {
  'à': 0xb5, 'á': 0xb8, 'ã': 0xb7, 'ấ': 0xca, 'ố': 0xe8, 'ư': 0xad, 'ợ': 0xee, 'ơ': 0xac, 'ị': 0xde, 'í': 0xdd, 'ứ': 0xf8, 'Đ': 0xa7,
  'ệ': 0xd6, 'ộ': 0xe9, 'ạ': 0xb9, 'ả': 0xb6, 'ế': 0xd5, 'đ': 0xae, 'ủ': 0xf1, 'ĩ': 0xdc, 'ò': 0xdf, 'ó': 0xe3, 'é': 0xd0,
};
const tcvn3 = (s: string): string => [...s].map((ch) => (TCVN3[ch] ? String.fromCharCode(TCVN3[ch]) : ch)).join('');
const VNI: Record<string, string> = {
  'à': 'a\u00f8', 'á': 'a\u00f9', 'ấ': 'a\u00e1', 'ứ': '\u00f6\u00f9', 'Đ': '\u00d1', 'ệ': 'e\u00e4', 'ố': 'o\u00e1', 'ư': '\u00f6', 'ợ': '\u00f4\u00ef', 'ơ': '\u00f4', 'ý': 'y\u00f9',
};
const vniOf = (s: string): string => [...s].map((ch) => VNI[ch] ?? ch).join('');

describe('legacy Vietnamese encodings (issue 9)', () => {
  it('a permit typed in TCVN3 (.VnTime): headers and values converted for matching, the original kept, and said', () => {
    expect(tcvn3('Mã hàng')).toBe('M\u00b7 h\u00b5ng');
    const gp = readDoc('permit', 'gp.xlsx', sheetBytes([
      [tcvn3('Số giấy phép:'), '245/2026/GP-BCY'],
      [tcvn3('Có giá trị đến:'), '14/10/2027'],
      [],
      ['STT', tcvn3('Mã hàng'), tcvn3('Số lượng'), tcvn3('Đơn vị tính'), tcvn3('Xuất xứ')],
      [1, FW.model, 10, tcvn3('Cái'), tcvn3('Đài Loan')],
    ], 'GP'));
    expect(mapping(gp)).toEqual({ model: 'B', quantity: 'C', unit: 'D', origin: 'E' });
    expect(gp.lines[0].origin).toMatchObject({ value: 'TW', raw: tcvn3('Đài Loan') });
    expect(gp.lines[0].unit?.value).toBe('PCE');
    expect(gp.header.valid_until?.value).toBe('2027-10-14');
    const r = check([invoice([FW]), packingList([FW]), gp]);
    expect(brief(r.findings)).toEqual([
      { code: 'LEGACY_ENCODING', refs: ['permit!GP!A1', 'permit!GP!A2', 'permit!GP!B4', 'permit!GP!C4', 'permit!GP!D4', 'permit!GP!E4', 'permit!GP!D5', 'permit!GP!E5'] },
      { code: 'CONTROLLED_HS_CODE', model: FW.model, refs: ['invoice!Invoice!D6'] },
    ]);
    const legacy = r.findings[0];
    expect(renderFinding(legacy, 'en').message).toBe(
      `gp.xlsx, sheet "GP": 8 cell(s) typed in the TCVN3 (ABC, .Vn fonts) encoding were converted to Unicode for matching and display (the original text is kept), e.g. A1 "${tcvn3('Số giấy phép:')}" → "Số giấy phép:". TCVN3 has no capital letters with tone marks: words typed in capitals with a .VnTimeH font read in capitals only when their plain letters are capitals.`);
    expect(renderFinding(legacy, 'vi').message).toContain('8 ô gõ bằng bảng mã TCVN3 (ABC, phông .Vn) đã được chuyển sang Unicode');
  });

  it('a catalogue typed in VNI-Windows; Unicode and other languages are left alone', () => {
    expect(vniOf('Xuất xứ')).toBe('Xua\u00e1t x\u00f6\u00f9');
    const cat = readDoc('catalogue', 'cat.xlsx', sheetBytes([
      ['Model', vniOf('Xuất xứ'), 'Brand'],
      [FW.model, vniOf('Đài Loan'), 'Müller GmbH'],
      [CBL.model, 'Việt Nam', 'Café Networks'],
    ], 'Cat'));
    expect(cols(cat, 'model', 'origin', 'brand')).toEqual([[FW.model, 'TW', 'Müller GmbH'], [CBL.model, 'VN', 'Café Networks']]);
    expect(cat.notes.map((n) => [n.cell, n.encoding, n.converted])).toEqual([['B1', 'VNI', 'Xuất xứ'], ['B2', 'VNI', 'Đài Loan']]);
  });
});
