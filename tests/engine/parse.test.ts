// shared/parse: the readings every rule depends on. A wrong number or unit here is a wrong finding later.
import { describe, expect, it } from 'vitest';
import { detectConvention, parseNumber } from '../../shared/parse/number.ts';
import { formatHsCode, hsCodesConflict, parseHsCode } from '../../shared/parse/hs-code.ts';
import { canonicalUnit } from '../../shared/parse/unit.ts';
import { canonicalCountry, parseCountry } from '../../shared/parse/country.ts';
import { isValidIsoDate, parseDate } from '../../shared/parse/date.ts';

const num = (s: unknown, c?: ',' | '.' | 'unknown') => parseNumber(s, c)?.value ?? null;

describe('parseNumber', () => {
  it.each([
    ['1,200', 1200], ['1.200', 1200], ['1,200.50', 1200.5], ['1.200,50', 1200.5], ['12 500', 12500],
    ['12 500,50', 12500.5], ['12\u00a0500,50', 12500.5], ['12\u202f500.50', 12500.5], ['1.234.567,89', 1234567.89],
    ['1,234,567.89', 1234567.89], ['USD 1,200.00', 1200], ['US$ 1,200.00', 1200], ['1,200.00 USD', 1200],
    ['€1.200,50', 1200.5], ['VND 1.200.000', 1200000], ['(50.00)', -50], ['-5', -5], ['0,5', 0.5], ['1.5', 1.5],
    ['20', 20], [' 20 ', 20], [1200.5, 1200.5], ['0.005', 0.005],
  ])('%j → %d', (text, value) => {
    expect(num(text)).toBe(value);
  });

  it('keeps the affix it strips (currency, unit)', () => {
    expect(parseNumber('USD 1,200.00')).toEqual({ value: 1200, affix: 'USD' });
    expect(parseNumber('20 pcs')).toEqual({ value: 20, affix: 'PCS' });
  });

  it('reads "1,200" / "1.200" as thousands unless the document shows that character is its decimal mark', () => {
    expect(num('1,200', '.')).toBe(1200);
    expect(num('1.200', ',')).toBe(1200);
    expect(num('1,200', ',')).toBe(1.2);
    expect(num('1.200', '.')).toBe(1.2);
    expect(detectConvention(['1.200,50', '3,5', '1.200'])).toBe(',');
    expect(detectConvention(['1,200.50', '3.5', '1,200'])).toBe('.');
    expect(detectConvention(['1,200', '1.200', '20'])).toBe('unknown');
  });

  it.each(['', 'abc', 'N/A', '1..2', '1,2,3', '12-5', '1.2.3,4.5', true, null, undefined, Number.NaN])('%j is not a number', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe('parseHsCode', () => {
  it.each<[unknown, string]>([
    ['8517.62.59', '85176259'], ['85176259', '85176259'], ['8517 62 59', '85176259'], ['8517-62-59', '85176259'],
    [85176259, '85176259'], [8517.6259, '85176259'], ['8517.62', '851762'], [8517.62, '851762'], ['8517', '8517'],
    ['85.17', '8517'], [8471.3, '847130'], [8471.30, '847130'], ['HS 8517.62.59', '85176259'], ['Mã HS: 8517.62.59', '85176259'],
    [' 8517.62.59 ', '85176259'], ['0101.21.00', '01012100'], [1012100, '01012100'],
  ])('%j → %s', (written, digits) => {
    expect(parseHsCode(written)).toBe(digits);
  });

  it.each(['', 'abc', '12', '8517.62.5', '8517.62.59.1', 'FW-200E', -8517, 0])('%j is not an HS code', (written) => {
    expect(parseHsCode(written)).toBeNull();
  });

  it('formats and compares codes at the level written', () => {
    expect(formatHsCode('85176259')).toBe('8517.62.59');
    expect(formatHsCode('851762')).toBe('8517.62');
    expect(hsCodesConflict('85176259', '851762')).toBe(false);
    expect(hsCodesConflict('85176259', '85176249')).toBe(true);
  });
});

describe('canonicalUnit', () => {
  it.each(['PCS', 'pcs', 'PC', 'Pce', 'PIECE', 'pieces', 'CÁI', 'Cái', 'cai', 'CHIẾC', 'Chiếc', '个', 'EA', 'pcs.'])('%s is a piece', (w) => {
    expect(canonicalUnit(w)).toBe('PCE');
  });
  it.each(['SET', 'Sets', 'BỘ', 'Bộ', 'bo', '套'])('%s is a set', (w) => {
    expect(canonicalUnit(w)).toBe('SET');
  });
  it('keeps other units apart and unknown units as written', () => {
    expect(canonicalUnit('KGS')).toBe('KGM');
    expect(canonicalUnit('Thùng')).toBe('CTN');
    expect(canonicalUnit('PCS')).not.toBe(canonicalUnit('SET'));
    expect(canonicalUnit('widget')).toBe('WIDGET');
  });
});

describe('parseCountry', () => {
  it.each<[string, string]>([
    ['China', 'CN'], ['CN', 'CN'], ['CHN', 'CN'], ['Trung Quốc', 'CN'], ['TRUNG QUỐC', 'CN'], ['中国', 'CN'], ['Made in China', 'CN'], ['P.R.China', 'CN'],
    ['Taiwan', 'TW'], ['TW', 'TW'], ['TWN', 'TW'], ['Đài Loan', 'TW'], ['台湾', 'TW'],
    ['USA', 'US'], ['US', 'US'], ['United States', 'US'], ['Hoa Kỳ', 'US'], ['Mỹ', 'US'], ['美国', 'US'],
    ['Vietnam', 'VN'], ['Việt Nam', 'VN'], ['VNM', 'VN'], ['越南', 'VN'],
    ['Japan', 'JP'], ['Nhật Bản', 'JP'], ['日本', 'JP'], ['JPN', 'JP'],
    ['Germany', 'DE'], ['Đức', 'DE'], ['德国', 'DE'], ['DEU', 'DE'],
    ['Korea, Republic of', 'KR'], ['Hàn Quốc', 'KR'], ['KOR', 'KR'],
    ['Israel', 'IL'], ['ISR', 'IL'], ['Malaysia', 'MY'], ['Singapore', 'SG'], ['SGP', 'SG'],
  ])('%s → %s', (written, code) => {
    expect(parseCountry(written)).toBe(code);
  });

  it('reads a two-letter ISO code as that code, even where a Vietnamese name folds to the same letters', () => {
    // "Mỹ" (USA) folds to "my" and "Bỉ" (Belgium) to "bi"; the codes MY and BI are Malaysia and Burundi.
    expect(parseCountry('MY')).toBe('MY');
    expect(parseCountry('Mỹ')).toBe('US');
    expect(parseCountry('BI')).toBe('BI');
    expect(parseCountry('Bỉ')).toBe('BE');
  });

  it('keeps an unknown country as written, upper-cased', () => {
    expect(parseCountry('Atlantis')).toBeNull();
    expect(canonicalCountry('Atlantis')).toBe('ATLANTIS');
  });
});

describe('parseDate', () => {
  it.each<[unknown, string]>([
    ['2026-11-02', '2026-11-02'], ['2026/11/02', '2026-11-02'], ['02/11/2026', '2026-11-02'], ['2/11/2026', '2026-11-02'],
    ['02.11.2026', '2026-11-02'], ['02-11-2026', '2026-11-02'], ['11/30/2026', '2026-11-30'],
    ['ngày 02 tháng 11 năm 2026', '2026-11-02'], ['Hà Nội, ngày 15 tháng 10 năm 2026', '2026-10-15'], ['ngay 02 thang 11 nam 2026', '2026-11-02'],
    ['2026年11月2日', '2026-11-02'], ['2026 年 11 月 02 日', '2026-11-02'],
    ['2 Nov 2026', '2026-11-02'], ['Nov 2, 2026', '2026-11-02'], ['02-Nov-26', '2026-11-02'],
    [46328, '2026-11-02'], [46691, '2027-10-31'], [new Date(2026, 10, 2), '2026-11-02'],
  ])('%j → %s', (written, iso) => {
    expect(parseDate(written)).toBe(iso);
  });

  it.each(['31/02/2026', '2026-13-01', 'tomorrow', '', 12, null])('%j is not a date', (written) => {
    expect(parseDate(written)).toBeNull();
  });

  it('validates --date strictly', () => {
    expect(isValidIsoDate('2026-11-20')).toBe(true);
    expect(isValidIsoDate('2026-02-30')).toBe(false);
    expect(isValidIsoDate('20/11/2026')).toBe(false);
  });
});
