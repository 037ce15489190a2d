// Legal bases are data: the bundled legal-basis.csv, a new regime or a corrected article is a file change only,
// and any finding code (NOT_CHECKED, PERMIT_* added by others) is looked up the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/legal-basis/csv.ts';
import { legalBasisFor, parseLegalBases, resolveRegime } from '../../shared/legal-basis/legal-basis.ts';
import { reportFindings } from '../../shared/check/report.ts';
import { appliedList } from '../../shared/check/run-check.ts';
import { ROOT } from '../engine/fixtures.ts';

const bundled = parseLegalBases(readFileSync(join(ROOT, 'resources', 'legal-basis.csv'), 'utf8'));

describe('legal-basis.csv', () => {
  it('is the reference file as shipped in shared/reference, bundled byte for byte', () => {
    expect(readFileSync(join(ROOT, 'resources', 'legal-basis.csv'), 'utf8')).toBe(readFileSync(join(ROOT, '..', 'shared', 'reference', 'legal-basis.csv'), 'utf8'));
  });

  it('gives each code its rule and sanction per regime and language, and says which are verified', () => {
    expect(legalBasisFor(bundled, '58/2016/NĐ-CP', 'NOT_IN_PERMIT', 'vi')).toEqual({
      text: 'Xuất khẩu, nhập khẩu sản phẩm mật mã dân sự mà không có Giấy phép xuất khẩu, nhập khẩu.',
      penalty: 'Phạt tiền từ 40.000.000 đến 50.000.000 đồng (Điều 8 khoản 3 điểm a); tịch thu tang vật, phương tiện vi phạm (Điều 8 khoản 4 điểm b).',
      source: 'seed 001_e30db53fc1905f95.txt (Decree 58/2016/NĐ-CP text)', verified: true,
    });
    expect(legalBasisFor(bundled, '211/2025/NĐ-CP', 'NOT_IN_PERMIT', 'en')!.verified).toBe(false);
    // No penalty column filled: no `penalty` key at all.
    expect(legalBasisFor(bundled, '58/2016/NĐ-CP', 'CONTROLLED_HS_CODE', 'en')).not.toHaveProperty('penalty');
    expect(legalBasisFor(bundled, '58/2016/NĐ-CP', 'NO_SUCH_CODE', 'en')).toBeNull();
  });

  it('a new regime and a code added later (any code) are a data change only', () => {
    const csv = 'regime,code,rule_vi,rule_en,penalty_vi,penalty_en,source,verified\r\n'
      + '99/2030/NĐ-CP,PERMIT_VALIDITY_UNKNOWN,"Quy tắc, mới","A new rule, quoted ""so""",,,"gazette, p. 3",yes\r\n';
    const table = parseLegalBases(csv);
    expect(legalBasisFor(table, '99/2030/NĐ-CP', 'PERMIT_VALIDITY_UNKNOWN', 'en')).toEqual({ text: 'A new rule, quoted "so"', source: 'gazette, p. 3', verified: true });
    const list = appliedList({ id: '99/2030/NĐ-CP', legalBasis: 'x', effectiveFrom: '2030-01-01', source: 'x', entries: [] });
    const [f] = reportFindings({ list, findings: [{ code: 'PERMIT_VALIDITY_UNKNOWN', severity: 'info', params: {}, refs: [] }] }, 'vi', table);
    expect(f.legal_basis).toEqual({ text: 'Quy tắc, mới', source: 'gazette, p. 3', verified: true });
  });

  it('an imported list named differently still finds its regime inside its id or legal basis', () => {
    expect(resolveRegime(bundled, { id: '211/2025/NĐ-CP (corrected)' })).toBe('211/2025/NĐ-CP');
    expect(resolveRegime(bundled, { id: 'my list', legalBasis: 'Decree 58/2016/NĐ-CP Appendix II' })).toBe('58/2016/NĐ-CP');
    expect(resolveRegime(bundled, { id: 'unknown' })).toBeNull();
  });

  it('refuses a file without the expected columns, naming them', () => {
    expect(() => parseLegalBases('code,text\nA,b\n')).toThrow(/regime, rule_vi, rule_en, source, verified/);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM', () => {
    expect(parseCsv('\ufeffa,"b,c","d ""e""\nf"\r\n\r\n1,2,3')).toEqual([['a', 'b,c', 'd "e"\nf'], ['1', '2', '3']]);
  });
});
