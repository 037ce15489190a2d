// What the source-cell view is given for a finding, from the demo shipment's own files: both rows of the
// invoice's merged two-row header, the permit's validity cell under its label, the permit's lines beside NOT_IN_PERMIT.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/domain/types.ts';
import { columnIndex, readGrid } from '../../shared/import/workbook.ts';
import { withShownText } from '../../shared/import/shown-cells.ts';
import { headerSpans, sourcePanels, type GridSheet, type PanelDocument } from '../../electron/handlers/source-panels.ts';
import { ROOT, check, list2025, readDoc, sheetBytes } from '../engine/fixtures.ts';

const FILES: Record<Role, string> = { invoice: 'invoice.xlsx', packing_list: 'packing-list.xlsx', permit: 'permit.xlsx', catalogue: 'catalogue.xlsx' };
const bytes = (role: Role) => new Uint8Array(readFileSync(join(ROOT, 'seeds', 'demo', FILES[role])));
const docs: PanelDocument[] = (Object.keys(FILES) as Role[]).map((role) => ({ role, file: FILES[role], parsed: readDoc(role, FILES[role], bytes(role)) }));
const sheets = (role: Role): GridSheet[] => {
  const g = readGrid(FILES[role], bytes(role));
  if (!g.ok) throw new Error(g.error.message);
  return withShownText(bytes(role), g.value).sheets;
};
const findingsOn = (date: string) => check(docs.map((d) => d.parsed), date, [list2025()]).findings;
const panelsOf = (code: string, date = '2026-11-20') => {
  const f = findingsOn(date).find((x) => x.code === code);
  if (!f) throw new Error(`no ${code} on ${date}`);
  return sourcePanels(f, docs, sheets);
};

