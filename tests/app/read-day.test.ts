// Typed dates: day first or ISO, never month first, and only days that exist.
import { describe, expect, it } from 'vitest';
import { readDay } from '../../renderer/src/components/read-day.ts';

describe('a typed day', () => {
  it.each([
    ['28/11/2026', '2026-11-28'],
    ['3/4/2026', '2026-04-03'],
    ['03.04.2026', '2026-04-03'],
    ['03-04-2026', '2026-04-03'],
    [' 29/02/2028 ', '2028-02-29'],
    ['2026-11-28', '2026-11-28'],
    ['2026-4-3', '2026-04-03'],
  ])('%s is %s', (written, iso) => expect(readDay(written)).toEqual({ kind: 'day', iso }));

  it.each(['31/02/2026', '29/02/2026', '11/28/2026', '00/01/2026', '2026-13-01', '01/01/1800'])('%s is no day', (written) => {
    expect(readDay(written)).toEqual({ kind: 'impossible' });
  });

  it.each(['28/11/26', '28 Nov 2026', '2026/11', 'tomorrow', '28112026'])('%s is not in a known form', (written) => {
    expect(readDay(written)).toEqual({ kind: 'unreadable' });
  });

  it('is empty when nothing is written', () => {
    expect(readDay('  ')).toEqual({ kind: 'empty' });
  });
});
