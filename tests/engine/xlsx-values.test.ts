// The fast .xlsx reader on parts written the way Excel writes them (shared strings with rich text and phonetic
// runs, _x000D_ escapes, cells and rows without references, cached formula text), held to SheetJS's reading of
// the same bytes; and the workbooks it must leave to SheetJS. (Every other .xlsx in the node tests is compared
// too, by tests/support/xlsx-shadow.ts.)
import { describe, expect, it, vi } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readXlsxValues } from '../../shared/import/xlsx-values.ts';
import { readWithSheetJs } from '../../shared/import/sheetjs-sheets.ts';
import { readWorkbook } from '../../shared/import/workbook.ts';
import { comparable, expectSameCells } from '../support/xlsx-shadow.ts';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Part {
  name: string;
  /** Where workbook.xml.rels points (relative to xl/, or absolute from the package root). */
  target: string;
  type?: 'worksheet' | 'chartsheet';
  xml: string;
  state?: string;
}

function contentTypes(parts: Part[], withShared: boolean): string {
  const overrides = parts.map((p) => {
    const path = p.target.startsWith('/') ? p.target : `/xl/${p.target}`;
    const type = p.type === 'chartsheet' ? 'chartsheet' : 'worksheet';
    return `<Override PartName="${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml"/>`;
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>`
    + `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}`
    + (withShared ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` : '')
    + `</Types>`;
}

