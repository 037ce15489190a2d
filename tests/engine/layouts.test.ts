// Real-world layouts, end to end through the importer and the check: each layout plants one discrepancy and
// the test states every finding it must give (code, model, cells), so a misread column or row shows at once.
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../shared/domain/types.ts';
import { brief, check, csvBytes, packingList, readDoc, sheetBytes, workbook, xlsxBytes, type Cell, type Line } from './fixtures.ts';

// The shipment every layout carries: a controlled firewall, a power adapter and a cable (neither controlled).
const FW = { model: 'FW-200E', desc: 'Firewall appliance, IPsec VPN', hs: '8517.62.59', qty: 10, price: 1200.5 };
const PSU = { model: 'PSU-65W', desc: 'Power adapter 65 W', hs: '8504.40.90', qty: 25, price: 12.4 };
const CBL = { model: 'CBL-CAT6-2M', desc: 'Patch cable Cat6 2 m', hs: '8544.42.94', qty: 100, price: 1.75 };

const PL_LINES: Line[] = [
  { model: 'FW-200E', qty: 10, unit: 'PCS', packages: 2, net: 20, gross: 24, origin: 'Taiwan' },
  { model: 'PSU-65W', qty: 25, unit: 'PCS', packages: 1, net: 5, gross: 6.5, origin: 'China' },
  { model: 'CBL-CAT6-2M', qty: 100, unit: 'PCS', packages: 1, net: 5, gross: 6, origin: 'Vietnam' },
];

/** The packing list, with `change` applied to the line of one model. */
function pl(change: Record<string, Partial<Line>> = {}, totals?: Parameters<typeof packingList>[1]): ParsedDocument {
  return packingList(PL_LINES.map((l) => ({ ...l, ...change[l.model] })), totals);
}

// The controlled firewall with no permit given: every layout reports it, at its own cells.
const controlledFw = (sheet: string, row: number, hsCol = 'D', modelCol = 'B') => ({
  notInPermit: { code: 'NOT_IN_PERMIT', model: 'FW-200E', refs: [`invoice!${sheet}!${modelCol}${row}`] },
  controlled: { code: 'CONTROLLED_HS_CODE', model: 'FW-200E', refs: [`invoice!${sheet}!${hsCol}${row}`] },
});

