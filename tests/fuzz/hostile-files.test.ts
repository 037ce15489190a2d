// Issue 8, items 1–3 and 5–7, one file built for each: damaged zips that made SheetJS spin for minutes, cell
// references past XFD1048576, a 40,000-character quantity, zip bombs and giant parts, SheetJS's console chatter,
// a workbook without a sheet and numbers that are not finite. Each through the real CLI under the contract, and
// the readers themselves where the point is that they refuse before doing the work.
import { mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNumber } from '../../shared/parse/number.ts';
import { readWithSheetJs } from '../../shared/import/sheetjs-sheets.ts';
import { readXlsxValues } from '../../shared/import/xlsx-values.ts';
import { readWorkbook } from '../../shared/import/workbook.ts';
import { LIMITS } from '../../shared/import/limits.ts';
import { ROOT } from '../engine/fixtures.ts';
import { corpus } from '../fixtures/damaged/build.ts';
import { invoiceSheetData, numberCell, rawZip, workbookParts, zipBomb } from './build.ts';
import { expectContract, inChild, type Run } from './harness.ts';

const DAMAGED = join(ROOT, 'tests', 'fixtures', 'damaged');
let dir: string;
const demo = (f: string) => join(ROOT, 'seeds', 'demo', f);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
  inChild(['--help'], join(dir, 'lists'), 120_000); // builds the CLI bundle once, outside the time limit
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(file: string, ...extra: string[]): Run {
  const r = inChild(['--invoice', file, '--packing-list', demo('packing-list.xlsx'), '--date', '2026-11-20', ...extra], join(dir, 'lists'));
  expectContract(r, file);
  expect(r.peakMb, 'the peak memory of the run is measured').toBeGreaterThan(20);
  return r;
}

function checkBytes(name: string, bytes: Uint8Array, ...extra: string[]): Run {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return check(file, ...extra);
}

/** Exit 2 with one line that names the file and says each of `says`. */
function expectRefused(r: Run, file: string, ...says: (string | RegExp)[]): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toMatch(new RegExp(`^dossier: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `));
  for (const s of says) expect(r.stderr).toMatch(s);
}