/** An .xlsx package as Excel lays it out, from hand-written parts. */
function xlsx(parts: Part[], shared?: string, opts: { workbookXml?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypes(parts, shared !== undefined)),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(opts.workbookXml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook ${NS}><bookViews><workbookView/></bookViews><sheets>${
      parts.map((p, i) => `<sheet name="${p.name}" sheetId="${i + 1}"${p.state ? ` state="${p.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</sheets><calcPr calcId="191029"/></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${
      parts.map((p, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${p.type ?? 'worksheet'}" Target="${p.target}"/>`).join('')}${
      shared !== undefined ? `<Relationship Id="rId99" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`),
  };
  for (const p of parts) files[p.target.startsWith('/') ? p.target.slice(1) : `xl/${p.target}`] = strToU8(p.xml);
  if (shared !== undefined) files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst ${NS} count="9" uniqueCount="9">${shared}</sst>`);
  return zipSync(files);
}

const sheetXml = (data: string, tail = '') => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet ${NS}><dimension ref="A1:F9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="20" customWidth="1"/></cols><sheetData>${data}</sheetData>${tail}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

const SHARED = [
  '<si><t>Mã hàng / Model</t></si>',
  // Rich text: bold "Số lượng" then a line break and "Qty" in another run.
  '<si><r><rPr><b/><sz val="11"/></rPr><t>Số lượng</t></r><r><rPr><sz val="11"/></rPr><t xml:space="preserve">_x000D_\nQty </t></r></si>',
  // A Japanese-style phonetic guide must not leak into the text.
  '<si><t>型号</t><rPh sb="0" eb="2"><t>カタ</t></rPh><phoneticPr fontId="1"/></si>',
  '<si><t>AT&amp;T &lt;VPN&gt; &#8220;Pro&#8221; &#x4E2D;</t></si>',
  '<si><t xml:space="preserve">   </t></si>',
  '<si><t/></si>',
  '<si><t>SG-100F</t></si>',
].join('');

function agree(bytes: Uint8Array) {
  const fast = readXlsxValues(bytes);
  expect(fast).not.toBeNull();
  expectSameCells(fast!, readWithSheetJs(bytes));
  return fast!;
}

describe('fast .xlsx reader', () => {
  it('reads Excel-style shared strings, rich text, phonetic runs, escapes and entities as SheetJS does', () => {
    const data = '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
      + '<row r="2"><c r="A2" t="s"><v>6</v></c><c r="B2"><v>20</v></c><c r="C2" t="s"><v>3</v></c><c r="D2" t="s"><v>4</v></c><c r="E2" t="s"><v>5</v></c></row>';
    const sheets = agree(xlsx([{ name: 'Hóa đơn', target: 'worksheets/sheet1.xml', xml: sheetXml(data) }], SHARED));
    expect(sheets[0].rows[0]).toEqual(['Mã hàng / Model', 'Số lượng\nQty ', '型号']);
    expect(sheets[0].rows[1]).toEqual(['SG-100F', 20, 'AT&T <VPN> “Pro” 中']);
  });

  it('places cells and rows written without references, skips empty and error cells, keeps booleans and cached formula text', () => {
    const data = '<row><c><v>1</v></c><c><v>2.5E-3</v></c><c s="4"/><c><v>4</v></c></row>'
      + '<row r="4"><c r="C4" t="str"><f>A1&amp;"x"</f><v>1x</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c t="b"><v>0</v></c></row>'
      + '<row r="5" ht="30" customHeight="1"><c r="A5" s="2"/><c r="B5" t="inlineStr"><is><t>Inline &amp; text</t></is></c><c r="C5"><f>SUM(A1:B1)</f><v>1.0025</v></c><c r="D5"><v></v></c></row>'
      + '<row r="7"/>'
      + '<row r="8"><c r="AA8"><v>-12.75</v></c></row>';
    const sheets = agree(xlsx([{ name: 'Data', target: 'worksheets/sheet1.xml', xml: sheetXml(data) }]));
    const rows = comparable(sheets)[0].rows;
    expect(rows[0]).toEqual([1, 0.0025, null, 4]);
    expect(rows[3]).toEqual([null, null, '1x', true, null, false]);
    expect(rows[4]).toEqual([null, 'Inline & text', 1.0025]);
    expect(rows[7][26]).toBe(-12.75);
  });

  it('keeps the workbook order of sheets, whatever the part names, with hidden sheets, chart sheets and merges', () => {
    const parts: Part[] = [
      { name: 'Cover', target: 'worksheets/sheet3.xml', xml: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>COMMERCIAL INVOICE</t></is></c></row>', '<mergeCells count="2"><mergeCell ref="A1:F1"/><mergeCell ref="B3"/></mergeCells>') },
      { name: 'Chart', target: 'chartsheets/sheet1.xml', type: 'chartsheet', xml: `<chartsheet ${NS}><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>` },
      { name: 'Lines &amp; totals', target: '/xl/worksheets/sheet1.xml', state: 'hidden', xml: sheetXml('<row r="2"><c r="B2"><v>7</v></c></row>', '<mergeCells count="1"><mergeCell ref="A5:A6"/></mergeCells>') },
    ];
    const sheets = readXlsxValues(xlsx(parts))!;
    expect(sheets.map((s) => s.name)).toEqual(['Cover', 'Chart', 'Lines & totals']);
    expect(sheets[0].merges).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }, { s: { r: 2, c: 1 }, e: { r: 2, c: 1 } }]);
    expect(sheets[1].rows).toEqual([]);
    expect(sheets[2].rows).toEqual([[], [null, 7]]);
    expect(comparable(sheets).filter((s) => s.name !== 'Chart')).toEqual(comparable(readWithSheetJs(xlsx(parts))).filter((s) => s.name !== 'Chart'));
  });

  it('leaves to SheetJS what it does not cover, and the workbook still reads in full', () => {
    const dateCell = xlsx([{ name: 'D', target: 'worksheets/sheet1.xml', xml: sheetXml('<row r="1"><c r="A1" t="d"><v>2026-11-20T00:00:00Z</v></c><c r="B1"><v>3</v></c></row>') }]);
    const prefixed = xlsx([{ name: 'P', target: 'worksheets/sheet1.xml', xml: sheetXml('<row r="1"><c r="A1"><v>5</v></c></row>') }], undefined, {
      workbookXml: `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><x:sheets><x:sheet name="P" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
    });
    const cdata = xlsx([{ name: 'C', target: 'worksheets/sheet1.xml', xml: sheetXml('<row r="1"><c r="A1" t="str"><v><![CDATA[a < b]]></v></c></row>') }]);
    for (const bytes of [dateCell, prefixed, cdata]) {
      expect(readXlsxValues(bytes)).toBeNull();
      const wb = readWorkbook('odd.xlsx', bytes);
      expect(wb.ok).toBe(true);
      if (wb.ok) expect(comparable(wb.value.sheets)).toEqual(comparable(readWithSheetJs(bytes)));
    }
  });

  // openpyxl writes every non-ASCII character as a numeric reference, in inline strings (tests/fixtures/writers).
  // SheetJS cuts one past U+FFFF to its low 16 bits; the fast reader gives the character, and does not throw on
  // a reference past U+10FFFF (kept as written).
  it('decodes numeric character references to the characters themselves, past U+FFFF included, as openpyxl writes them', () => {
    const inline = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
    const data = `<row r="1">${inline('A1', 's&#7889; l&#432;&#7907;ng')}${inline('B1', '&#128230; &#x1F69A;')}${inline('C1', '&#132878;')}${inline('D1', 'x&#1114112;y')}</row>`
      + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>';
    const sheets = agree(xlsx([{ name: '&#25968;&#37327;', target: 'worksheets/sheet1.xml', xml: sheetXml(data) }], '<si><t>&#128666; truck</t></si>'));
    expect(sheets[0].name).toBe('数量');
    expect(sheets[0].rows[0]).toEqual(['số lượng', '📦 🚚', '𠜎', 'x&#1114112;y']);
    expect(sheets[0].rows[1]).toEqual(['🚚 truck']);
  });

  it('names the cells holding a formula with no saved result, as generated files leave them', () => {
    const data = '<row r="11"><c r="E11"><v>10</v></c><c r="H11"><f>E11*G11</f></c><c r="I11"><f>E11</f><v>10</v></c><c r="AB11" t="str"><f>"x"</f></c></row>';
    const [sheet] = agree(xlsx([{ name: 'S', target: 'worksheets/sheet1.xml', xml: sheetXml(data) }]));
    expect(sheet.uncalculated).toEqual(['H11']);
    expect(sheet.rows[10]).toEqual([null, null, null, null, 10, null, null, null, 10]);
  });

  it('counts only formulas with no <v> at all as uncalculated: an empty or error result was calculated', () => {
    const data = '<row r="1"><c r="A1" t="str"><f>""</f><v/></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C1"><f>A1</f></c></row>';
    expect(agree(xlsx([{ name: 'S', target: 'worksheets/sheet1.xml', xml: sheetXml(data) }]))[0].uncalculated).toEqual(['C1']);
  });

  it('reads an empty run and thousands of number cells as SheetJS does', () => {
    let rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>';
    for (let i = 2; i <= 5000; i++) rows += `<row r="${i}"><c r="A${i}" s="1"><v>${i}</v></c></row>`;
    const [sheet] = agree(xlsx([{ name: 'S', target: 'worksheets/sheet1.xml', xml: sheetXml(rows) }], '<si><r><t xml:space="preserve"/></r><r><t>abc</t></r></si>'));
    expect(sheet.rows[0]).toEqual(['abc']);
    expect(sheet.rows[4999]).toEqual([5000]);
  });

  it('keeps shared-string indexes right past <si > and <si/> (SheetJS reads those differently, so not compared)', async () => {
    const { readXlsxValues: unshadowed } = await vi.importActual<typeof import('../../shared/import/xlsx-values.ts')>('../../shared/import/xlsx-values.ts');
    const data = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>';
    const sheets = unshadowed(xlsx([{ name: 'S', target: 'worksheets/sheet1.xml', xml: sheetXml(data) }], '<si ><t>a</t></si><si/><si><t>b</t></si>'));
    expect(sheets?.[0].rows[0]).toEqual(['a', null, 'b']);
  });

  it('leaves to SheetJS single-quoted attributes and worksheets kept outside xl/worksheets/', () => {
    const quoted = xlsx([{ name: 'S', target: 'worksheets/sheet1.xml', xml: sheetXml("<row r='3'><c r='B3'><v>1</v></c></row>") }]);
    const elsewhere = xlsx([{ name: 'S', target: 'sheet1.xml', xml: sheetXml('<row r="1"><c r="A1"><v>5</v></c></row>') }]);
    expect(readXlsxValues(quoted)).toBeNull();
    expect(readXlsxValues(elsewhere)).toBeNull();
  });

  it('reads an empty sheet written as <sheetData/>, merges after it included', () => {
    const sheets = agree(xlsx([
      { name: 'Empty', target: 'worksheets/sheet1.xml', xml: sheetXml('').replace('<sheetData></sheetData>', '<sheetData/>') },
      { name: 'Data', target: 'worksheets/sheet2.xml', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') },
    ]));
    expect(sheets.map((s) => s.rows)).toEqual([[], [[1]]]);
  });

  it('refuses a damaged zip itself (SheetJS never gets it), so the usual sentence names the file', () => {
    const good = xlsx([{ name: 'S', target: 'worksheets/sheet1.xml', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }]);
    const truncated = good.subarray(0, Math.floor(good.length * 0.6));
    expect(() => readXlsxValues(truncated)).toThrow(/cut short/);
    const wb = readWorkbook('cut.xlsx', truncated);
    expect(wb.ok ? 'read' : wb.error.message).toMatch(/^cut\.xlsx is damaged/);
  });
});
