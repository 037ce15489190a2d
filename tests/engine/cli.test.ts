// `dossier check` as the outside acceptance tests run it: a child process, its exit status, stdout and stderr.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvBytes, ROOT, sheetBytes, workbook, xlsxBytes } from './fixtures.ts';

let dir: string;
const path = (name: string) => join(dir, name);
const demo = (name: string) => join(ROOT, 'seeds', 'demo', name);

function dossier(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'dossier.mjs'), 'check', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, DOSSIER_LISTS_DIR: join(dir, 'lists'), DOSSIER_DEBUG: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CABLE_INVOICE = [
  ['Model', 'HS Code', 'Quantity', 'Unit', 'Unit Price', 'Amount', 'Origin'],
  ['CBL-CAT6-2M', '8544.42.94', 100, 'PCS', 1.75, 175, 'Vietnam'],
];
const CABLE_PL = [
  ['Model', 'Quantity', 'Unit', 'N.W. (kg)', 'G.W. (kg)', 'Origin'],
  ['CBL-CAT6-2M', 100, 'PCS', 5, 6, 'Vietnam'],
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-check-'));
  writeFileSync(path('inv.xlsx'), sheetBytes(CABLE_INVOICE, 'Invoice'));
  writeFileSync(path('pl.xlsx'), sheetBytes(CABLE_PL, 'PL'));
  writeFileSync(path('empty.xlsx'), new Uint8Array(0));
  writeFileSync(path('notes.xlsx'), 'Model: CBL-CAT6-2M, quantity 100\nplease invoice\n');
  const full = readFileSync(demo('invoice.xlsx'));
  writeFileSync(path('cut.xlsx'), full.subarray(0, Math.floor(full.length / 2)));
  writeFileSync(path('locked.xlsx'), encryptedWorkbook());
  writeFileSync(path('letter.xlsx'), sheetBytes([['Dear customer,'], ['please find our offer attached.'], ['Best regards']], 'Letter'));
  writeFileSync(path('noqty.xlsx'), sheetBytes([['Model', 'Description', 'Unit Price'], ['CBL-CAT6-2M', 'Patch cable', 1.75]], 'Invoice'));
  writeFileSync(path('noqty.csv'), csvBytes([['Model', 'Description', 'Unit Price'], ['CBL-CAT6-2M', 'Patch cable', '1.75']], { bom: true }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * What Excel writes for a workbook with a password to open: an OLE compound file holding EncryptionInfo and
 * EncryptedPackage streams instead of a zip. Built with the CFB library that ships inside SheetJS.
 */
function encryptedWorkbook(): Uint8Array {
  const CFB = (XLSX as unknown as { CFB: { utils: { cfb_new: () => unknown; cfb_add: (c: unknown, p: string, d: Uint8Array) => void }; write: (c: unknown, o: object) => ArrayLike<number> } }).CFB;
  const cfb = CFB.utils.cfb_new();
  // Agile encryption header (version 4.4, flags 0x40), then an (abbreviated) XML descriptor.
  const info = new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...new TextEncoder().encode('<?xml version="1.0"?><encryption/>')]);
  CFB.utils.cfb_add(cfb, '/EncryptionInfo', info);
  CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(4096).fill(0x5a));
  return new Uint8Array(CFB.write(cfb, { type: 'array' }));
}

/** The contract's exit 2: status 2, one line on stderr naming the file, no stack trace, nothing on stdout. */
function expectUnusable(r: ReturnType<typeof dossier>, ...mentions: string[]): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines, r.stderr).toHaveLength(1);
  expect(r.stderr).not.toContain('    at ');
  expect(r.stderr).not.toMatch(/Error:|TypeError|undefined/);
  for (const m of mentions) expect(lines[0]).toContain(m);
}