/** What each committed file of tests/fixtures/damaged must get from `dossier check`. */
const EXPECTED: Record<string, { status: 2; says: RegExp } | { status: 'read'; reads: RegExp }> = {
  'truncated-43-bytes.xlsx': { status: 2, says: /is damaged \(it is cut short/ },
  'truncated-half.xlsx': { status: 2, says: /is damaged \(it is cut short/ },
  'directory-flipped.xlsx': { status: 2, says: /is damaged \(its zip directory and its contents do not agree/ },
  'zeroed-range.xlsx': { status: 2, says: /is damaged \(part xl\/worksheets\/sheet1\.xml/ },
  'duplicated-entry.xlsx': { status: 2, says: /part xl\/worksheets\/sheet1\.xml appears twice/ },
  'ref-ZZZZZZZ1.xlsx': { status: 2, says: /names cell ZZZZZZZ1, past XFD1048576/ },
  'ref-B4294967297.xlsx': { status: 2, says: /names cell B4294967297, past XFD1048576/ },
  'ref-AB999.xlsx': { status: 2, says: /names cell AB9{18}…, past XFD1048576/ },
  'row-past-grid.xlsx': { status: 2, says: /names row 1048577, past XFD1048576/ },
  'dimension-whole-grid.xlsx': { status: 'read', reads: /dimension-whole-grid\.xlsx \[Invoice\], 2 lines/ },
  'last-row-used.xlsx': { status: 'read', reads: /last-row-used\.xlsx \[Invoice\], 3 lines[\s\S]*cell C1048576: the quantity is empty/ },
  'cells-far-apart.xlsx': { status: 2, says: /spans 1,048,576 rows × 16,384 columns, more than the limit of 20,000,000 cells/ },
  'long-quantity.xlsx': { status: 'read', reads: /long-quantity\.xlsx \[Invoice\], 2 lines/ },
  'cell-100001-chars.xlsx': { status: 2, says: /cell G3 on sheet "Invoice" holds 100,001 characters, more than the limit of 100,000/ },
  'unknown-record.xls': { status: 'read', reads: /unknown-record\.xls \[Invoice\], 2 lines/ },
  'no-sheet.xlsx': { status: 2, says: /has no worksheet that can be read/ },
  'infinity.xls': { status: 2, says: /cell C3 on sheet "Invoice" holds a number that cannot be read/ },
  'infinity.xlsx': { status: 2, says: /cell C2 on sheet "Invoice" holds a number that cannot be read/ },
};

describe('the committed corpus of damaged and hostile files (tests/fixtures/damaged)', () => {
  it('is what build.ts builds, and every file has an expectation', () => {
    const built = corpus();
    const committed = readdirSync(DAMAGED).filter((f) => /\.(xlsx|xls|csv)$/.test(f)).sort();
    expect(committed).toEqual(Object.keys(built).sort());
    expect(Object.keys(EXPECTED).sort()).toEqual(committed);
    for (const f of committed) expect(new Uint8Array(readFileSync(join(DAMAGED, f))), f).toEqual(built[f]);
  });

  it.each(Object.entries(EXPECTED))('%s: refused in one line, or read', (file, want) => {
    // The packing list of the clean pair: the small invoice agrees with it on nothing, the point is the exit.
    const r = inChild(['--invoice', join(DAMAGED, file), '--packing-list', join(DAMAGED, '..', '..', '..', 'seeds', 'demo', 'packing-list.xlsx'), '--date', '2026-11-20'], join(dir, 'lists'));
    expectContract(r, file);
    if (want.status === 2) expectRefused(r, file, want.says);
    else {
      // Read: the small invoice and the demo packing list disagree, so exit 1, and nothing on stderr.
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(want.reads);
    }
  });
});

describe('1. a damaged zip is recognised before any reader gets it', () => {
  it('SheetJS is never handed the 43-byte cut file or a flipped directory (it spun for over a minute on them)', () => {
    for (const f of ['truncated-43-bytes.xlsx', 'directory-flipped.xlsx', 'zeroed-range.xlsx']) {
      const bytes = new Uint8Array(readFileSync(join(DAMAGED, f)));
      const started = performance.now();
      expect(() => readWithSheetJs(bytes), f).toThrow(/is damaged/);
      expect(() => readXlsxValues(bytes), f).toThrow(/is damaged/);
      expect(performance.now() - started, f).toBeLessThan(1000);
    }
  });

  it('in Vietnamese too, naming the file', () => {
    const r = check(join(DAMAGED, 'truncated-43-bytes.xlsx'), '--lang', 'vi');
    expectRefused(r, 'truncated-43-bytes.xlsx', /bị hỏng \(tệp bị cắt ngắn/);
  });
});

describe('2. cell references past XFD1048576, and sparse sheets', () => {
  it('are damage on the SheetJS path too (a workbook the fast reader leaves to it)', () => {
    // An ISO date cell (t="d") sends the workbook to SheetJS.
    const iso = '<c r="G2" t="d"><v>2026-11-02T00:00:00</v></c>';
    for (const ref of ['ZZZZZZZ1', 'B4294967297', 'XFE1']) {
      const bytes = rawZip(workbookParts(invoiceSheetData(`${iso}${numberCell(ref, 1)}`)));
      expect(readXlsxValues(bytes)).toBeNull();
      const wb = readWorkbook('far.xlsx', bytes);
      expect(wb.ok ? 'read' : wb.error.message, ref).toMatch(/^far\.xlsx (is damaged|is refused)/);
    }
  });

  it('a sheet whose dimension says A1:XFD1048576 with a few cells reads at once, both ways', () => {
    const bytes = new Uint8Array(readFileSync(join(DAMAGED, 'dimension-whole-grid.xlsx')));
    const started = performance.now();
    const fast = readXlsxValues(bytes)!;
    const slow = readWithSheetJs(bytes);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(fast[0].rows).toHaveLength(3);
    expect(slow[0].rows).toHaveLength(3);
  });

  it('cells far apart are refused by their span before the empty cells between are built', () => {
    const bytes = new Uint8Array(readFileSync(join(DAMAGED, 'cells-far-apart.xlsx')));
    expect(() => readXlsxValues(bytes)).toThrow(/spans 1,048,576 rows × 16,384 columns/);
  });
});

describe('3. a 40,000-character cell parses in milliseconds', () => {
  it('parseNumber strips the unit/currency run in linear time (it took 12–16 s)', () => {
    const cell = `1${'a '.repeat(20000)}1`;
    const started = performance.now();
    expect(parseNumber(cell)).toBeNull();
    expect(parseNumber(`${'USD '.repeat(10000)}1,200.50`)).toEqual({ value: 1200.5, affix: expect.stringMatching(/^USD/) });
    expect(performance.now() - started).toBeLessThan(500);
    // And what it strips is what the old expression stripped.
    expect(parseNumber('USD 1,200.00')).toEqual({ value: 1200, affix: 'USD' });
    expect(parseNumber('Số lượng: 20 bộ')).toEqual({ value: 20, affix: 'SỐ LƯỢNG BỘ' });
    expect(parseNumber('₫ 1.000.000 đ')).toEqual({ value: 1000000, affix: '₫ Đ' });
  });
});

describe('5. limits no real document reaches, refused with the file and the limit named', () => {
  it('a part that declares more than the limit is refused before it is unpacked', () => {
    const r = checkBytes('bomb-210mb.xlsx', zipBomb(210));
    expectRefused(r, 'bomb-210mb.xlsx', /part xl\/worksheets\/sheet1\.xml unpacks to 210 MB, more than the limit of 200 MB for one part/);
    expect(r.stderr).not.toMatch(/encoded data/);
  });

  it('a bomb whose header lies about its size stops unpacking at the declared size', () => {
    const r = checkBytes('lying-bomb.xlsx', zipBomb(100, { declaredSize: 4096 }));
    expectRefused(r, 'lying-bomb.xlsx', /part xl\/worksheets\/sheet1\.xml does not unpack to the 4 KB its header declares/);
  });

  it('a part unpacking to over 250 times its packed size is a zip bomb', () => {
    const r = checkBytes('ratio-bomb.xlsx', zipBomb(50));
    expectRefused(r, 'ratio-bomb.xlsx', /unpacks to 1,0\d\d times its packed size \(50 MB\), more than the limit of 250 times/);
  });

  it('parts that together unpack past the total limit', () => {
    const parts = workbookParts(invoiceSheetData());
    // Declared sizes are summed before anything is unpacked, so the parts need not really be that large.
    const bytes = rawZip([...parts, ...[1, 2, 3].map((i) => ({ name: `xl/media/image${i}.bin`, data: new Uint8Array(1000), declaredSize: 150 * 1024 * 1024 }))]);
    expectRefused(checkBytes('total.xlsx', bytes), 'total.xlsx', /its parts unpack to more than the limit of 400 MB in all/);
  });

  it('more parts than the limit', () => {
    const parts = workbookParts(invoiceSheetData());
    const many = Array.from({ length: LIMITS.parts + 1 - parts.length }, (_, i) => ({ name: `xl/media/p${i}.bin`, data: new Uint8Array(1), store: true }));
    expectRefused(checkBytes('parts.xlsx', rawZip([...parts, ...many])), 'parts.xlsx', /holds 10,001 parts, more than the limit of 10,000/);
  });

  it('a shared-string table past the limit', () => {
    // Varied texts, so the part packs as real tables do (a repeated one would be refused as a zip bomb first).
    const shared = Array.from({ length: LIMITS.sharedStrings + 1 }, (_, i) => `<si><t>${(i * 7919) % 1_000_003}</t></si>`).join('');
    const bytes = rawZip(workbookParts(invoiceSheetData(), { shared }));
    expectRefused(checkBytes('strings.xlsx', bytes), 'strings.xlsx', /shared-string table holds more than the limit of 1,000,000 texts/);
  });

  it('a file larger than the limit is refused before it is read into memory', () => {
    const file = join(dir, 'huge.xlsx');
    writeFileSync(file, '');
    truncateSync(file, LIMITS.fileBytes + 1); // sparse: takes no disk
    expectRefused(check(file), 'huge.xlsx', /the file is 256 MB, more than the limit of 256 MB/);
  });

  it('a text file larger than its limit', () => {
    const wb = readWorkbook('big.csv', new Uint8Array(LIMITS.textBytes + 1).fill(0x61));
    expect(wb.ok ? 'read' : wb.error.message).toMatch(/^big\.csv is refused: the text file is 64 MB, more than the limit of 64 MB/);
  });

  it('a 1,048,576-row sparse sheet reads (one cell in the last row) without exhausting the heap', () => {
    const r = check(join(DAMAGED, 'last-row-used.xlsx'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/cell C1048576: the quantity is empty/);
  });
});

describe('6. SheetJS says nothing on stderr', () => {
  it('an .xls with a record SheetJS does not know: read, stderr empty', () => {
    const r = check(join(DAMAGED, 'unknown-record.xls'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/unknown-record\.xls \[Invoice\], 2 lines/);
    expect(r.stderr).toBe('');
  });

  it('and its console is back as it was after the read', () => {
    const before = console.error;
    readWithSheetJs(new Uint8Array(readFileSync(join(DAMAGED, 'unknown-record.xls'))));
    expect(console.error).toBe(before);
  });
});

describe('7. no readable sheet, and numbers that are not finite', () => {
  it('a workbook with no sheet gets a sentence, not `sheet named "undefined"`', () => {
    const r = check(join(DAMAGED, 'no-sheet.xlsx'), '--format', 'json');
    expectRefused(r, 'no-sheet.xlsx', /has no worksheet that can be read/);
    expect(r.stderr).not.toMatch(/undefined|choose one of/);
  });

  it('±Infinity in a BIFF record or an .xlsx cell is damage, never "Infinity PCS"', () => {
    for (const f of ['infinity.xls', 'infinity.xlsx']) {
      const r = check(join(DAMAGED, f));
      expectRefused(r, f, /holds a number that cannot be read/);
    }
    const minus = rawZip(workbookParts(invoiceSheetData().replace(numberCell('C3', 10), numberCell('C3', '-1e999'))));
    expectRefused(checkBytes('minus.xlsx', minus), 'minus.xlsx', /cell C3 on sheet "Invoice" holds a number that cannot be read/);
    const nan = rawZip(workbookParts(invoiceSheetData().replace(numberCell('C3', 10), numberCell('C3', 'NaN'))));
    expectRefused(checkBytes('nan.xlsx', nan), 'nan.xlsx', /cell C3 on sheet "Invoice" holds a number that cannot be read/);
  });

  it('a number cell holding text (better-xlsx writes a text formula result so) reads as that text', () => {
    const bytes = rawZip(workbookParts(invoiceSheetData(numberCell('G3', 'number-x'))));
    expect(readXlsxValues(bytes)![0].rows[2][6]).toBe('number-x');
  });

  it('a 40,000-character quantity goes through the whole check as an invalid value, in time', () => {
    const r = check(join(DAMAGED, 'long-quantity.xlsx'), '--format', 'json');
    expect(r.status).toBe(1);
    expect(r.ms).toBeLessThan(5000);
  });
});
