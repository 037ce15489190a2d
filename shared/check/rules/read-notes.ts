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
      if (note.problem === 'legacy_encoding') {
        out.push(finding('LEGACY_ENCODING', { file: doc.file, sheet: note.sheet, cell: note.cell, raw: note.raw, encoding: note.encoding ?? '',
          converted: note.converted ?? '', unconverted: note.unconverted ?? '' }, at));
        continue;
      }
      out.push(finding('INVALID_VALUE', { file: doc.file, sheet: note.sheet, cell: note.cell, field: note.field, raw: note.raw, problem: note.problem },
        [{ role, sheet: note.sheet, cell: note.cell }]));
    }
  }
  return out;
}
