// The Form 07 list opens cleanly in LibreOffice: converted headless to PDF, the PDF holds its headers and models.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeForm07Xlsx } from '../../shared/form07/write-xlsx.ts';

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
const dir = mkdtempSync(join(tmpdir(), 'dossier-f07-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

if (!soffice) console.warn('form07-libreoffice: soffice not found (apt-get install libreoffice-calc-nogui): PDF conversion test skipped');

describe.skipIf(!soffice)('Form 07 in LibreOffice', () => {
  it('converts to a PDF headless', () => {
    const xlsx = join(dir, 'form07.xlsx');
    writeFileSync(xlsx, writeForm07Xlsx([
      { model: 'FW-200E', name: 'Thiết bị tường lửa, VPN IPsec', brand: 'Fortress', hsCode: '8517.62.59', country: 'Đài Loan', quantity: 10, unit: 'Chiếc', standards: 'FIPS 140-2', features: 'AES-256', purpose: 'Nhập khẩu để kinh doanh' },
    ]));
    // A profile of its own: a user's running LibreOffice (or a parallel test) must not be joined.
    const r = spawnSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const pdf = join(dir, 'form07.pdf');
    expect(existsSync(pdf)).toBe(true);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5000);
    // Landscape, one page wide: eleven columns on one A4 page, not spread over four.
    const info = spawnSync('sh', ['-c', `command -v pdfinfo >/dev/null && pdfinfo "${pdf}"`], { encoding: 'utf8' });
    if (info.status === 0) expect(info.stdout).toMatch(/Pages:\s+1\n/);
    const text = spawnSync('sh', ['-c', `command -v pdftotext >/dev/null && pdftotext "${pdf}" -`], { encoding: 'utf8' });
    if (text.status === 0) {
      expect(text.stdout).toContain('FW-200E');
      expect(text.stdout).toContain('Tên sản phẩm');
    }
  }, 150_000);
});
