// `dossier check --list` and `--report`, as the outside acceptance tests run them: a child process on real
// spreadsheets; the PDF read back with poppler's pdftotext, the Excel report with SheetJS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, sheetBytes } from '../engine/fixtures.ts';

let dir: string;
const path = (name: string) => join(dir, name);
const demo = (name: string) => join(ROOT, 'seeds', 'demo', name);
const DEMO = ['--invoice', demo('invoice.xlsx'), '--packing-list', demo('packing-list.xlsx'), '--permit', demo('permit.xlsx'), '--catalogue', demo('catalogue.xlsx')];

function dossier(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'dossier.mjs'), 'check', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, DOSSIER_LISTS_DIR: join(dir, 'lists'), DOSSIER_DEBUG: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonFinding { code: string; severity: string; model?: string; message: string; refs: { role: string; sheet: string; cell: string }[]; legal_basis?: { text: string; penalty?: string; source: string; verified: boolean } }

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-report-'));
  // A self-encrypting drive: 8471.70.20 is on the 2016 list, not on the 2025 one.
  writeFileSync(path('sed-inv.xlsx'), sheetBytes([
    ['COMMERCIAL INVOICE'], ['Invoice No.: SED-01'], [],
    ['Model', 'Description', 'HS Code', 'Quantity', 'Unit', 'Unit Price', 'Amount', 'Origin'],
    ['SED-2TB', 'Self-encrypting SSD 2TB', '8471.70.20', 40, 'PCS', 180, 7200, 'Korea'],
  ], 'Invoice'));
  writeFileSync(path('sed-pl.xlsx'), sheetBytes([
    ['Model', 'Quantity', 'Unit', 'N.W. (kg)', 'G.W. (kg)', 'Origin'], ['SED-2TB', 40, 'PCS', 4, 6, 'Korea'],
  ], 'PL'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SED = () => ['--invoice', path('sed-inv.xlsx'), '--packing-list', path('sed-pl.xlsx')];

describe('the list in force and --list', () => {
  it('dated 2026, a self-encrypting drive (8471.70.20) is not called controlled: the provisional 2025 list does not have it', () => {
    const r = dossier([...SED(), '--date', '2026-11-20', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.controlled_list).toEqual({ id: '211/2025/NĐ-CP', legal_basis: expect.any(String), effective_from: '2025-09-09', provisional: true });
    expect(j.findings.map((f: JsonFinding) => f.code)).toEqual([]);
  });

  it('under --list 58/2016/NĐ-CP it is, with the verified fine and confiscation as its legal basis', () => {
    const r = dossier([...SED(), '--date', '2026-11-20', '--list', '58/2016/NĐ-CP', '--format', 'json']);
    expect(r.status, r.stderr).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.controlled_list).toEqual({ id: '58/2016/NĐ-CP', legal_basis: expect.any(String), effective_from: '2016-07-01', effective_until: '2025-09-08', provisional: false });
    const missing = j.findings.find((f: JsonFinding) => f.code === 'NOT_IN_PERMIT');
    expect(missing.legal_basis).toEqual({
      text: 'Exporting or importing a civil cryptographic product without an export/import permit.',
      penalty: 'Fine of 40,000,000 to 50,000,000 VND (Art. 8.3.a); confiscation of the goods and means used (Art. 8.4.b).',
      source: 'seed 001_e30db53fc1905f95.txt (Decree 58/2016/NĐ-CP text)', verified: true,
    });
    // A date in 2020 applies 58/2016 without --list.
    expect(JSON.parse(dossier([...SED(), '--date', '2020-03-01', '--format', 'json']).stdout).controlled_list.id).toBe('58/2016/NĐ-CP');
  });

  it('an unknown --list: exit 2, one line naming the known lists', () => {
    const r = dossier([...SED(), '--list', '99/2030/NĐ-CP']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('"99/2030/NĐ-CP"');
    expect(r.stderr).toContain('"58/2016/NĐ-CP"');
    expect(r.stderr).toContain('"211/2025/NĐ-CP"');
  });

  it('the text report says plainly that the 2025 list is provisional, and that an unverified legal basis is unverified', () => {
    const en = dossier([...DEMO, '--date', '2026-11-20']).stdout;
    expect(en).toMatch(/Controlled list: 211\/2025\/NĐ-CP \(2025-09-09 →\) — PROVISIONAL LIST/);
    expect(en).toContain('Legal basis: Exporting or importing a civil cryptographic product without a valid permit');
    expect(en).toContain('UNVERIFIED');
    const vi = dossier([...DEMO, '--date', '2026-11-20', '--lang', 'vi']).stdout;
    expect(vi).toContain('DANH MỤC TẠM THỜI');
    expect(vi).toContain('CHƯA KIỂM CHỨNG');
    const old = dossier([...DEMO, '--date', '2026-11-20', '--list', '58/2016/NĐ-CP']).stdout;
    expect(old).toContain('Controlled list: 58/2016/NĐ-CP (2016-07-01 → 2025-09-08)\n');
  });
});

describe('--report FILE.pdf | FILE.xlsx', () => {
  const flat = (s: string) => s.replace(/\s+/g, ' ');

  it('writes the PDF in Vietnamese: pdftotext finds the document names and every finding message letter for letter', () => {
    const out = path('bao-cao.pdf');
    const plain = dossier([...DEMO, '--date', '2026-11-20', '--lang', 'vi', '--format', 'json']);
    const r = dossier([...DEMO, '--date', '2026-11-20', '--lang', 'vi', '--format', 'json', '--report', out]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toBe(plain.stdout); // what is printed does not change
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = flat(spawnSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).stdout);
    for (const s of ['Hóa đơn thương mại', 'Phiếu đóng gói', 'Giấy phép', 'Báo cáo sai lệch', 'Đề nghị điều chỉnh chứng từ', 'DANH MỤC TẠM THỜI']) expect(text).toContain(s);
    const findings: JsonFinding[] = JSON.parse(r.stdout).findings;
    expect(findings.length).toBe(13);
    for (const f of findings) expect(text).toContain(flat(f.message));
    expect(text).toContain('Hóa đơn thương mại ghi 20 PCS SG-100F, phiếu đóng gói ghi 18 Cái.');
    expect(text).toContain('Invoice!E11 = "20"');
    expect(text).toContain('PL!D5 = "18"');
    expect(text).toContain(flat(findings.find((f) => f.code === 'NOT_IN_PERMIT')!.legal_basis!.text));
    expect(text).toContain('CHƯA KIỂM CHỨNG');
    expect(text).toContain('Ngày đối chiếu: 20/11/2026');
    // The supplier's Chinese sheet name is set in the CJK font, not dropped or boxed.
    expect(text).toContain('Catalogue — catalogue.xlsx, trang tính "产品", 5 dòng');
    const fonts = spawnSync('pdffonts', [out], { encoding: 'utf8' }).stdout;
    expect(fonts).toMatch(/DejaVuSans .*yes yes yes/);
    expect(fonts).toMatch(/DroidSansFallback .*yes yes yes/);
    // Every document's SHA-256 is printed.
    const sha = spawnSync('sha256sum', [demo('permit.xlsx')], { encoding: 'utf8' }).stdout.split(' ')[0];
    expect(text).toContain(sha);
  });

  it('writes the Excel report in English: one row per finding with severity in words, cells with values, legal basis', () => {
    const out = path('report.xlsx');
    const r = dossier([...DEMO, '--date', '2026-11-20', '--format', 'json', '--report', out]);
    expect(r.status, r.stderr).toBe(1);
    const findings: JsonFinding[] = JSON.parse(r.stdout).findings;
    const wb = XLSX.read(readFileSync(out));
    expect(wb.SheetNames).toEqual(['Report', 'Findings', 'Documents', 'For the supplier']);
    const rows = XLSX.utils.sheet_to_json<Record<string, string | number>>(wb.Sheets.Findings, { defval: '' });
    expect(rows).toHaveLength(findings.length);
    const WORD = { error: 'Error — must be corrected', warning: 'Warning — to be checked', info: 'Information' } as Record<string, string>;
    rows.forEach((row, i) => {
      const f = findings[i];
      expect(row['No.']).toBe(i + 1);
      expect(row.Code).toBe(f.code);
      expect(row.Severity).toBe(WORD[f.severity]);
      expect(row.Model).toBe(f.model ?? '');
      expect(row.Finding).toBe(f.message);
      expect(String(row['Cells (value written there)']).split('\n')).toHaveLength(f.refs.length);
      for (const ref of f.refs) expect(row['Cells (value written there)']).toContain(`${ref.sheet}!${ref.cell}`);
      expect(row['Legal basis']).toBe(f.legal_basis?.text ?? '');
      expect(row.Penalty).toBe(f.legal_basis?.penalty ?? '');
      expect(row.Verified).toMatch(!f.legal_basis ? /^$/ : f.legal_basis.verified ? /^yes$/ : /^UNVERIFIED/);
    });
    expect(rows[0]['Cells (value written there)']).toBe('Commercial invoice: Invoice!E11 = "20"\nPacking list: PL!D5 = "18"');
    const docs = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets.Documents);
    expect(docs.map((d) => [d.Document, d.File, d.Sheet])).toEqual([
      ['Commercial invoice', 'invoice.xlsx', 'Invoice'], ['Packing list', 'packing-list.xlsx', 'PL'], ['Permit', 'permit.xlsx', 'Giấy phép'], ['Catalogue', 'catalogue.xlsx', '产品'],
    ]);
    expect(docs.every((d) => /^[0-9a-f]{64}$/.test(d['SHA-256']))).toBe(true);
    // The supplier's form: only what they must correct, not the permit or the controlled list.
    const sup = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['For the supplier'], { header: 1 }).map((r) => r.join('|'));
    const listed = findings.filter((f) => sup.some((line) => line.includes(f.message))).map((f) => f.code);
    expect(listed).toEqual(['QUANTITY_MISMATCH', 'LINE_AMOUNT_MISMATCH', 'HS_CODE_MISMATCH', 'ORIGIN_MISMATCH', 'MODEL_NEAR_MATCH', 'MISSING_IN_CATALOGUE']);
  });

  it('refuses a report name that is neither .xlsx nor .pdf, and a folder that does not exist, writing nothing', () => {
    const bad = dossier([...SED(), '--report', path('r.docx')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('.xlsx or .pdf');
    const nowhere = dossier([...SED(), '--report', path('no/such/dir/r.pdf')]);
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr.trim().split('\n')).toHaveLength(1);
    expect(nowhere.stderr).toContain('could not be written');
    expect(existsSync(path('no'))).toBe(false);
  });
});
