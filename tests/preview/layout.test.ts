// Import preview: a user's correction of the detected table, remembered per supplier layout.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { layoutKey } from '../../shared/import/layout-key.ts';
import { readDocument } from '../../shared/import/read-document.ts';
import { DEMO_ITEMS, invoiceWorkbook, packingWorkbook, toBytes } from '../../scripts/fixtures/shipment.ts';

/** An invoice whose quantity column is headed "Ordered" and "Shipped": the engine cannot know which one ships. */
function ambiguousInvoice(): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet([
    ['ACME TRADING'],
    ['Model', 'Ordered', 'Shipped', 'Unit price', 'Amount'],
    ['FG-100F', 25, 20, 100, 2000],
    ['FG-60F', 10, 10, 50, 500],
  ]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
  return toBytes(wb);
}

describe('layout key', () => {
  it('is the same for two shipments of one supplier and differs between layouts', () => {
    const a = layoutKey('invoice', 'a.xlsx', toBytes(invoiceWorkbook(DEMO_ITEMS)));
    const b = layoutKey('invoice', 'b.xlsx', toBytes(invoiceWorkbook(DEMO_ITEMS.slice(3), { textNumbers: true })));
    const c = layoutKey('invoice', 'c.xlsx', toBytes(packingWorkbook(DEMO_ITEMS)));
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !b.ok || !c.ok) return;
    expect(a.value).toBe(b.value);
    expect(a.value).not.toBe(c.value);
    expect(layoutKey('packing_list', 'c.xlsx', toBytes(packingWorkbook(DEMO_ITEMS))).ok && a.value.startsWith('invoice:')).toBe(true);
  });
});

describe('column override', () => {
  it('reads the column the user chose, and refuses a table left without quantity', () => {
    const bytes = ambiguousInvoice();
    const auto = readDocument({ role: 'invoice', file: 'x.xlsx', bytes });
    expect(auto.ok).toBe(false);
    if (!auto.ok) expect(auto.error.message).toContain('no quantity column');

    const fixed = readDocument({ role: 'invoice', file: 'x.xlsx', bytes, override: { columns: { quantity: 'C' } } });
    expect(fixed.ok).toBe(true);
    if (!fixed.ok) return;
    expect(fixed.value.lines.map((l) => [l.model?.value, l.quantity?.value, l.quantity?.cell])).toEqual([['FG-100F', 20, 'C3'], ['FG-60F', 10, 'C4']]);
    expect(fixed.value.table.columns.find((c) => c.field === 'quantity')).toEqual({ field: 'quantity', column: 'C', header: 'Shipped' });
  });

  it('takes a header row the user points at', () => {
    const ws = XLSX.utils.aoa_to_sheet([['Item', 'Count'], ['FG-100F', 3]]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const bytes = toBytes(wb);
    expect(readDocument({ role: 'invoice', file: 'y.xlsx', bytes }).ok).toBe(false);
    const r = readDocument({ role: 'invoice', file: 'y.xlsx', bytes, override: { headerRow: 1, columns: { model: 'A', quantity: 'B' } } });
    expect(r.ok && r.value.lines[0].quantity?.value).toBe(3);
  });
});
