import { describe, expect, it } from 'vitest';
import { followSelection } from '../../renderer/src/folder/follow-selection.ts';
import type { FindingView } from '../../shared/ipc/contract.ts';

const f = (id: number, code: string, model: string | undefined, cell = 'E11'): FindingView => ({
  id, code, severity: 'error', ...(model ? { model } : {}), message: `${code} ${model ?? ''}`,
  refs: [{ role: 'invoice', sheet: 'Invoice', cell }],
});

describe('followSelection', () => {
  const before = [f(1, 'QUANTITY_MISMATCH', 'SG-100F'), f(2, 'ORIGIN_MISMATCH', 'HSM-K7'), f(3, 'NOT_IN_PERMIT', 'ENC-SSD-1T')];

  it('keeps the same finding under its new id, wherever it now sits', () => {
    const after = [f(10, 'ORIGIN_MISMATCH', 'HSM-K7'), f(11, 'NOT_IN_PERMIT', 'ENC-SSD-1T'), f(12, 'QUANTITY_MISMATCH', 'SG-100F')];
    expect(followSelection(before, 1, after)).toBe(12);
  });

  it('clears the selection when the finding went away, instead of keeping the row', () => {
    const after = [f(10, 'ORIGIN_MISMATCH', 'HSM-K7'), f(11, 'NOT_IN_PERMIT', 'ENC-SSD-1T')];
    expect(followSelection(before, 1, after)).toBeNull();
  });

  it('does not take the same code on another model for the same finding', () => {
    expect(followSelection(before, 1, [f(10, 'QUANTITY_MISMATCH', 'SG-60F')])).toBeNull();
  });

  it('among two findings of one code and model, keeps the one on the same cells', () => {
    const two = [f(1, 'LINE_AMOUNT_MISMATCH', 'SG-100F', 'H11'), f(2, 'LINE_AMOUNT_MISMATCH', 'SG-100F', 'H14')];
    const after = [f(7, 'LINE_AMOUNT_MISMATCH', 'SG-100F', 'H14'), f(8, 'LINE_AMOUNT_MISMATCH', 'SG-100F', 'H11')];
    expect(followSelection(two, 2, after)).toBe(7);
  });

  it('nothing selected stays nothing selected', () => {
    expect(followSelection(before, null, before)).toBeNull();
  });
});
