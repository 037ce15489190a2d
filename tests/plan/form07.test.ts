// `dossier form07` as the outside acceptance tests run it, on an invoice and catalogue laid out as suppliers
// send them; the file it writes must read back as a permit product list and pass `dossier check --permit`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../shared/import/read-document.ts';
import { FORM07_COLUMNS } from '../../shared/form07/columns.ts';
import { ROOT, sheetBytes } from '../engine/fixtures.ts';

let dir: string;
const path = (name: string) => join(dir, name);
const demo = (name: string) => join(ROOT, 'seeds', 'demo', name);

function dossier(command: string, args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'dossier.mjs'), command, ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, DOSSIER_LISTS_DIR: join(dir, 'lists'), DOSSIER_DEBUG: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A Vietnamese distributor's invoice: the firewall on two lines (two deliveries), a cable that is not controlled.
const INVOICE = [
  ['HÓA ĐƠN THƯƠNG MẠI / COMMERCIAL INVOICE'],
  ['Số / No.:', 'INV-0042', '', 'Ngày / Date:', '2026-11-02'],
  [],
  ['STT', 'Mã hàng / Model', 'Mô tả / Description', 'Mã HS / HS code', 'Xuất xứ / Origin', 'Số lượng / Qty', 'ĐVT / Unit', 'Đơn giá / Unit price', 'Thành tiền / Amount'],
  [1, 'FW-200E', 'Firewall appliance, IPsec VPN', '8517.62.59', 'Taiwan', 6, 'PCS', 1200, 7200],
  [2, 'CBL-CAT6-2M', 'Patch cable Cat6 2 m', '8544.42.94', 'Vietnam', 100, 'PCS', 1.75, 175],
  [3, 'FW-200E', 'Firewall appliance, IPsec VPN', '8517.62.59', 'Taiwan', 4, 'PCS', 1200, 4800],
  [4, 'HSM-9', 'Hardware security module', '', 'USA', 1, 'SET', 9000, 9000],
  [5, 'ENC-USB-64', 'Encrypted USB drive 64 GB', '8523.51.11', '', 20, 'PCS', 80, 1600],
];
// Its catalogue, English headers, with brand, standards and crypto-function columns.
const CATALOGUE = [
  ['Model', 'Brand', 'Description', 'HS Code', 'Country of origin', 'Standards', 'Crypto function'],
  ['FW-200E', 'Fortress Networks', 'Firewall appliance', '8517.62.59', 'Taiwan', 'FIPS 140-2 Level 2', 'IPsec VPN, AES-256, SHA-256'],
  ['HSM-9', 'KeyVault', 'HSM', '8471.80.90', 'USA', 'FIPS 140-3 Level 3', 'RSA-4096 key generation'],
  ['ENC-USB-64', 'SafeStick', 'Encrypted USB drive', '8523.51.11', 'China', '', 'AES-256 XTS'],
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-form07-'));
  writeFileSync(path('inv.xlsx'), sheetBytes(INVOICE, 'Invoice'));
  writeFileSync(path('cat.xlsx'), sheetBytes(CATALOGUE, 'Catalogue'));
  writeFileSync(path('pl.xlsx'), sheetBytes([
    ['Model', 'Quantity', 'Unit', 'N.W. (kg)', 'G.W. (kg)'],
    ['FW-200E', 10, 'PCS', 20, 24], ['CBL-CAT6-2M', 100, 'PCS', 5, 6], ['HSM-9', 1, 'SET', 8, 10], ['ENC-USB-64', 20, 'PCS', 1, 2],
  ], 'PL'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rowsOf = (file: string) => {
  const wb = XLSX.read(readFileSync(file));
  return XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets[wb.SheetNames[0]], { header: 1, defval: '' });
};

describe('dossier form07', () => {
  it('writes the contract columns, VI over EN, one row per controlled model, completed from the catalogue', () => {
    const r = dossier('form07', ['--invoice', path('inv.xlsx'), '--catalogue', path('cat.xlsx'), '--purpose', 'Nhập khẩu để kinh doanh', '--date', '2026-11-20', '--out', path('f07.xlsx')]);
    expect(r.status, r.stderr).toBe(0);
    const rows = rowsOf(path('f07.xlsx'));
    const header = rows.findIndex((row) => row[0] === 'STT');
    expect(rows[header]).toEqual(['STT', 'Tên sản phẩm', 'Nhãn hiệu, hãng sản xuất', 'Ký hiệu (model)', 'Mã HS', 'Nước sản xuất', 'Số lượng', 'Đơn vị tính', 'Tiêu chuẩn, quy chuẩn kỹ thuật', 'Tính năng kỹ thuật, mật mã', 'Mục đích xuất khẩu, nhập khẩu']);
    expect(rows[header + 1]).toEqual(['No.', 'Product name', 'Brand, manufacturer', 'Model', 'HS code', 'Country of manufacture', 'Quantity', 'Unit', 'Standards', 'Technical and cryptographic features', 'Purpose']);
    expect(rows[header + 1]).toEqual(FORM07_COLUMNS.map((c) => c.en));
    const body = rows.slice(header + 2);
    // The cable is not controlled; the firewall's two lines are one row of 10; HSM-9's HS code comes from the catalogue.
    expect(body).toEqual([
      [1, 'Firewall appliance, IPsec VPN', 'Fortress Networks', 'FW-200E', '8517.62.59', 'Đài Loan', 10, 'PCS', 'FIPS 140-2 Level 2', 'IPsec VPN, AES-256, SHA-256', 'Nhập khẩu để kinh doanh'],
      [2, 'Hardware security module', 'KeyVault', 'HSM-9', '8471.80.90', 'Hoa Kỳ', 1, 'SET', 'FIPS 140-3 Level 3', 'RSA-4096 key generation', 'Nhập khẩu để kinh doanh'],
      [3, 'Encrypted USB drive 64 GB', 'SafeStick', 'ENC-USB-64', '8523.51.11', 'Trung Quốc', 20, 'PCS', '', 'AES-256 XTS', 'Nhập khẩu để kinh doanh'],
    ]);
    // The one value found nowhere is said, one line per model.
    expect(r.stderr.trim().split('\n')).toEqual(['ENC-USB-64: standards not found in the invoice or catalogue; fill in before filing.']);
    expect(r.stdout).toContain('3 models');
  });

  it('reads back through dossier check --permit with the same models, HS codes and quantities', () => {
    const r = dossier('form07', ['--invoice', path('inv.xlsx'), '--catalogue', path('cat.xlsx'), '--date', '2026-11-20', '--out', path('back.xlsx')]);
    expect(r.status, r.stderr).toBe(0);
    const permit = readDocument({ role: 'permit', file: 'back.xlsx', bytes: new Uint8Array(readFileSync(path('back.xlsx'))) });
    expect(permit.ok).toBe(true);
    if (!permit.ok) return;
    expect(permit.value.lines.map((l) => [l.model?.value, l.hsCode?.value, l.quantity?.value, l.unit?.value, l.origin?.value]))
      .toEqual([['FW-200E', '85176259', 10, 'PCE', 'TW'], ['HSM-9', '84718090', 1, 'SET', 'US'], ['ENC-USB-64', '85235111', 20, 'PCE', 'CN']]);
    const check = dossier('check', ['--invoice', path('inv.xlsx'), '--packing-list', path('pl.xlsx'), '--permit', path('back.xlsx'), '--catalogue', path('cat.xlsx'), '--date', '2026-11-20', '--format', 'json']);
    const codes = (JSON.parse(check.stdout).findings as { code: string }[]).map((f) => f.code);
    for (const code of ['NOT_IN_PERMIT', 'PERMIT_QUANTITY_EXCEEDED', 'HS_CODE_MISMATCH', 'MISSING_IN_INVOICE', 'MODEL_NEAR_MATCH']) expect(codes).not.toContain(code);
  });

  it('lists every item with --all, and says the values it could not find', () => {
    const r = dossier('form07', ['--invoice', path('inv.xlsx'), '--all', '--date', '2026-11-20', '--out', path('all.xlsx'), '--lang', 'vi']);
    expect(r.status, r.stderr).toBe(0);
    const models = rowsOf(path('all.xlsx')).slice(5).map((row) => row[3]);
    expect(models).toEqual(['FW-200E', 'CBL-CAT6-2M', 'HSM-9', 'ENC-USB-64']);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('HSM-9: không tìm thấy nhãn hiệu, mã HS, tiêu chuẩn, quy chuẩn kỹ thuật, tính năng kỹ thuật, mật mã, mục đích xuất khẩu, nhập khẩu trong hóa đơn và catalogue; hãy điền trước khi nộp hồ sơ.');
  });

  it('says an item left out for want of an HS code, and an invoice with nothing controlled', () => {
    const r = dossier('form07', ['--invoice', path('inv.xlsx'), '--date', '2026-11-20', '--out', path('nocat.xlsx'), '--purpose', 'x']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Left out, no HS code in the invoice or catalogue to tell whether controlled: HSM-9');
    writeFileSync(path('cable.xlsx'), sheetBytes([INVOICE[3], INVOICE[5]], 'Invoice'));
    const none = dossier('form07', ['--invoice', path('cable.xlsx'), '--date', '2026-11-20', '--out', path('none.xlsx')]);
    expect(none.status).toBe(0);
    expect(none.stderr).toContain('no permit is needed for them');
    expect(none.stdout).toContain('0 models');
  });

  it('fills the demo shipment from its invoice and Chinese catalogue', () => {
    const r = dossier('form07', ['--invoice', demo('invoice.xlsx'), '--catalogue', demo('catalogue.xlsx'), '--date', '2026-11-20', '--out', path('demo.xlsx')]);
    expect(r.status, r.stderr).toBe(0);
    const body = rowsOf(path('demo.xlsx')).slice(5);
    expect(body.map((row) => [row[3], row[4], row[6], row[9]])).toEqual([
      ['SG-100F', '8517.62.59', 20, 'AES-256'], ['SG-60F', '8517.62.59', 10, 'AES-256'], ['VPN-GW-2000', '8517.62.49', 5, 'AES-256'],
      ['HSM-K7', '8471.80.90', 2, 'AES-256'], ['ENC-SSD-1T', '8523.51.11', 50, 'AES-256'],
    ]);
    expect(r.stderr.trim().split('\n')).toHaveLength(5);
  });

  it.each([
    [['--invoice', 'nope.xlsx', '--out', 'x.xlsx'], 'nope.xlsx not found'],
    [['--out', 'x.xlsx'], '--invoice and --out are required'],
    [['--invoice', 'seeds/demo/invoice.xlsx'], '--invoice and --out are required'],
    [['--invoice', 'seeds/demo/invoice.xlsx', '--out', 'x.pdf'], '--out must name an .xlsx file'],
    [['--invoice', 'seeds/demo/invoice.xlsx', '--out', 'x.xlsx', '--date', '20/11/2026'], '--date must be'],
    [['--invoice', 'seeds/demo/invoice.xlsx', '--out', '/no/such/dir/x.xlsx'], 'cannot be written'],
    [['--invoice', 'seeds/demo/invoice.xlsx', '--out', 'x.xlsx', '--bogus'], 'Unknown option'],
  ])('exits 2 with one line for %j', (args, message) => {
    const r = dossier('form07', args);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
    expect(existsSync(join(ROOT, 'x.xlsx'))).toBe(false);
  });
});