describe('dossier check: exit status 0 and 1', () => {
  it('exits 0 with a readable report when the documents agree', () => {
    const r = dossier(['--invoice', path('inv.xlsx'), '--packing-list', path('pl.xlsx'), '--date', '2026-11-20']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('No findings');
    expect(r.stdout).toContain('0 error(s), 0 warning(s), 0 info');
  });

  it('exits 1 on the demo shipment, and --format json prints exactly one JSON document', () => {
    const r = dossier(['--invoice', demo('invoice.xlsx'), '--packing-list', demo('packing-list.xlsx'), '--permit', demo('permit.xlsx'),
      '--catalogue', demo('catalogue.xlsx'), '--date', '2026-11-20', '--format', 'json']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(r.stdout.trim().startsWith('{') && r.stdout.trim().endsWith('}')).toBe(true);
    expect(report.documents.map((d: { role: string; file: string; sheet: string; lines: number }) => [d.role, d.file, d.sheet, d.lines])).toEqual([
      ['invoice', 'invoice.xlsx', 'Invoice', 6], ['packing_list', 'packing-list.xlsx', 'PL', 6], ['permit', 'permit.xlsx', 'Giấy phép', 4], ['catalogue', 'catalogue.xlsx', '产品', 5],
    ]);
    expect(report.documents[0].header).toEqual({ number: 'SG-INV-2026-1187', date: '2026-11-02', currency: 'USD', total: 94800 });
    expect(report.documents[1].header).toMatchObject({ number: 'PL-2026-1187', date: '2026-11-02', total_packages: 14 });
    expect(report.documents[2].header).toEqual({ number: '245/2026/GP-BCY', issue_date: '2026-10-15', valid_until: '2027-10-14', licensee: 'CÔNG TY TNHH GIẢI PHÁP AN NINH MẠNG VIỆT' });
    expect(report.findings.map((f: { code: string; model?: string }) => `${f.code} ${f.model ?? ''}`)).toEqual([
      'QUANTITY_MISMATCH SG-100F', 'LINE_AMOUNT_MISMATCH SG-60F', 'HS_CODE_MISMATCH VPN-GW-2000', 'PERMIT_QUANTITY_EXCEEDED HSM-K7',
      'NOT_IN_PERMIT ENC-SSD-1T', 'ORIGIN_MISMATCH SG-60F', 'MODEL_NEAR_MATCH VPN-GW-2000', 'MISSING_IN_CATALOGUE CAB-RJ45-3M',
      'CONTROLLED_HS_CODE SG-100F', 'CONTROLLED_HS_CODE SG-60F', 'CONTROLLED_HS_CODE VPN-GW-2000', 'CONTROLLED_HS_CODE HSM-K7', 'CONTROLLED_HS_CODE ENC-SSD-1T',
    ]);
    expect(report.findings[0]).toMatchObject({
      code: 'QUANTITY_MISMATCH', severity: 'error', model: 'SG-100F', message: 'Invoice has 20 PCS of SG-100F, packing list has 18 Cái.',
      refs: [{ role: 'invoice', sheet: 'Invoice', cell: 'E11' }, { role: 'packing_list', sheet: 'PL', cell: 'D5' }],
    });
    // Keys in the contract's order; legal_basis last, from legal-basis.csv for the regime of the list applied.
    expect(Object.keys(report.findings[0])).toEqual(['code', 'severity', 'model', 'message', 'refs', 'legal_basis']);
    expect(report.findings[0].legal_basis).toMatchObject({ verified: false, source: expect.stringContaining('1.013203') });
    expect(report.controlled_list).toEqual({
      id: '211/2025/NĐ-CP', legal_basis: expect.stringContaining('211/2025/NĐ-CP'), effective_from: '2025-09-09', provisional: true,
    });
    expect(report.summary).toEqual({ errors: 5, warnings: 3, infos: 5 });
  });

  it('speaks Vietnamese with --lang vi', () => {
    const r = dossier(['--invoice', demo('invoice.xlsx'), '--packing-list', demo('packing-list.xlsx'), '--date', '2026-11-20', '--lang', 'vi', '--format', 'json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    const q = report.findings.find((f: { code: string }) => f.code === 'QUANTITY_MISMATCH');
    expect(q.message).toBe('Hóa đơn thương mại ghi 20 PCS SG-100F, phiếu đóng gói ghi 18 Cái.');
    const text = dossier(['--invoice', path('inv.xlsx'), '--packing-list', path('pl.xlsx'), '--date', '2026-11-20', '--lang', 'vi']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Không có sai lệch');
  });

  it('writes the Vietnamese text report in Vietnamese: document names, header fields, dates 20/11/2026, 159,1', () => {
    const r = dossier(['--invoice', demo('invoice.xlsx'), '--packing-list', demo('packing-list.xlsx'), '--permit', demo('permit.xlsx'), '--date', '2026-11-20', '--lang', 'vi']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Ngày đối chiếu: 20/11/2026');
    expect(r.stdout).toContain('211/2025/NĐ-CP (09/09/2025 →)');
    expect(r.stdout).toMatch(/Hóa đơn thương mại +invoice\.xlsx \[Invoice\], 6 dòng — số: SG-INV-2026-1187; ngày: 02\/11\/2026; tiền tệ: USD; tổng trị giá: 94\.800/);
    expect(r.stdout).toContain('tổng trọng lượng tịnh: 159,1');
    expect(r.stdout).toContain('có hiệu lực đến: 14/10/2027');
    expect(r.stdout).not.toMatch(/\b(invoice|packing_list|permit) +\S+\.xlsx/);
    const en = dossier(['--invoice', demo('invoice.xlsx'), '--packing-list', demo('packing-list.xlsx'), '--date', '2026-11-20']);
    expect(en.stdout).toContain('Check date: 2026-11-20');
    expect(en.stdout).toContain('number=SG-INV-2026-1187, date=2026-11-02');
  });

  it('reads .csv and .xls inputs', () => {
    writeFileSync(path('inv.csv'), csvBytes(CABLE_INVOICE, { sep: ';', bom: true }));
    writeFileSync(path('pl.xls'), xlsxBytes(workbook({ name: 'PL', rows: CABLE_PL }), 'biff8'));
    const r = dossier(['--invoice', path('inv.csv'), '--packing-list', path('pl.xls'), '--date', '2026-11-20', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).documents.map((d: { file: string; lines: number }) => [d.file, d.lines])).toEqual([['inv.csv', 1], ['pl.xls', 1]]);
  });
});

describe('dossier check: exit status 2, one line on stderr', () => {
  const withInvoice = (file: string) => dossier(['--invoice', file, '--packing-list', path('pl.xlsx'), '--date', '2026-11-20']);

  it('a missing file', () => {
    expectUnusable(withInvoice(path('nope.xlsx')), 'nope.xlsx', 'not found');
  });

  it('a file of zero bytes', () => {
    expectUnusable(withInvoice(path('empty.xlsx')), 'empty.xlsx', 'empty');
  });

  it('a text file renamed .xlsx', () => {
    expectUnusable(withInvoice(path('notes.xlsx')), 'notes.xlsx', 'plain text');
  });

  it('a corrupt (truncated) .xlsx', () => {
    expectUnusable(withInvoice(path('cut.xlsx')), 'cut.xlsx', 'damaged');
  });

  it('a password-protected workbook', () => {
    expectUnusable(withInvoice(path('locked.xlsx')), 'locked.xlsx', 'password');
  });

  it('a PDF or a Word document saved under a spreadsheet name', () => {
    writeFileSync(path('scan.xlsx'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 0x41)]));
    expectUnusable(withInvoice(path('scan.xlsx')), 'scan.xlsx', 'PDF document', 'not a spreadsheet');
    const docx = XLSX.CFB.utils.cfb_new({ fileType: 'zip' } as never);
    XLSX.CFB.utils.cfb_add(docx, 'word/document.xml', Buffer.from('<w:document/>'));
    writeFileSync(path('letter-w.xlsx'), XLSX.CFB.write(docx, { fileType: 'zip', type: 'buffer' } as never) as Buffer);
    expectUnusable(withInvoice(path('letter-w.xlsx')), 'letter-w.xlsx', 'Word document');
  });

  it('a sheet with no line-item table', () => {
    expectUnusable(withInvoice(path('letter.xlsx')), 'letter.xlsx', 'sheet "Letter"', 'no line-item table');
  });

  it('a table without a quantity column, naming the sheet and the column', () => {
    expectUnusable(withInvoice(path('noqty.xlsx')), 'noqty.xlsx', 'sheet "Invoice"', 'quantity');
    expectUnusable(withInvoice(path('noqty.csv')), 'noqty.csv', 'quantity');
  });

  it('the packing list (second input) is named when it is the unusable one', () => {
    expectUnusable(dossier(['--invoice', path('inv.xlsx'), '--packing-list', path('empty.xlsx')]), 'empty.xlsx');
  });

  it('in Vietnamese with --lang vi', () => {
    expectUnusable(dossier(['--invoice', path('nope.xlsx'), '--packing-list', path('pl.xlsx'), '--lang', 'vi']), 'nope.xlsx', 'Không tìm thấy');
  });

  it.each([
    [['--invoice', 'x.xlsx', '--packing-list', 'y.xlsx', '--colour', 'red'], 'colour'],
    [['--invoice', 'x.xlsx', '--packing-list', 'y.xlsx', '--date', '20/11/2026'], '--date'],
    [['--invoice', 'x.xlsx', '--packing-list', 'y.xlsx', '--date', '2026-02-30'], '--date'],
    [['--invoice', 'x.xlsx', '--packing-list', 'y.xlsx', '--format', 'xml'], '--format'],
    [['--invoice', 'x.xlsx', '--packing-list', 'y.xlsx', '--lang', 'fr'], '--lang'],
    [['--invoice', 'x.xlsx'], '--packing-list'],
    [['--invoice', 'x.xlsx', '--packing-list', 'y.xlsx', 'extra'], 'extra'],
  ])('bad arguments %j', (args, mention) => {
    expectUnusable(dossier(args), mention);
  });
});
