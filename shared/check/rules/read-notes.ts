// Cells the reader could not use (text where a number belongs, a negative or absurd quantity, a bad HS code):
// said once each, pointing at the cell, instead of silently reading them as zero.
import type { Finding, Role } from '../../domain/types.ts';
import { finding, type CheckContext } from '../context.ts';

export function readNotes(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const [role, doc] of Object.entries(ctx.docs) as [Role, NonNullable<CheckContext['docs'][Role]>][]) {
    for (const note of doc.notes) {
      const at = [{ role, sheet: note.sheet, cell: note.cell }];
      if (note.problem === 'ambiguous_number' && note.readings) {
        out.push(finding('AMBIGUOUS_NUMBER', { file: doc.file, sheet: note.sheet, cell: note.cell, field: note.field, raw: note.raw,
          read_as: note.readings[0], other: note.readings[1] }, at));
        continue;
      }
      if (note.problem === 'legacy_encoding') continue;
      out.push(finding('INVALID_VALUE', { file: doc.file, sheet: note.sheet, cell: note.cell, field: note.field, raw: note.raw, problem: note.problem },
        [{ role, sheet: note.sheet, cell: note.cell }]));
    }
  }
  return [...out, ...legacyEncoding(ctx.docs)];
}

/** Cells converted from TCVN3 / VNI: one finding per document and encoding, naming the first cell and the count. */
export function legacyEncoding(docs: CheckContext['docs']): Finding[] {
  const out: Finding[] = [];
  for (const [role, doc] of Object.entries(docs) as [Role, NonNullable<CheckContext['docs'][Role]>][]) {
    for (const encoding of ['TCVN3', 'VNI'] as const) {
      const notes = doc.notes.filter((n) => n.problem === 'legacy_encoding' && n.encoding === encoding);
      if (notes.length === 0) continue;
      const first = notes[0];
      const unconverted = [...new Set(notes.map((n) => n.unconverted ?? '').join(''))].join('');
      out.push(finding('LEGACY_ENCODING', { file: doc.file, sheet: first.sheet, count: notes.length, cell: first.cell, raw: first.raw,
        converted: first.converted ?? '', encoding, unconverted }, notes.slice(0, 20).map((n) => ({ role, sheet: n.sheet, cell: n.cell }))));
    }
  }
  return out;
}
