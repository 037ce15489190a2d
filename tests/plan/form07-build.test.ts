// Form 07's rows, pure: models merged as the cross-check merges them, the list in force deciding what is listed,
// the catalogue's Vietnamese and Chinese standards/features columns read, the 2025 list applied by date.
import { describe, expect, it } from 'vitest';
import { listInForce } from '../../shared/controlled-list/apply.ts';
import { buildForm07, missingLine } from '../../shared/form07/build.ts';
import { readCatalogueExtras } from '../../shared/form07/catalogue-extras.ts';
import { readWorkbook } from '../../shared/import/workbook.ts';
import { documentFromWorkbook } from '../../shared/import/read-document.ts';
import { invoice, LIST_2016, list2025, sheetBytes } from '../engine/fixtures.ts';

function catalogueOf(rows: (string | number | null)[][]) {
  const wb = readWorkbook('cat.xlsx', sheetBytes(rows, 'Danh mục'));
  if (!wb.ok) throw new Error(wb.error.message);
  const doc = documentFromWorkbook(wb.value, { role: 'catalogue', file: 'cat.xlsx' });
  if (!doc.ok) throw new Error(doc.error.message);
  return { doc: doc.value, extras: readCatalogueExtras(wb.value, doc.value) };
}

describe('Form 07 rows', () => {
  const inv = invoice([
    { model: 'VPN-GW-2000', hs: '8517.62.49', qty: 3, unit: 'SET', price: 900, origin: 'China' },
    { model: 'vpn gw 2000', hs: '8517.62.49', qty: 2, unit: 'SET', price: 900, origin: 'China' },
    { model: 'PHONE-X', hs: '8517.13.00', qty: 5, unit: 'PCS', price: 300, origin: 'Korea' },
  ]);

  it('merges spellings of one model, sums quantities, and applies the list in force on the day', () => {
    const f2016 = buildForm07({ invoice: inv, list: LIST_2016, all: false });
    expect(f2016.rows.map((r) => [r.model, r.quantity, r.hsCode, r.country])).toEqual([['VPN-GW-2000', 5, '8517.62.49', 'Trung Quốc']]);
    expect(f2016.uncontrolled).toEqual(['PHONE-X']);
    // Smartphones (8517.13.00, an HS 2022 code) are on the 2025 list only, in force from 2025-09-09.
    const lists = [LIST_2016, list2025()];
    const f2026 = buildForm07({ invoice: inv, list: listInForce(lists, '2026-11-20'), all: false });
    expect(f2026.rows.map((r) => r.model)).toEqual(['VPN-GW-2000', 'PHONE-X']);
    expect(f2026.rows[1].country).toBe('Hàn Quốc');
  });

  it('completes brand, standards and features from a Vietnamese catalogue, and names what is still missing', () => {
    const { doc, extras } = catalogueOf([
      ['Ký hiệu (Model)', 'Nhãn hiệu', 'Tiêu chuẩn kỹ thuật', 'Tính năng mật mã'],
      ['VPN-GW-2000', 'SecuGate', 'TCVN 11367-1:2016', 'IPsec, AES-256, RSA-2048'],
    ]);
    const f = buildForm07({ invoice: inv, catalogue: doc, catalogueExtras: extras, list: LIST_2016, all: false, purpose: 'Kinh doanh' });
    expect(f.rows[0]).toMatchObject({ brand: 'SecuGate', standards: 'TCVN 11367-1:2016', features: 'IPsec, AES-256, RSA-2048', purpose: 'Kinh doanh' });
    expect(f.missing).toEqual([]);
    const bare = buildForm07({ invoice: inv, list: LIST_2016, all: true });
    expect(bare.missing.map((m) => missingLine(m, 'en'))).toEqual([
      'VPN-GW-2000: brand, standards, technical and cryptographic features, purpose not found in the invoice or catalogue; fill in before filing.',
      'PHONE-X: brand, standards, technical and cryptographic features, purpose not found in the invoice or catalogue; fill in before filing.',
    ]);
  });

  it('reads a Chinese catalogue\'s standards and encryption columns', () => {
    const { extras } = catalogueOf([
      ['型号', '品名', '执行标准', '加密功能'],
      ['VPN-GW-2000', 'VPN网关', 'GB/T 20518', 'SM2/SM4'],
    ]);
    expect(extras.get('VPNGW2000')).toEqual({ standards: 'GB/T 20518', features: 'SM2/SM4' });
  });
});
