// The "what changed" of a replaced document, on spreadsheets read through the real importer.
import { describe, expect, it } from 'vitest';
import { changedCells, diffDocuments } from '../../shared/domain/document-diff.ts';
import { DEMO_ITEMS, invoiceWorkbook, packingWorkbook, toBytes } from '../../scripts/fixtures/shipment.ts';
import { readDoc, sheetBytes } from './fixtures.ts';

const packing = (opts: Parameters<typeof packingWorkbook>[1]) => readDoc('packing_list', 'pl.xlsx', toBytes(packingWorkbook(DEMO_ITEMS, opts)));

describe('diffDocuments', () => {
  it('names the changed quantity of one model, with the cells old and new, and nothing else', () => {
    const before = packing({ qty: { 'SG-100F': 18 } });
    const after = packing({ qty: { 'SG-100F': 19 } });
    const d = diffDocuments(before, after);
    // The totals row follows the weights: said as header fields.
    expect(d.header.map((h) => h.field)).toEqual(['total_net_weight', 'total_gross_weight']);
    expect(d.unchanged).toBe(DEMO_ITEMS.length - 1);
    expect(d.lines).toHaveLength(1);
    const [l] = d.lines;
    expect(l.kind).toBe('changed');
    if (l.kind !== 'changed') return;
    expect(l.model).toBe('SG-100F');
    // Weights follow the quantity in the forwarder's layout: they changed too, and are said.
    expect(l.changes.find((c) => c.field === 'quantity')).toEqual({ field: 'quantity', from: 18, to: 19, fromCell: 'PL!D5', toCell: 'PL!D5' });
    expect(l.changes.map((c) => c.field)).toEqual(['quantity', 'netWeight', 'grossWeight']);
  });

  it('lists a line removed and a line added, and the renamed model as one of each', () => {
    const before = packing({});
    const after = packing({ omit: ['HSM-K7'], rename: { 'VPN-GW-2000': 'VPN GW 2000' } });
    const d = diffDocuments(before, after);
    expect(d.lines.filter((l) => l.kind === 'added').map((l) => l.model)).toEqual(['VPN GW 2000']);
    expect(d.lines.filter((l) => l.kind === 'removed').map((l) => l.model).sort()).toEqual(['HSM-K7', 'VPN-GW-2000']);
    // Rows below the removed line moved up: moving alone is not a change of value.
    expect(d.lines.filter((l) => l.kind === 'changed')).toEqual([]);
  });

  it('says a header field changed (the invoice number) and a changed amount', () => {
    const before = readDoc('invoice', 'inv.xlsx', toBytes(invoiceWorkbook(DEMO_ITEMS, { wrongAmount: { 'SG-60F': 6550 } })));
    const after = readDoc('invoice', 'inv.xlsx', toBytes(invoiceWorkbook(DEMO_ITEMS)));
    const d = diffDocuments(before, after);
    expect(d.lines).toHaveLength(1);
    expect(d.lines[0]).toMatchObject({ kind: 'changed', model: 'SG-60F', changes: [{ field: 'amount', from: 6550, to: 6500 }] });
    expect(d.header.map((h) => h.field)).toEqual(['total']);
  });

  it('pairs a repeated model by its order on the sheet', () => {
    const rows = (q1: number, q2: number) => [
      ['Model', 'Description', 'Quantity', 'Unit'],
      ['PA-440', 'Firewall', q1, 'PCS'],
      ['PA-440', 'Firewall (spare)', q2, 'PCS'],
      ['SG-60F', 'Desktop firewall', 10, 'PCS'],
    ];
    const before = readDoc('packing_list', 'a.xlsx', sheetBytes(rows(4500, 10)));
    const after = readDoc('packing_list', 'b.xlsx', sheetBytes(rows(4500, 500)));
    const d = diffDocuments(before, after);
    expect(d.lines).toHaveLength(1);
    expect(d.lines[0]).toMatchObject({ kind: 'changed', model: 'PA-440', from: { row: 3 }, to: { row: 3 }, changes: [{ field: 'quantity', from: 10, to: 500 }] });
  });
});

describe('changedCells', () => {
  it('names the cells of a finding whose value changed, not those that stayed', () => {
    const before = packing({ qty: { 'SG-100F': 18 } });
    const after = packing({ qty: { 'SG-100F': 19 } });
    expect(changedCells(before, after, ['PL!D5', 'PL!D6', 'PL!B5'])).toEqual(['PL!D5']);
  });
});
