// Workbooks saved by writers other than SheetJS (tests/fixtures/writers, README there; made by
// scripts/fixtures/make-writer-corpus.mjs, which the tests never run): exceljs, xlsx-populate, excel4node,
// write-excel-file, better-xlsx, excel-builder-vanilla, XlsxWriter, openpyxl, LibreOffice and Gnumeric each lay
// out the XML their own way. The fast reader must read every one as SheetJS does, or leave it to SheetJS for
// a reason listed here; and the importer must find the same lines in all of them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DocumentLine, LineField } from '../../shared/domain/types.ts';
import { readXlsxValues } from '../../shared/import/xlsx-values.ts';
import { readWithSheetJs } from '../../shared/import/sheetjs-sheets.ts';
import { readWorkbook } from '../../shared/import/workbook.ts';
import { comparable, expectSameCells } from '../support/xlsx-shadow.ts';
import { ROOT, readDoc } from './fixtures.ts';

const DIR = join(ROOT, 'tests', 'fixtures', 'writers');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.xlsx')).sort();
const bytesOf = (file: string) => new Uint8Array(readFileSync(join(DIR, file)));

const WRITERS = ['better-xlsx', 'excel-builder-vanilla', 'excel4node', 'exceljs', 'gnumeric', 'libreoffice', 'openpyxl',
  'write-excel-file', 'xlsx-populate', 'xlsxwriter'];
const writerOf = (file: string) => WRITERS.filter((w) => file.startsWith(`${w}-`)).sort((a, b) => b.length - a.length)[0];

/** The files the fast reader leaves to SheetJS, with what in their XML makes it do so. */
const LEFT_TO_SHEETJS: Record<string, { why: string; xml: RegExp }> = {
  'openpyxl-iso-dates.xlsx': { why: 'dates written as ISO text cells (t="d"), which the fast reader does not convert', xml: /<c [^>]*t="d"/ },
};

/** Writers that store a formula's last result (<v>) beside it; the others leave the cell empty to every reader. */
const CACHES_RESULTS = new Set(['better-xlsx', 'exceljs', 'gnumeric', 'libreoffice', 'xlsxwriter']);

function partsXml(bytes: Uint8Array): string {
  const parts = unzipSync(bytes, { filter: (f) => /^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/.test(f.name) });
  return Object.values(parts).map((p) => strFromU8(p)).join('\n');
}

