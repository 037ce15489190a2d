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
