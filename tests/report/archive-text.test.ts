// `archive export --lang vi` writes its report.txt with Vietnamese headings, not only Vietnamese messages;
// the folder's findings carry their legal basis as `dossier check` prints them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'dossier-archive-text-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dossier = (...args: string[]) => spawnSync(process.execPath, ['bin/dossier.mjs', ...args], { encoding: 'utf8', env: { ...process.env, DOSSIER_LISTS_DIR: join(dir, 'lists') } });

it('exports in Vietnamese with Vietnamese headings, and shows each finding with its legal basis', () => {
  const a = join(dir, 'a.sqlite');
  expect(dossier('archive', 'init', a).status).toBe(0);
  expect(dossier('archive', 'add', a, '--ref', 'HPH-1', '--invoice', 'seeds/demo/invoice.xlsx', '--packing-list', 'seeds/demo/packing-list.xlsx', '--date', '2026-11-20').status).toBe(0);
  expect(dossier('archive', 'export', a, 'HPH-1', '--out', join(dir, 'out'), '--lang', 'vi').status).toBe(0);
  const text = readFileSync(join(dir, 'out', 'data', 'report.txt'), 'utf8');
  for (const s of ['Hồ sơ lô hàng HPH-1', 'Chiều:', 'nhập khẩu', 'Ngày đối chiếu:', 'Danh mục kiểm soát: 211/2025/NĐ-CP', 'Chứng từ', 'Hóa đơn thương mại', 'Phiếu đóng gói', 'Kết quả đối chiếu', 'MỨC ĐỘ', 'LỖI', 'Tổng: 7 lỗi']) expect(text).toContain(s);
  for (const s of ['Shipment folder', 'Documents\n', 'Findings\n', 'Summary:', 'ERROR']) expect(text).not.toContain(s);
  // The bag carries the PDF report too, in the export's language, and names it in its manifest.
  const pdf = spawnSync('pdftotext', [join(dir, 'out', 'data', 'report.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  for (const s of ['Báo cáo sai lệch bộ hồ sơ', 'HPH-1', 'Hóa đơn thương mại', 'Phiếu đóng gói', 'Hóa đơn thương mại ghi 20 PCS SG-100F, phiếu đóng gói ghi 18 Cái.']) expect(pdf).toContain(s);
  expect(readFileSync(join(dir, 'out', 'manifest-sha256.txt'), 'utf8')).toMatch(/^[0-9a-f]{64} {2}data\/report\.pdf$/m);
  const show = JSON.parse(dossier('archive', 'show', a, 'HPH-1', '--format', 'json', '--lang', 'vi').stdout);
  const missing = show.findings.find((f: { code: string }) => f.code === 'NOT_IN_PERMIT');
  expect(missing.legal_basis).toMatchObject({ text: expect.stringContaining('không có giấy phép hợp lệ'), verified: false });
});
