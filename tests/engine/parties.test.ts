// The consignee and shipper read from the title block above an invoice's or packing list's table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../shared/import/read-document.ts';
import type { Role } from '../../shared/domain/types.ts';

function parties(path: string, role: Role) {
  const r = readDocument({ bytes: readFileSync(path), file: path, role });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.parties;
}

describe('parties of the title block', () => {
  it('reads a label with its value after the colon ("Buyer: …")', () => {
    expect(parties('seeds/demo/invoice.xlsx', 'invoice')).toEqual({
      consignee: { value: 'CÔNG TY TNHH GIẢI PHÁP AN NINH MẠNG VIỆT', sheet: 'Invoice', cell: 'A6' },
    });
  });

  it('reads the value beside the label ("Seller" | name) and below it, never another label ("Consignee:" over "Dispatch:")', () => {
    expect(parties('tests/fixtures/layouts/d365-commercial-invoice.xlsx', 'invoice')).toMatchObject({
      shipper: { value: 'SecuGate Networks Co., Ltd.', cell: 'B3' },
      consignee: { value: 'CÔNG TY TNHH GIẢI PHÁP AN NINH MẠNG VIỆT', cell: 'B4' },
    });
    expect(parties('tests/fixtures/layouts/unifield-packing-list.xlsx', 'packing_list')).toMatchObject({
      shipper: { value: 'SECUGATE NETWORKS CO., LTD.', cell: 'D3' },
      consignee: { value: 'CÔNG TY TNHH GIẢI PHÁP AN NINH MẠNG VIỆT', cell: 'E3' },
    });
  });

  it('reads none where the title block names none, and none for a permit (its licensee is a header key)', () => {
    expect(parties('seeds/demo/packing-list.xlsx', 'packing_list')).toBeUndefined();
    expect(parties('seeds/demo/permit.xlsx', 'permit')).toBeUndefined();
  });
});
