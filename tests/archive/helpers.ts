// Hand-built documents and findings for the archive's tests, and temporary folders that clean up after themselves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { DocumentLine, Finding, ParsedDocument, Role } from '../../shared/domain/types.ts';
import type { IncomingDocument, NewShipment } from '../../electron/archive/index.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'dossier-archive-test-'));
  dirs.push(d);
  return d;
}

export interface LineSpec { model: string; description?: string; hs?: string; qty?: number; unit?: string; raw?: string }

export function line(sheet: string, row: number, spec: LineSpec): DocumentLine {
  return {
    sheet,
    row,
    model: { value: spec.model, sheet, cell: `B${row}` },
    ...(spec.description !== undefined ? { description: { value: spec.description, sheet, cell: `C${row}` } } : {}),
    ...(spec.hs !== undefined ? { hsCode: { value: spec.hs, sheet, cell: `D${row}`, raw: `${spec.hs.slice(0, 4)}.${spec.hs.slice(4, 6)}.${spec.hs.slice(6)}` } } : {}),
    quantity: { value: spec.qty ?? 1, sheet, cell: `E${row}`, ...(spec.raw !== undefined ? { raw: spec.raw } : {}) },
    unit: { value: spec.unit ?? 'PCE', sheet, cell: `F${row}`, raw: 'pcs' },
  };
}

export function parsedDoc(role: Role, file: string, lines: LineSpec[], number?: string): ParsedDocument {
  const sheet = role === 'permit' ? 'Giấy phép' : 'Sheet1';
  return {
    role,
    file,
    sheet,
    table: { sheet, headerStart: 9, headerEnd: 10, firstRow: 11, lastRow: 10 + lines.length, columns: [
      { field: 'model', column: 'B', header: 'Model' }, { field: 'quantity', column: 'E', header: 'Số lượng / Q\'ty' },
    ] },
    header: {
      ...(number ? { number: { value: number, sheet, cell: 'B5', raw: `Invoice No.: ${number}` } } : {}),
      date: { value: '2026-11-02', sheet, cell: 'F5' },
    },
    lines: lines.map((l, i) => line(sheet, 11 + i, l)),
    notes: [{ sheet, cell: 'E20', field: 'quantity', raw: 'n/a', problem: 'not_a_number' }],
  };
}

export function incoming(role: Role, file: string, lines: LineSpec[], opts: { number?: string; bytes?: Uint8Array } = {}): IncomingDocument {
  return { role, name: file, bytes: opts.bytes ?? new TextEncoder().encode(`${role}:${file}:${JSON.stringify(lines)}`), parsed: parsedDoc(role, file, lines, opts.number) };
}

export const FINDINGS: Finding[] = [
  { code: 'QUANTITY_MISMATCH', severity: 'error', model: 'FG-100F', params: { model: 'FG-100F', invoice: 20, invoice_unit: 'PCS', packing_list: 18, packing_list_unit: 'PCS' },
    refs: [{ role: 'invoice', sheet: 'Sheet1', cell: 'E11' }, { role: 'packing_list', sheet: 'Sheet1', cell: 'E11' }] },
  { code: 'MISSING_IN_CATALOGUE', severity: 'warning', model: 'HSM-K7', params: { model: 'HSM-K7' }, refs: [{ role: 'invoice', sheet: 'Sheet1', cell: 'B12' }] },
  { code: 'CONTROLLED_HS_CODE', severity: 'info', model: 'FG-100F', params: { model: 'FG-100F', hs_code: '8517.62.59', list: 'test', entry: '8517.62' }, refs: [] },
];

export function shipment(ref: string, overrides: Partial<NewShipment> = {}): NewShipment {
  return {
    ref,
    direction: 'import',
    eta: '2026-12-01',
    checkDate: '2026-11-20',
    controlledListId: 'nd58-2016',
    documents: [
      incoming('invoice', 'invoice.xlsx', [
        { model: 'FG-100F', description: 'Thiết bị tường lửa (firewall) có mã hóa', hs: '85176259', qty: 20 },
        { model: 'HSM-K7', description: 'Mô-đun bảo mật phần cứng, Đà Nẵng', hs: '84718090', qty: 2, raw: '2,00' },
      ], { number: `INV-${ref}` }),
      incoming('packing_list', 'packing-list.xlsx', [{ model: 'FG-100F', qty: 18 }, { model: 'HSM-K7', qty: 2 }], { number: `PL-${ref}` }),
    ],
    attachments: [{ name: 'contract.pdf', bytes: new TextEncoder().encode(`%PDF contract of ${ref}`) }],
    findings: FINDINGS,
    ...overrides,
  };
}
