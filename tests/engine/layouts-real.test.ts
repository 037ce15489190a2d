// Real public CI / PL layouts (tests/fixtures/layouts/README.md names each source; the layout is kept, the goods
// replaced), read through the real importer and checked against a plain counterpart document: the exact lines
// and findings, or the exact sentence when a layout cannot be used.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentLine, ParsedDocument, Role } from '../../shared/domain/types.ts';
import { readDocument } from '../../shared/import/read-document.ts';
import { brief, check, invoice, packingList, ROOT, type Line } from './fixtures.ts';

const dir = join(ROOT, 'tests', 'fixtures', 'layouts');
const read = (role: Role, file: string): ParsedDocument => {
  const r = readDocument({ role, file, bytes: new Uint8Array(readFileSync(join(dir, file))) });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const failure = (role: Role, file: string): string => {
  const r = readDocument({ role, file, bytes: new Uint8Array(readFileSync(join(dir, file))) });
  return r.ok ? 'read' : r.error.message;
};
const cols = (doc: ParsedDocument, ...fields: (keyof DocumentLine)[]): unknown[][] =>
  doc.lines.map((l) => fields.map((f) => {
    const v = l[f];
    return v && typeof v === 'object' ? (v as { value: unknown }).value : v;
  }));

const SG: Line = { model: 'SG-100F', hs: '8517.62.59', qty: 10, unit: 'PCS', price: 1200.5, origin: 'Taiwan', packages: 2, net: 20, gross: 24 };
const PSU: Line = { model: 'PSU-65W', hs: '8504.40.90', qty: 25, unit: 'PCS', price: 12.4, origin: 'Taiwan', packages: 1, net: 5, gross: 6.5 };
const CBL: Line = { model: 'CBL-CAT6-2M', hs: '8544.42.94', qty: 100, unit: 'PCS', price: 1.75, origin: 'Taiwan', packages: 1, net: 5, gross: 6 };

describe('real public layouts', () => {
  it('UniField (MSF) ERP packing list: one block per parcel family, "Code" as the model, "10.00 PCE" in one cell', () => {
    const pl = read('packing_list', 'unifield-packing-list.xlsx');
    expect(pl.table).toMatchObject({ headerStart: 10, headerEnd: 10, firstRow: 11, lastRow: 16 });
    expect(cols(pl, 'row', 'model', 'quantity', 'unit')).toEqual([[11, 'SG-100F', 10, 'PCE'], [12, 'PSU-65W', 25, 'PCE'], [16, 'CBL-CAT6-2M', 100, 'PCE']]);
    expect(pl.notes).toEqual([]);
    expect(brief(check([invoice([SG, PSU, CBL]), pl]).findings)).toEqual([
      { code: 'NOT_IN_PERMIT', model: 'SG-100F', refs: ['invoice!Invoice!B6'] },
      { code: 'NOT_CHECKED', rule: 'WEIGHT_INCONSISTENT', need: 'weights', refs: ['packing_list!PPL!A10'] },
      { code: 'NOT_CHECKED', rule: 'ORIGIN_MISMATCH', need: 'origin', refs: ['packing_list!PPL!A10'] },
      { code: 'CONTROLLED_HS_CODE', model: 'SG-100F', refs: ['invoice!Invoice!D6'] },
    ]);
  });

  it('Shenzhen exporter packing list: English over Chinese header, totals beside per-unit weights, a pallet merged over three items', () => {
    const pl = read('packing_list', 'export-reimport-packing-list.xlsx');
    expect(Object.fromEntries(pl.table.columns.map((c) => [c.field, c.column]))).toMatchObject({
      model: 'I', quantity: 'J', unit: 'K', grossWeight: 'P', netWeight: 'R', packages: 'T',
    });
    expect(cols(pl, 'row', 'model', 'quantity', 'packages', 'netWeight', 'grossWeight')).toEqual([
      [3, 'SG-100F', 10, 2, 20, 24],
      [4, 'VPN-GW-2000', 2, 2, 14, 16],
      [5, undefined, 4, 1, 4.8, 6], // model "/": read for its weights, and said
      [6, 'CBL-CAT6-2M', 100, 1, 26, 30],
      [7, 'PSU-65W', 25, undefined, undefined, undefined], // on the pallet of row 6: counted once
      [8, 'SFP-10G-SR', 6, undefined, undefined, undefined],
    ]);
    expect(pl.notes).toEqual([{ sheet: ' 2021年最新版本', cell: 'I5', field: 'model', raw: '/', problem: 'missing' }]);
    const inv = invoice([SG, { ...SG, model: 'VPN-GW-2000', qty: 2 }, CBL, PSU, { ...CBL, model: 'SFP-10G-SR', qty: 6 }]);
    expect(brief(check([inv, pl]).findings).map((f) => `${f.code} ${f.model ?? ''} ${f.refs.join(' ')}`)).toEqual([
      'INVALID_VALUE  packing_list! 2021年最新版本!I5',
      'NOT_IN_PERMIT SG-100F invoice!Invoice!B6',
      'NOT_IN_PERMIT VPN-GW-2000 invoice!Invoice!B7',
      'NOT_CHECKED  packing_list! 2021年最新版本!A2',
      'CONTROLLED_HS_CODE SG-100F invoice!Invoice!D6',
      'CONTROLLED_HS_CODE VPN-GW-2000 invoice!Invoice!D7',
    ]);
  });

  it('CIPL workbook (sheets "Packing List" and "Commercial Invoice"): each role reads its own sheet, and a short shipment is found', () => {
    const inv = read('invoice', 'export-reimport-cipl.xlsx');
    const pl = read('packing_list', 'export-reimport-cipl.xlsx');
    expect([inv.sheet, pl.sheet]).toEqual(['Commercial Invoice', 'Packing List']);
    expect(cols(pl, 'model', 'quantity', 'netWeight')).toEqual([['SG-100F', 10, 20], ['VPN-GW-2000', 9, 63], ['CBL-CAT6-2M', 100, 26]]);
    expect(brief(check([inv, pl]).findings)).toEqual([
      { code: 'QUANTITY_MISMATCH', model: 'VPN-GW-2000', refs: ['invoice!Commercial Invoice!F3', 'packing_list!Packing List!F3'] },
      { code: 'NOT_CHECKED', rule: 'WEIGHT_INCONSISTENT', need: 'grossWeight', refs: ['packing_list!Packing List!A1'] },
      { code: 'NOT_CHECKED', rule: 'CONTROLLED_HS_CODE', need: 'hsCode', refs: ['invoice!Commercial Invoice!A1'] },
      { code: 'NOT_CHECKED', rule: 'ORIGIN_MISMATCH', need: 'origin', refs: ['invoice!Commercial Invoice!A1'] },
    ]);
  });

  it('Dynamics 365 commercial invoice: "Item number", "Total Price", Total Commercial Value before Misc. Charges', () => {
    const inv = read('invoice', 'd365-commercial-invoice.xlsx');
    expect(cols(inv, 'model', 'quantity', 'unit', 'unitPrice', 'amount')).toEqual([
      ['SG-100F', 10, 'PCE', 1200.5, 12005], ['PSU-65W', 25, 'PCE', 12.4, 310], ['CBL-CAT6-2M', 100, 'PCE', 1.75, 175],
    ]);
    expect(inv.header).toMatchObject({ number: { value: 'CIV-000187' }, date: { value: '2026-11-02' }, currency: { value: 'USD' }, total: { value: 12490, cell: 'F14' } });
    expect(brief(check([inv, packingList([SG, PSU, CBL])]).findings)).toEqual([
      { code: 'NOT_CHECKED', rule: 'CONTROLLED_HS_CODE', need: 'hsCode', refs: ['invoice!Commercial invoice!A9'] },
      { code: 'NOT_CHECKED', rule: 'ORIGIN_MISMATCH', need: 'origin', refs: ['invoice!Commercial invoice!A9'] },
    ]);
  });

  it('layouts with no model column (the goods named only in a description) are refused in one sentence, not guessed', () => {
    expect(failure('packing_list', 'exim-packing-list.xlsx')).toBe(
      'exim-packing-list.xlsx, sheet "Packing List": no model / part number column found in the header on row 12 (the goods are named only in column C, "DESCRIPTION OF GOODS"): add or rename that column and retry.');
    expect(failure('invoice', 'korean-commercial-invoice.xlsx')).toBe(
      'korean-commercial-invoice.xlsx, sheet "CI": no model / part number column found in the header on row 17 (the goods are named only in column A, "Item name"): add or rename that column and retry.');
  });
});

describe('real public layouts through `dossier check` (as the outside acceptance tests run it)', () => {
  const dossier = (args: string[]) => {
    const lists = mkdtempSync(join(tmpdir(), 'dossier-lists-'));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'dossier.mjs'), 'check', ...args], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, DOSSIER_LISTS_DIR: lists, DOSSIER_DEBUG: '' },
    });
    rmSync(lists, { recursive: true, force: true });
    return r;
  };

  it('the CIPL workbook as both documents: exit 1, the short shipment, and NOT_CHECKED naming rule and document, in EN and VI', () => {
    const cipl = join(dir, 'export-reimport-cipl.xlsx');
    const r = dossier(['--invoice', cipl, '--packing-list', cipl, '--date', '2026-11-20', '--format', 'json']);
    expect(r.status, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.documents.map((d: { role: string; sheet: string; lines: number }) => [d.role, d.sheet, d.lines])).toEqual([
      ['invoice', 'Commercial Invoice', 3], ['packing_list', 'Packing List', 3],
    ]);
    expect(report.findings.map((f: { code: string; severity: string; message: string }) => [f.code, f.severity, f.message])).toEqual([
      ['QUANTITY_MISMATCH', 'error', 'Invoice has 10 个 of VPN-GW-2000, packing list has 9 个.'],
      ['NOT_CHECKED', 'info', 'Not checked: net against gross weight (WEIGHT_INCONSISTENT) on the packing list (export-reimport-cipl.xlsx): no gross weight was found on any line.'],
      ['NOT_CHECKED', 'info', 'Not checked: the controlled-list check by HS code (CONTROLLED_HS_CODE) on the invoice (export-reimport-cipl.xlsx): 3 invoiced model(s) have no HS code in any document: SG-100F, VPN-GW-2000, CBL-CAT6-2M.'],
      ['NOT_CHECKED', 'info', 'Not checked: origin across documents (ORIGIN_MISMATCH) on the invoice (export-reimport-cipl.xlsx): no country of origin was found on any line.'],
    ]);
    const vi = dossier(['--invoice', cipl, '--packing-list', cipl, '--date', '2026-11-20', '--lang', 'vi']);
    expect(vi.stdout).toContain('Chưa kiểm tra: trọng lượng tịnh so với cả bì (WEIGHT_INCONSISTENT) trên phiếu đóng gói (export-reimport-cipl.xlsx): không dòng nào có trọng lượng cả bì.');
  });

  it('a layout with no model column: exit 2, one line on stderr naming the file, sheet and column', () => {
    const r = dossier(['--invoice', join(dir, 'korean-commercial-invoice.xlsx'), '--packing-list', join(dir, 'unifield-packing-list.xlsx'), '--date', '2026-11-20']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('korean-commercial-invoice.xlsx, sheet "CI": no model / part number column found');
  });
});