describe('source panels', () => {
  it('give both rows of a merged two-row header and its merged cells', () => {
    const [invoice] = panelsOf('QUANTITY_MISMATCH');
    expect(invoice.headers?.map((h) => h.row)).toEqual([9, 10]);
    expect(invoice.headers?.[0].cells[4]).toBe('Số lượng / Quantity');
    expect(invoice.headers?.[1].cells.slice(4, 6)).toEqual(["Q'ty", 'Unit']);
    // "Số lượng / Quantity" over E:F, "Hàng hóa / Goods" over B:D, "STT / No." and the origin merged down both rows.
    expect(invoice.spans).toEqual(expect.arrayContaining([
      { cell: 'E9', cols: 2, rows: 1 }, { cell: 'B9', cols: 3, rows: 1 }, { cell: 'A9', cols: 1, rows: 2 }, { cell: 'I9', cols: 1, rows: 2 },
    ]));
    expect(invoice.rows.map((r) => r.row)).toEqual([11]);
  });

  it('show a permit validity finding at the validity cell under its own label, not as a product-line column', () => {
    const [permit] = panelsOf('PERMIT_EXPIRED', '2027-11-01');
    expect(permit.fields).toEqual([{ cell: 'B6', label: 'Có giá trị đến:', value: '14/10/2027', key: 'valid_until' }]);
    expect(permit.rows).toEqual([]);
  });

  it('show the permit’s product lines beside a controlled item missing from it', () => {
    const panels = panelsOf('NOT_IN_PERMIT');
    expect(panels.map((p) => [p.role, p.context])).toEqual([['invoice', undefined], ['permit', 'permit_lines']]);
    const permit = panels[1];
    expect(permit.cells).toEqual([]);
    expect(permit.total).toBe(4);
    expect(permit.rows.map((r) => r.cells[2])).toEqual(['SG-100F', 'SG-60F', 'VPN-GW-2000', 'HSM-K7']);
    expect(permit.headers?.map((h) => h.cells[2])).toEqual(['Ký hiệu, mã hiệu (Model)']);
  });

  it('show no permit panel for NOT_IN_PERMIT when the folder has no permit', () => {
    const f = findingsOn('2026-11-20').find((x) => x.code === 'NOT_IN_PERMIT')!;
    expect(sourcePanels(f, docs.filter((d) => d.role !== 'permit'), sheets).map((p) => p.role)).toEqual(['invoice']);
  });

  it('show the permit’s lines as read beside NOT_IN_PERMIT when the permit’s sheet is not in its stored file', () => {
    const f = findingsOn('2026-11-20').find((x) => x.code === 'NOT_IN_PERMIT')!;
    const fromSheet = sourcePanels(f, docs, sheets)[1];
    const renamed = (role: Role) => (role === 'permit' ? sheets(role).map((s) => ({ ...s, name: `${s.name} (old)` })) : sheets(role));
    const panels = sourcePanels(f, docs, renamed);
    expect(panels.map((p) => [p.role, p.context])).toEqual([['invoice', undefined], ['permit', 'permit_lines']]);
    const permit = panels[1];
    expect(permit.total).toBe(4);
    // The same rows, each recognised value in the column it was read from.
    expect(permit.rows.map((r) => r.row)).toEqual(fromSheet.rows.map((r) => r.row));
    expect(permit.rows.map((r) => r.cells[2])).toEqual(['SG-100F', 'SG-60F', 'VPN-GW-2000', 'HSM-K7']);
    const quantity = columnIndex(docs.find((d) => d.role === 'permit')!.parsed.table.columns.find((c) => c.field === 'quantity')!.column);
    expect(permit.rows.map((r) => r.cells[quantity])).toEqual(fromSheet.rows.map((r) => r.cells[quantity]));
    expect(permit.headers?.map((h) => h.cells[2])).toEqual(['Ký hiệu, mã hiệu (Model)']);
    expect(permit.columns).toEqual(fromSheet.columns);
  });

  it('show the register’s copy of a permit used by number (no file of its own) as its lines as read', () => {
    const f = findingsOn('2026-11-20').find((x) => x.code === 'NOT_IN_PERMIT')!;
    const registered = docs.find((d) => d.role === 'permit')!;
    const folderDocs = docs.filter((d) => d.role !== 'permit');
    const panels = sourcePanels(f, [...folderDocs, registered], (role) => (role === 'permit' ? undefined : sheets(role)));
    expect(panels.map((p) => [p.role, p.context, p.file])).toEqual([['invoice', undefined, 'invoice.xlsx'], ['permit', 'permit_lines', 'permit.xlsx']]);
    expect(panels[1].rows.map((r) => r.cells[2])).toEqual(['SG-100F', 'SG-60F', 'VPN-GW-2000', 'HSM-K7']);
  });

  // The same merged two-row header saved by twelve other writers (LibreOffice, Gnumeric, exceljs, openpyxl …).
  const writers = join(ROOT, 'tests', 'fixtures', 'writers');
  it.each(readdirSync(writers).filter((f) => f.endsWith('-invoice.xlsx')))('read the merged two-row header of %s', (file) => {
    const b = new Uint8Array(readFileSync(join(writers, file)));
    const parsed = readDoc('invoice', file, b);
    const g = readGrid(file, b);
    if (!g.ok) throw new Error(g.error.message);
    const sheet = g.value.sheets.find((x) => x.name === parsed.sheet)!;
    expect([parsed.table.headerStart, parsed.table.headerEnd]).toEqual([9, 10]);
    expect(headerSpans(sheet, 9, 10).sort((a, b2) => a.cell.localeCompare(b2.cell))).toEqual([
      { cell: 'A9', cols: 1, rows: 2 }, { cell: 'B9', cols: 3, rows: 1 }, { cell: 'E9', cols: 2, rows: 1 },
      { cell: 'G9', cols: 2, rows: 1 }, { cell: 'I9', cols: 1, rows: 2 },
    ]);
  });

  it('give both rows of a real layout’s two-row header without merges (English over Chinese)', () => {
    const file = 'export-reimport-packing-list.xlsx';
    const b = new Uint8Array(readFileSync(join(ROOT, 'tests', 'fixtures', 'layouts', file)));
    const doc: PanelDocument = { role: 'packing_list', file, parsed: readDoc('packing_list', file, b) };
    const g = readGrid(file, b);
    if (!g.ok) throw new Error(g.error.message);
    const model = doc.parsed.lines[0].model!;
    const [panel] = sourcePanels({ code: 'QUANTITY_MISMATCH', refs: [{ role: 'packing_list', sheet: model.sheet, cell: model.cell }] }, [doc], () => g.value.sheets);
    expect(panel.headers?.map((h) => h.row)).toEqual([1, 2]);
    expect(panel.spans).toBeUndefined();
    expect(panel.rows.map((r) => r.row)).toEqual([doc.parsed.lines[0].row]);
  });

  it('show a validity written with its label in one cell as that cell, the label read from it', () => {
    const b = sheetBytes([
      ['GIẤY PHÉP XUẤT KHẨU, NHẬP KHẨU SẢN PHẨM MẬT MÃ DÂN SỰ'], ['Có hiệu lực đến / Valid until: 31/12/2026'], [],
      ['STT', 'Tên sản phẩm', 'Ký hiệu, mã hiệu (Model)', 'Mã HS', 'Số lượng'], [1, 'Tường lửa', 'SG-100F', '85176259', 20],
    ], 'GP');
    const doc: PanelDocument = { role: 'permit', file: 'p.xlsx', parsed: readDoc('permit', 'p.xlsx', b) };
    expect(doc.parsed.header.valid_until).toMatchObject({ value: '2026-12-31', cell: 'A2' });
    const g = readGrid('p.xlsx', b);
    if (!g.ok) throw new Error(g.error.message);
    const [panel] = sourcePanels({ code: 'PERMIT_EXPIRED', refs: [{ role: 'permit', sheet: 'GP', cell: 'A2' }] }, [doc], () => g.value.sheets);
    expect(panel.fields).toEqual([{ cell: 'A2', label: '', value: 'Có hiệu lực đến / Valid until: 31/12/2026', key: 'valid_until' }]);
  });
});
