// What the source-cell view is given for a finding, from the demo shipment's own files: both rows of the
// invoice's merged two-row header, the permit's validity cell under its label, the permit's lines beside NOT_IN_PERMIT.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/domain/types.ts';
import { readGrid } from '../../shared/import/workbook.ts';
import { withShownText } from '../../shared/import/shown-cells.ts';
import { sourcePanels, type GridSheet, type PanelDocument } from '../../electron/handlers/source-panels.ts';
import { ROOT, check, list2025, readDoc } from '../engine/fixtures.ts';

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
});
