// A damaged name-length field in a zip directory: the part's "name" swallows the rest of the directory, and the
// refusal must still be one readable line (found by the fuzz suite, FUZZ_SEED=83569348 run 355).
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDocument } from '../../shared/import/read-document.ts';
import { partLabel } from '../../shared/import/unzip.ts';

it('a part name quoted in a message is one printable line of at most 80 characters', () => {
  expect(partLabel('xl/workbook.xml')).toBe('xl/workbook.xml');
  const swallowed = 'xl/workbook.xmlPK\u0001\u0002\u0014\u0000\n\u0000_rels/PK' + 'x'.repeat(200);
  const label = partLabel(swallowed);
  expect(label).not.toMatch(/[\u0000-\u001f]/);
  expect(label.length).toBe(81);
  expect(label.startsWith('xl/workbook.xmlPK????')).toBe(true);
});

it('a zip whose first name length is flipped is refused in one line', () => {
  const bytes = new Uint8Array(readFileSync('seeds/demo/invoice.xlsx'));
  const view = new DataView(bytes.buffer);
  // The central directory's first entry: make its name run 300 bytes long, over the entries after it.
  const eocd = bytes.length - 22;
  const cd = view.getUint32(eocd + 16, true);
  view.setUint16(cd + 28, 300, true);
  const r = readDocument({ role: 'invoice', file: 'flipped.xlsx', bytes });
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.error.message).toMatch(/^flipped\.xlsx is damaged/);
    expect(r.error.message).not.toMatch(/[\u0000-\u001f]/);
    expect(r.error.messageVi).not.toMatch(/[\u0000-\u001f]/);
  }
});

// A csv whose quote marks were damaged: the description header cell swallowed two lines of the file, and the
// "no model column" refusal quoted it whole (found by the fuzz suite in CI, FUZZ_SEED=28107584 run 62).
it('a header cell quoted in a refusal is one line, however many lines the cell holds', () => {
  for (const text of [
    'No.,"Description\nof goods",Q\'ty,Unit Price,Amount\n1,Firewall SG-100F,5,10,50\n',
    'No.,"Xuất xứ\nOri""gin""\n,Model,Description",Q\'ty,Unit Price,Amount\n1,Firewall SG-100F,5,10,50\n',
  ]) {
    const r = readDocument({ role: 'invoice', file: 'damaged.csv', bytes: new TextEncoder().encode(text) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(/named only in column B, "(Description of goods|Xuất xứ Ori"gin" ,Model,Description)"/);
      expect(r.error.message.split('\n')).toHaveLength(1);
      expect(r.error.messageVi.split('\n')).toHaveLength(1);
    }
  }
});