describe('.xlsx files from other writers', () => {
  it('cover every writer, small files, two layouts each', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(20);
    for (const f of FILES) expect(writerOf(f), `${f}: unknown writer`).toBeDefined();
    for (const w of WRITERS) {
      expect(FILES.filter((f) => writerOf(f) === w && f.endsWith('-invoice.xlsx')), `${w} invoice`).not.toEqual([]);
      expect(FILES.filter((f) => writerOf(f) === w && !f.endsWith('-invoice.xlsx')), `${w} sheets`).not.toEqual([]);
    }
    for (const f of FILES) expect(bytesOf(f).length, f).toBeLessThan(60 * 1024);
  });

  it('lay the XML out in the ways the fast reader must cope with', () => {
    const xml = Object.fromEntries(FILES.map((f) => [f, partsXml(bytesOf(f))]));
    const having = (re: RegExp) => FILES.filter((f) => re.test(xml[f]));
    // If a regenerated corpus loses one of these, the agreement below proves less than it did.
    expect(having(/t="inlineStr"/)).toEqual(expect.arrayContaining(['exceljs-stream-invoice.xlsx', 'gnumeric-sheets.xlsx', 'openpyxl-sheets.xlsx', 'xlsxwriter-constant-memory-invoice.xlsx']));
    expect(having(/<si>\s*<r>/)).toEqual(expect.arrayContaining(['excel4node-invoice.xlsx', 'exceljs-invoice.xlsx', 'libreoffice-invoice.xlsx', 'xlsx-populate-invoice.xlsx', 'xlsxwriter-invoice.xlsx']));
    expect(having(/t="str"/)).toEqual(expect.arrayContaining(['exceljs-sheets.xlsx', 'gnumeric-sheets.xlsx', 'libreoffice-sheets.xlsx', 'xlsxwriter-sheets.xlsx']));
    expect(having(/<f t="shared"[^>]*\/>/)).toEqual(['exceljs-sheets.xlsx']);
    expect(having(/t="e"/).length).toBeGreaterThanOrEqual(5);
    expect(having(/_x000D_/)).toEqual(expect.arrayContaining(['xlsxwriter-invoice.xlsx']));
    expect(having(/&#1[0-9]{5};/)).toEqual(['openpyxl-invoice.xlsx', 'openpyxl-iso-dates.xlsx', 'openpyxl-sheets.xlsx']);
    expect(having(/<c [^>]*t="s"[^>]*\/>/)).toEqual(['better-xlsx-invoice.xlsx', 'better-xlsx-sheets.xlsx']);
    expect(having(/<c t="s" [^>]*r="A1"/)).toEqual(expect.arrayContaining(['excel-builder-vanilla-invoice.xlsx']));
    expect(having(/<\/c>\s*\n\s*<c /)).toEqual(expect.arrayContaining(['gnumeric-invoice.xlsx']));
  });

  it.each(FILES)('%s: the fast reader gives SheetJS\'s cells, or leaves the file to SheetJS for a listed reason', (file) => {
    const bytes = bytesOf(file);
    const fast = readXlsxValues(bytes);
    const slow = readWithSheetJs(bytes, 'keep');
    const listed = LEFT_TO_SHEETJS[file];
    if (listed) {
      expect(fast, `${file} is listed as left to SheetJS`).toBeNull();
      expect(partsXml(bytes), listed.why).toMatch(listed.xml);
      const wb = readWorkbook(file, bytes);
      expect(wb.ok && comparable(wb.value.sheets)).toEqual(comparable(slow));
      return;
    }
    expect(fast, `${file} fell back to SheetJS: list it with the reason, or make the fast reader read it`).not.toBeNull();
    expectSameCells(fast!, slow);
  });

  it('read the same values from every writer (fast reader, or SheetJS where it is left to it)', () => {
    const EMOJI = '✅ 📦 🚚 👍🏽 — 𠜎';
    for (const file of FILES.filter((f) => !f.endsWith('-invoice.xlsx'))) {
      const wb = readWorkbook(file, bytesOf(file));
      if (!wb.ok) throw new Error(wb.error.message);
      const names = wb.value.sheets.map((s) => s.name);
      expect(names, file).toEqual(['Cover', 'Data types', 'Lines', 'Ẩn (hidden)', 'Notes & 备注']);
      const types = new Map(wb.value.sheets[1].rows.map((r) => [r[0], r[1] ?? null]));
      expect({
        number: types.get('number'), negative: types.get('negative'), tiny: types.get('tiny'), big: types.get('big'),
        eu: types.get('text EU'), us: types.get('text US'), zero: types.get('leading zero'), asText: types.get('number as text'),
        date: types.get('date'), yes: types.get('true'), no: types.get('false'), lf: types.get('LF'), crlf: types.get('CRLF'),
        xml: types.get('xml'), cjk: types.get('cjk'), spaces: types.get('spaces'), blank: types.get('blank'), rich: types.get('rich'), tab: types.get('tab'),
      }, file).toEqual({
        number: 1200.5, negative: -0.75, tiny: 1e-7, big: 123456789012,
        eu: '1.200,50', us: '1,200.50', zero: '00123', asText: '42',
        date: 46328, yes: true, no: false, lf: 'dòng 1\ndòng 2', crlf: 'line 1\nline 2',
        xml: `& < > " ' &amp; <b>not bold</b>`, cjk: '数量 型号 原产地 — 個', spaces: '  padded  ', blank: null, rich: 'Bold normal again', tab: 'a\tb',
      });
      expect(types.get('date time') as number, file).toBeCloseTo(46328.572917, 5);
      expect(types.get('float') as number, file).toBeCloseTo(0.3, 12);
      // openpyxl writes "&#128230;": the fast reader gives the emoji; SheetJS, reading the files left to it, keeps
      // only its low 16 bits.
      const cut = [...EMOJI].map((ch) => String.fromCharCode(ch.codePointAt(0)! & 0xffff)).join('');
      expect(types.get('emoji'), file).toBe(writerOf(file) === 'openpyxl' && LEFT_TO_SHEETJS[file] ? cut : EMOJI);
      // Only these two escape the underscore of text that looks like an escape ("_x005F_x0041_").
      expect(types.get('escape-like'), file).toBe(['xlsxwriter', 'libreoffice'].includes(writerOf(file)) ? '_x0041_ stays' : 'A stays');
      if (CACHES_RESULTS.has(writerOf(file))) {
        expect([types.get('formula number'), types.get('TOTAL')], file).toEqual([2401, 123456790212.75]);
      }
    }
  });
});

// The fields the importer reads off a line, as the tests compare them.
const FIELDS: LineField[] = ['model', 'description', 'hsCode', 'quantity', 'unit', 'unitPrice', 'amount', 'origin', 'packages', 'netWeight', 'grossWeight'];
const brief = (l: DocumentLine) => ({
  row: l.row,
  ...Object.fromEntries(FIELDS.flatMap((f) => (l[f] ? [[f, `${String(l[f]!.value)} @${l[f]!.cell}`]] : []))),
});

describe('the importer on other writers\' files', () => {
  it('reads the exceljs invoice\'s lines exactly: rich text, CRLF, HS codes as text, Vietnamese units and origins, formula amounts', () => {
    const doc = readDoc('invoice', 'exceljs-invoice.xlsx', bytesOf('exceljs-invoice.xlsx'));
    const at = (cell: string, raw?: string) => ({ sheet: 'Hóa đơn', cell, ...(raw !== undefined ? { raw } : {}) });
    expect(doc.sheet).toBe('Hóa đơn');
    expect(doc.table).toMatchObject({ headerStart: 9, headerEnd: 10, firstRow: 11, lastRow: 13 });
    expect(doc.header).toEqual({
      number: { value: 'SV-INV-2026-0415', ...at('B6', 'SV-INV-2026-0415') },
      date: { value: '2026-11-02', ...at('H6') },
      currency: { value: 'USD', ...at('B7', 'USD') },
      total: { value: 12490, ...at('H14') },
    });
    expect(doc.lines).toEqual([
      {
        sheet: 'Hóa đơn', row: 11,
        model: { value: 'FW-200E', ...at('B11') },
        description: { value: 'Tường lửa / Firewall appliance\nIPsec VPN', ...at('C11') },
        hsCode: { value: '85176259', ...at('D11', '8517.62.59') },
        quantity: { value: 10, ...at('E11') },
        unit: { value: 'PCE', ...at('F11', 'Cái') },
        unitPrice: { value: 1200.5, ...at('G11') },
        amount: { value: 12005, ...at('H11') },
        origin: { value: 'TW', ...at('I11', 'Đài Loan') },
      },
      {
        sheet: 'Hóa đơn', row: 12,
        model: { value: 'PSU-65W', ...at('B12') },
        description: { value: 'Bộ nguồn 65 W\nPower adapter 65 W', ...at('C12') },
        hsCode: { value: '85044090', ...at('D12', '8504.40.90') },
        quantity: { value: 25, ...at('E12') },
        unit: { value: 'PCE', ...at('F12', 'Chiếc') },
        unitPrice: { value: 12.4, ...at('G12') },
        amount: { value: 310, ...at('H12') },
        origin: { value: 'CN', ...at('I12', 'Trung Quốc') },
      },
      {
        sheet: 'Hóa đơn', row: 13,
        model: { value: 'CBL-CAT6-2M', ...at('B13') },
        description: { value: 'Cáp mạng Cat6 2 m / 网线 <2m> & RJ45', ...at('C13') },
        hsCode: { value: '85444294', ...at('D13', '8544.42.94') },
        quantity: { value: 100, ...at('E13') },
        unit: { value: 'PCE', ...at('F13', 'Cái') },
        unitPrice: { value: 1.75, ...at('G13') },
        amount: { value: 175, ...at('H13') },
        origin: { value: 'VN', ...at('I13', 'Việt Nam') },
      },
    ]);
    expect(doc.notes).toEqual([]);
  });

  it.each(FILES.filter((f) => f.endsWith('-invoice.xlsx')))('%s: the same three invoice lines (amounts where the writer caches results)', (file) => {
    const doc = readDoc('invoice', file, bytesOf(file));
    const cached = CACHES_RESULTS.has(writerOf(file));
    const amount = (v: number, cell: string) => (cached ? { amount: `${v} @${cell}` } : {});
    expect(doc.lines.map(brief)).toEqual([
      { row: 11, model: 'FW-200E @B11', description: 'Tường lửa / Firewall appliance\nIPsec VPN @C11', hsCode: '85176259 @D11', quantity: '10 @E11', unit: 'PCE @F11', unitPrice: '1200.5 @G11', ...amount(12005, 'H11'), origin: 'TW @I11' },
      { row: 12, model: 'PSU-65W @B12', description: 'Bộ nguồn 65 W\nPower adapter 65 W @C12', hsCode: '85044090 @D12', quantity: '25 @E12', unit: 'PCE @F12', unitPrice: '12.4 @G12', ...amount(310, 'H12'), origin: 'CN @I12' },
      { row: 13, model: 'CBL-CAT6-2M @B13', description: 'Cáp mạng Cat6 2 m / 网线 <2m> & RJ45 @C13', hsCode: '85444294 @D13', quantity: '100 @E13', unit: 'PCE @F13', unitPrice: '1.75 @G13', ...amount(175, 'H13'), origin: 'VN @I13' },
    ]);
    expect(doc.header.total?.value).toBe(cached ? 12490 : undefined);
    // Formulas never calculated are said, cell by cell, rather than read as empty without a word.
    expect(doc.notes.map((n) => `${n.problem} ${n.field} @${n.cell}`)).toEqual(cached ? [] : [
      'uncalculated_formula amount @H11', 'uncalculated_formula amount @H12', 'uncalculated_formula amount @H13',
      'uncalculated_formula quantity @E14', 'uncalculated_formula amount @H14',
    ]);
  });

  it.each(FILES.filter((f) => !f.endsWith('-invoice.xlsx')))('%s: the packing list found on its third, "Lines", sheet', (file) => {
    const doc = readDoc('packing_list', file, bytesOf(file));
    expect(doc.sheet).toBe('Lines');
    expect(doc.lines.map(brief)).toEqual([
      { row: 2, model: 'FW-200E @A2', quantity: '10 @B2', unit: 'PCE @C2', packages: '2 @D2', netWeight: '20 @E2', grossWeight: '24 @F2', origin: 'TW @G2' },
      { row: 3, model: 'PSU-65W @A3', quantity: '25 @B3', unit: 'PCE @C3', packages: '1 @D3', netWeight: '5 @E3', grossWeight: '6.5 @F3', origin: 'CN @G3' },
      { row: 4, model: 'CBL-CAT6-2M @A4', quantity: '100 @B4', unit: 'PCE @C4', packages: '1 @D4', netWeight: '5 @E4', grossWeight: '6 @F4', origin: 'VN @G4' },
    ]);
    const totals = [doc.header.total_packages?.value, doc.header.total_net_weight?.value, doc.header.total_gross_weight?.value];
    expect(totals).toEqual(CACHES_RESULTS.has(writerOf(file)) ? [4, 30, 36.5] : [undefined, undefined, undefined]);
    if (!CACHES_RESULTS.has(writerOf(file)) && !LEFT_TO_SHEETJS[file]) {
      expect(doc.notes.map((n) => n.problem)).toContain('uncalculated_formula');
    }
  });
});