describe('layouts', () => {
  it('1. letterhead and header block above the table (English)', () => {
    const rows: Cell[][] = [
      ['SECUGATE NETWORKS CO., LTD.'],
      ['No. 88, Sec. 3, Nanjing E. Rd., Taipei 104, Taiwan — Tel +886 2 2712 0000'],
      ['Tax ID: 12345678 — Email: sales@secugate.example'],
      [],
      ['COMMERCIAL INVOICE'],
      ['Invoice No.:', 'SG-INV-2026-1187', null, null, 'Date:', '02/11/2026'],
      ['Buyer:', 'CÔNG TY TNHH GIẢI PHÁP AN NINH MẠNG VIỆT', null, null, 'Currency:', 'USD'],
      [],
      ['Item', 'Part Number', 'Description', 'H.S. Code', 'Qty', 'UOM', 'Unit Price (USD)', 'Amount (USD)', 'Country of Origin'],
      [1, FW.model, FW.desc, FW.hs, FW.qty, 'PCS', FW.price, 12005, 'Taiwan'],
      [2, PSU.model, PSU.desc, PSU.hs, PSU.qty, 'PCS', PSU.price, 310, 'China'],
      [3, CBL.model, CBL.desc, CBL.hs, CBL.qty, 'PCS', CBL.price, 175, 'Vietnam'],
    ];
    const inv = readDoc('invoice', 'invoice.xlsx', sheetBytes(rows, 'Invoice'));
    expect(inv.table).toMatchObject({ headerStart: 9, headerEnd: 9, firstRow: 10, lastRow: 12 });
    expect(inv.header.number?.value).toBe('SG-INV-2026-1187');
    expect(inv.header.date?.value).toBe('2026-11-02');
    expect(inv.header.currency?.value).toBe('USD');
    const fw = controlledFw('Invoice', 10);
    expect(brief(check([inv, pl({ 'FW-200E': { qty: 8 } })]).findings)).toEqual([
      { code: 'QUANTITY_MISMATCH', model: 'FW-200E', refs: ['invoice!Invoice!E10', 'packing_list!PL!B2'] },
      fw.notInPermit,
      fw.controlled,
    ]);
  });

  it('2. merged two-row bilingual header (Vietnamese / English)', () => {
    const rows: Cell[][] = [
      ['CÔNG TY TNHH THIẾT BỊ MẠNG ABC'],
      ['HÓA ĐƠN THƯƠNG MẠI / COMMERCIAL INVOICE'],
      ['Số hóa đơn / Invoice No.: ABC-2026-77'],
      [],
      ['STT\nNo.', 'Hàng hóa / Goods', null, null, 'Số lượng / Quantity', null, 'Trị giá (USD) / Value (USD)', null, 'Xuất xứ\nOrigin'],
      [null, 'Mã hàng / Model', 'Mô tả / Description', 'Mã HS / HS Code', "Lượng / Q'ty", 'ĐVT / Unit', 'Đơn giá / Unit Price', 'Thành tiền / Amount', null],
      [1, FW.model, FW.desc, FW.hs, FW.qty, 'Cái', FW.price, 12005, 'Đài Loan'],
      [2, PSU.model, PSU.desc, PSU.hs, PSU.qty, 'Chiếc', PSU.price, 320, 'Trung Quốc'],
      [3, CBL.model, CBL.desc, CBL.hs, CBL.qty, 'Cái', CBL.price, 175, 'Việt Nam'],
    ];
    const inv = readDoc('invoice', 'hoa-don.xlsx', sheetBytes(rows, 'HĐ', ['A5:A6', 'B5:D5', 'E5:F5', 'G5:H5', 'I5:I6']));
    expect(inv.table).toMatchObject({ headerStart: 5, headerEnd: 6, firstRow: 7, lastRow: 9 });
    expect(Object.fromEntries(inv.table.columns.map((c) => [c.field, c.column]))).toEqual({
      model: 'B', description: 'C', hsCode: 'D', quantity: 'E', unit: 'F', unitPrice: 'G', amount: 'H', origin: 'I',
    });
    expect(inv.header.number?.value).toBe('ABC-2026-77');
    const fw = controlledFw('HĐ', 7);
    // Cái / Chiếc against PCS, Đài Loan / Trung Quốc / Việt Nam against English names: no unit or origin finding.
    expect(brief(check([inv, pl()]).findings)).toEqual([
      fw.notInPermit,
      { code: 'LINE_AMOUNT_MISMATCH', model: 'PSU-65W', refs: ['invoice!HĐ!E8', 'invoice!HĐ!G8', 'invoice!HĐ!H8'] },
      fw.controlled,
    ]);
  });

  it('3. Chinese headers and units, Chinese date', () => {
    const rows: Cell[][] = [
      ['深圳市安信网络科技有限公司'],
      ['商业发票 COMMERCIAL INVOICE'],
      ['发票号码：SZ-2026-0315', null, null, null, null, '日期：', '2026年11月2日'],
      [],
      ['序号', '型号', '品名', 'HS编码', '数量', '单位', '单价', '金额', '原产地'],
      [1, FW.model, '防火墙', FW.hs, FW.qty, '个', FW.price, 12005, '台湾'],
      [2, PSU.model, '电源适配器', PSU.hs, PSU.qty, '个', PSU.price, 310, '中国'],
      [3, CBL.model, '网线', CBL.hs, CBL.qty, '个', CBL.price, 175, '越南'],
      [4, 'KVM-08', 'KVM 切换器', '8471.60.90', 2, '台', 85, 170, '中国'],
    ];
    const inv = readDoc('invoice', '发票.xlsx', sheetBytes(rows, '发票'));
    expect(inv.header.number?.value).toBe('SZ-2026-0315');
    expect(inv.header.date?.value).toBe('2026-11-02');
    const fw = controlledFw('发票', 6);
    expect(brief(check([inv, pl()]).findings)).toEqual([
      fw.notInPermit,
      { code: 'MISSING_IN_PACKING_LIST', model: 'KVM-08', refs: ['invoice!发票!B9'] },
      fw.controlled,
    ]);
  });

  it('4. table on the second sheet, behind a cover sheet', () => {
    const cover: Cell[][] = [
      ['PROFORMA / COMMERCIAL INVOICE'],
      ['Please find the item details on the next sheet.'],
      ['Model range: FW series; quantity as per PO 2026-118'],
    ];
    const details: Cell[][] = [
      ['Model No.', 'Description', 'HS Code', 'Quantity', 'Unit', 'Unit Price', 'Total Amount', 'Made in'],
      [FW.model, FW.desc, FW.hs, FW.qty, 'PCS', FW.price, 12005, 'Taiwan'],
      [PSU.model, PSU.desc, PSU.hs, PSU.qty, 'SET', PSU.price, 310, 'China'],
      [CBL.model, CBL.desc, CBL.hs, CBL.qty, 'PCS', CBL.price, 175, 'Vietnam'],
    ];
    const inv = readDoc('invoice', 'invoice.xlsx', xlsxBytes(workbook({ name: 'Cover', rows: cover }, { name: 'Details', rows: details })));
    expect(inv.sheet).toBe('Details');
    const fw = controlledFw('Details', 2, 'C', 'A');
    expect(brief(check([inv, pl()]).findings)).toEqual([
      fw.notInPermit,
      { code: 'UNIT_MISMATCH', model: 'PSU-65W', refs: ['invoice!Details!E3', 'packing_list!PL!C3'] },
      fw.controlled,
    ]);
  });

  it('5. TOTAL rows, blank separator rows, a sub-total and the header repeated on a new page', () => {
    const rows: Cell[][] = [
      ['Invoice No.: INV-55', null, null, null, null, null, 'Date:', '2026-11-02'],
      [],
      ['No.', 'Model', 'Description', 'HS Code', 'Quantity', 'Unit', 'Unit Price', 'Amount', 'Origin'],
      [1, FW.model, FW.desc, FW.hs, FW.qty, 'PCS', FW.price, 12005, 'Taiwan'],
      [],
      [2, PSU.model, PSU.desc, PSU.hs, PSU.qty, 'PCS', PSU.price, 310, 'China'],
      ['Subtotal', null, null, null, 35, null, null, 12315],
      ['No.', 'Model', 'Description', 'HS Code', 'Quantity', 'Unit', 'Unit Price', 'Amount', 'Origin'],
      [3, CBL.model, CBL.desc, CBL.hs, CBL.qty, 'PCS', CBL.price, 175, 'Vietnam'],
      [],
      ['TOTAL', null, null, null, 135, null, null, 12500],
      [],
      ['Say: US dollars twelve thousand five hundred only.'],
      ['Authorised signature'],
    ];
    const inv = readDoc('invoice', 'invoice.xlsx', sheetBytes(rows, 'Invoice'));
    expect(inv.lines.map((l) => l.model?.value)).toEqual([FW.model, PSU.model, CBL.model]);
    expect(inv.header.total).toMatchObject({ value: 12500, cell: 'H11' });
    const packing = pl({}, { packages: 4, net: 30, gross: 37 });
    expect(packing.header.total_gross_weight).toMatchObject({ value: 37, cell: 'F5' });
    const fw = controlledFw('Invoice', 4);
    expect(brief(check([inv, packing]).findings)).toEqual([
      { code: 'INVOICE_TOTAL_MISMATCH', refs: ['invoice!Invoice!H11'] },
      { code: 'PACKING_TOTAL_MISMATCH', refs: ['packing_list!PL!F5'] },
      fw.notInPermit,
      fw.controlled,
    ]);
  });

  it('6. numbers as text in both conventions ("1,200.50", "USD 12,005.00", "12 500" / "1.200,50", "12.500")', () => {
    const rows: Cell[][] = [
      ['Invoice No.: INV-77'],
      [],
      ['Model', 'Description', 'Quantity', 'Unit', 'Unit Price', 'Amount', 'HS Code'],
      [FW.model, FW.desc, '10', 'PCS', '1,200.50', 'USD 12,005.00', FW.hs],
      [PSU.model, PSU.desc, '12 500', 'PCS', '12.40', 'USD 155,000.00', PSU.hs],
      [CBL.model, CBL.desc, '1,200', 'PCS', '0.15', 'USD 180.00', CBL.hs],
      ['TOTAL', null, '13 710', null, null, 'USD 167,185.00'],
    ];
    const inv = readDoc('invoice', 'invoice.xlsx', sheetBytes(rows, 'Invoice'));
    expect(inv.lines.map((l) => [l.quantity?.value, l.unitPrice?.value, l.amount?.value])).toEqual([
      [10, 1200.5, 12005], [12500, 12.4, 155000], [1200, 0.15, 180],
    ]);
    expect(inv.header.currency?.value).toBe('USD');
    expect(inv.header.total?.value).toBe(167185);

    const plRows: Cell[][] = [
      ['PHIẾU ĐÓNG GÓI / PACKING LIST'],
      ['Mã hàng', 'Số lượng', 'ĐVT', 'Số kiện', 'Trọng lượng tịnh (kg)', 'Trọng lượng cả bì (kg)'],
      [FW.model, '10', 'Cái', '2', '20,00', '24,50'],
      [PSU.model, '12.400', 'Cái', '50', '2.480,00', '2.730,50'],
      [CBL.model, '1.200', 'Cái', '3', '60,00', '66,00'],
      ['Tổng cộng', null, null, '55', '2.560,00', '2.821,00'],
    ];
    const packing = readDoc('packing_list', 'pl.xlsx', sheetBytes(plRows, 'PL'));
    expect(packing.lines.map((l) => [l.quantity?.value, l.netWeight?.value, l.grossWeight?.value])).toEqual([
      [10, 20, 24.5], [12400, 2480, 2730.5], [1200, 60, 66],
    ]);
    expect(packing.header).toMatchObject({ total_packages: { value: 55 }, total_net_weight: { value: 2560 }, total_gross_weight: { value: 2821 } });
    const fw = controlledFw('Invoice', 4, 'G', 'A');
    expect(brief(check([inv, packing]).findings)).toEqual([
      fw.notInPermit,
      { code: 'QUANTITY_MISMATCH', model: 'PSU-65W', refs: ['invoice!Invoice!C5', 'packing_list!PL!B4'] },
      // Quantity columns of whole numbers: nothing in the column says whether "1,200" is 1200 or 1.2 (read: 1200).
      { code: 'AMBIGUOUS_NUMBER', refs: ['invoice!Invoice!C6'] },
      { code: 'AMBIGUOUS_NUMBER', refs: ['packing_list!PL!B4'] },
      { code: 'AMBIGUOUS_NUMBER', refs: ['packing_list!PL!B5'] },
      { code: 'NOT_CHECKED', rule: 'ORIGIN_MISMATCH', need: 'origin', refs: ['invoice!Invoice!A3'] }, // the invoice states no origin
      fw.controlled,
    ]);
  });

  it('7. legacy .xls (BIFF8) with an Excel date cell', () => {
    const rows: Cell[][] = [
      ['COMMERCIAL INVOICE'],
      ['Invoice No.:', 'XLS-2026-9', null, 'Date:', new Date(Date.UTC(2026, 10, 2))],
      [],
      ['Model', 'Description', 'HS Code', 'Quantity', 'Unit', 'Unit Price', 'Amount', 'Origin'],
      [FW.model, FW.desc, 85176259, FW.qty, 'PCS', FW.price, 12005, 'TW'],
      [PSU.model, PSU.desc, 8504.409, PSU.qty, 'PCS', PSU.price, 310, 'CN'],
      [CBL.model, CBL.desc, 85444294, CBL.qty, 'PCS', CBL.price, 175, 'China'],
    ];
    const bytes = xlsxBytes(workbook({ name: 'Invoice', rows }), 'biff8');
    expect([...bytes.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const inv = readDoc('invoice', 'invoice.xls', bytes);
    expect(inv.header.number?.value).toBe('XLS-2026-9');
    expect(inv.header.date?.value).toBe('2026-11-02');
    expect(inv.lines.map((l) => l.hsCode?.value)).toEqual(['85176259', '85044090', '85444294']);
    const fw = controlledFw('Invoice', 5, 'C', 'A');
    expect(brief(check([inv, pl()]).findings)).toEqual([
      fw.notInPermit,
      { code: 'ORIGIN_MISMATCH', model: 'CBL-CAT6-2M', refs: ['invoice!Invoice!H7', 'packing_list!PL!G4'] },
      fw.controlled,
    ]);
  });

  it('8. .csv in UTF-8 with a BOM, Vietnamese headers', () => {
    const bytes = csvBytes([
      ['STT', 'Mã hàng', 'Tên hàng', 'Mã HS', 'Số lượng', 'ĐVT', 'Đơn giá', 'Thành tiền', 'Xuất xứ'],
      [1, FW.model, 'Thiết bị tường lửa, VPN', '8517.62.59', 10, 'Cái', '1200.50', '12005.00', 'Đài Loan'],
      [2, PSU.model, 'Bộ nguồn 65 W', '8504.40.90', 25, 'Cái', '12.40', '310.00', 'Trung Quốc'],
      [3, CBL.model, 'Cáp mạng Cat6, 2 m', '8544.42.94', 100, 'Cái', '1.75', '175.00', 'Việt Nam'],
    ], { bom: true });
    const inv = readDoc('invoice', 'hoa-don.csv', bytes);
    expect(inv.sheet).toBe('hoa-don');
    expect(inv.table.columns.map((c) => c.header)).toContain('Mã hàng');
    expect(inv.lines[1].description?.value).toBe('Bộ nguồn 65 W');
    const fw = controlledFw('hoa-don', 2);
    expect(brief(check([inv, pl({ 'FW-200E': { model: 'FW 200E' } })]).findings)).toEqual([
      fw.notInPermit,
      { code: 'MODEL_NEAR_MATCH', model: 'FW-200E', refs: ['invoice!hoa-don!B2', 'packing_list!PL!A2'] },
      fw.controlled,
    ]);
  });

  it('9. .csv with ";" separators and decimal commas, a letterhead and a totals row', () => {
    const bytes = csvBytes([
      ['PHIẾU ĐÓNG GÓI', null, null, null, null, null],
      ['Số: PL-2026-77', null, null, 'Ngày:', '02/11/2026', null],
      [],
      ['Mã hàng', 'Số lượng', 'ĐVT', 'Số kiện', 'Trọng lượng tịnh (kg)', 'Trọng lượng cả bì (kg)'],
      [FW.model, 10, 'Cái', 2, '20,00', '24,50'],
      [PSU.model, 25, 'Cái', 1, '6,50', '5,00'],
      [CBL.model, 100, 'Cái', 1, '5,00', '6,00'],
      ['Tổng cộng', 135, null, 4, '31,50', '35,50'],
    ], { sep: ';' });
    const packing = readDoc('packing_list', 'pl.csv', bytes);
    expect(packing.header.number?.value).toBe('PL-2026-77');
    expect(packing.header.date?.value).toBe('2026-11-02');
    expect(packing.lines.map((l) => [l.netWeight?.value, l.grossWeight?.value])).toEqual([[20, 24.5], [6.5, 5], [5, 6]]);
    const inv = readDoc('invoice', 'invoice.xlsx', sheetBytes([
      ['Model', 'HS Code', 'Quantity', 'Unit', 'Unit Price', 'Amount'],
      [FW.model, FW.hs, 10, 'PCS', FW.price, 12005],
      [PSU.model, PSU.hs, 25, 'PCS', PSU.price, 310],
      [CBL.model, CBL.hs, 100, 'PCS', CBL.price, 175],
    ], 'Invoice'));
    const fw = controlledFw('Invoice', 2, 'B', 'A');
    expect(brief(check([inv, packing]).findings)).toEqual([
      fw.notInPermit,
      { code: 'WEIGHT_INCONSISTENT', model: 'PSU-65W', refs: ['packing_list!pl!E6', 'packing_list!pl!F6'] },
      { code: 'NOT_CHECKED', rule: 'ORIGIN_MISMATCH', need: 'origin', refs: ['invoice!Invoice!A1'] }, // the invoice states no origin
      fw.controlled,
    ]);
  });

  it('11. .csv saved by Excel as "Unicode text" (UTF-16LE with a BOM, tab-separated)', () => {
    const text = ['Model\tSố lượng\tĐVT\tĐơn giá\tThành tiền\tMã HS', `${FW.model}\t10\tCái\t1200.50\t12005.00\t${FW.hs}`, `${CBL.model}\t100\tCái\t1.75\t175.00\t${CBL.hs}`].join('\r\n');
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    const inv = readDoc('invoice', 'invoice.csv', bytes);
    expect(inv.lines.map((l) => [l.model?.value, l.quantity?.value, l.unit?.value, l.amount?.value])).toEqual([[FW.model, 10, 'PCE', 12005], [CBL.model, 100, 'PCE', 175]]);
    expect(brief(check([inv, pl({}, undefined)]).findings)).toEqual([
      { code: 'NOT_IN_PERMIT', model: 'FW-200E', refs: ['invoice!invoice!A2'] },
      { code: 'MISSING_IN_INVOICE', model: 'PSU-65W', refs: ['packing_list!PL!A3'] },
      { code: 'NOT_CHECKED', rule: 'ORIGIN_MISMATCH', need: 'origin', refs: ['invoice!invoice!A1'] }, // the invoice states no origin
      { code: 'CONTROLLED_HS_CODE', model: 'FW-200E', refs: ['invoice!invoice!F2'] },
    ]);
  });

  it('12. totals stated as labelled lines under the table, and a permit that states its validity in a sentence', () => {
    const packing = readDoc('packing_list', 'pl.xlsx', sheetBytes([
      ['PACKING LIST'],
      ['P/L No.: PL-9', null, 'Date: 2026-11-02'],
      [],
      ['Model', 'Qty', 'Cartons', 'N.W. (kg)', 'G.W. (kg)'],
      [FW.model, 10, 2, 20, 24],
      [CBL.model, 100, 1, 5, 6],
      [],
      ['Total packages:', 4],
      ['Total N.W.:', '25.00 kg'],
      ['Total G.W.:', '30.00 KGS'],
    ], 'PL'));
    expect(packing.header).toMatchObject({ total_packages: { value: 4, cell: 'B8' }, total_net_weight: { value: 25, cell: 'B9' }, total_gross_weight: { value: 30, cell: 'B10' } });
    const gp = readDoc('permit', 'gp.xlsx', sheetBytes([
      ['BAN CƠ YẾU CHÍNH PHỦ', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['Số: 245/2026/GP-BCY', null, null, 'Hà Nội, ngày 15 tháng 10 năm 2026'],
      ['GIẤY PHÉP XUẤT KHẨU, NHẬP KHẨU SẢN PHẨM MẬT MÃ DÂN SỰ'],
      ['Giấy phép này có giá trị đến hết ngày 19/11/2026.'],
      [],
      ['STT', 'Tên sản phẩm', 'Ký hiệu (Model)', 'Mã HS', 'Số lượng'],
      [1, 'Thiết bị tường lửa', FW.model, '85176259', 10],
    ], 'GP'));
    expect(gp.header).toMatchObject({ number: { value: '245/2026/GP-BCY' }, issue_date: { value: '2026-10-15', cell: 'D2' }, valid_until: { value: '2026-11-19', cell: 'A4' } });
    const inv = readDoc('invoice', 'inv.xlsx', sheetBytes([
      ['Model', 'HS Code', 'Quantity', 'Unit Price', 'Amount'],
      [FW.model, FW.hs, 10, FW.price, 12005],
      [CBL.model, CBL.hs, 100, CBL.price, 175],
      ['TOTAL', null, 110],
    ], 'Invoice'));
    // The TOTAL row sums quantities only: its 110 is not the invoice total.
    expect(inv.header.total).toBeUndefined();
    expect(brief(check([inv, packing, gp]).findings)).toEqual([
      { code: 'PERMIT_EXPIRED', refs: ['permit!GP!A4'] },
      { code: 'PACKING_TOTAL_MISMATCH', refs: ['packing_list!PL!B8'] }, // 4 packages stated, 2 + 1 on the lines
      { code: 'NOT_CHECKED', rule: 'ORIGIN_MISMATCH', need: 'origin', refs: ['invoice!Invoice!A1'] }, // the invoice states no origin
      { code: 'CONTROLLED_HS_CODE', model: 'FW-200E', refs: ['invoice!Invoice!B2'] },
    ]);
  });

  it('10. .xls packing list and .csv invoice together agree with no finding but the controlled item', () => {
    const inv = readDoc('invoice', 'inv.csv', csvBytes([
      ['Part No', 'Qty', 'Unit', 'Price', 'Amount', 'HS'],
      [FW.model, 10, 'pcs', '1200.5', '12005', '85176259'],
      [PSU.model, 25, 'pcs', '12.4', '310', '85044090'],
    ]));
    const packing = readDoc('packing_list', 'pl.xls', xlsxBytes(workbook({ name: 'Packing', rows: [
      ['Model', 'Q\'ty', 'Unit', 'CTNS', 'N.W.', 'G.W.'],
      [FW.model, 10, 'PC', '1-2', 20, 24],
      [PSU.model, 25, 'PIECE', '3', 5, 6.5],
    ] }), 'biff8'));
    expect(packing.lines.map((l) => l.packages?.value)).toEqual([2, 3]);
    expect(brief(check([inv, packing]).findings)).toEqual([
      { code: 'NOT_IN_PERMIT', model: 'FW-200E', refs: ['invoice!inv!A2'] },
      { code: 'NOT_CHECKED', rule: 'ORIGIN_MISMATCH', need: 'origin', refs: ['invoice!inv!A1'] }, // the invoice states no origin
      { code: 'CONTROLLED_HS_CODE', model: 'FW-200E', refs: ['invoice!inv!F2'] },
    ]);
  });
});
