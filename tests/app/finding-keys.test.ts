// Keyboard moves through the findings list: only findings are landed on, headings are skipped.
import { describe, expect, it } from 'vitest';
import { findingRows } from '../../renderer/src/folder/group-findings.ts';
import { revealFrom, stepTo } from '../../renderer/src/folder/finding-keys.ts';
import type { FindingView } from '../../shared/ipc/contract.ts';

const f = (id: number, severity: FindingView['severity'], model?: string): FindingView =>
  ({ id, code: 'QUANTITY_MISMATCH', severity, message: `m${id}`, refs: [], ...(model ? { model } : {}) });

// error:2, model:A, #1, model:B, #2, warning:1, model:A, #3
const rows = findingRows([f(1, 'error', 'A'), f(2, 'error', 'B'), f(3, 'warning', 'A')]);
const id = (i: number | undefined) => (i === undefined ? undefined : (rows[i] as { finding: FindingView }).finding.id);

describe('finding keys', () => {
  it('moves down and up across group headings', () => {
    expect(id(stepTo(rows, 2, 'ArrowDown'))).toBe(2);
    expect(id(stepTo(rows, 4, 'ArrowDown'))).toBe(3);
    expect(id(stepTo(rows, 7, 'ArrowUp'))).toBe(2);
    expect(id(stepTo(rows, 4, 'ArrowUp'))).toBe(1);
  });

  it('stays put at either end', () => {
    expect(id(stepTo(rows, 7, 'ArrowDown'))).toBe(3);
    expect(id(stepTo(rows, 2, 'ArrowUp'))).toBe(1);
  });

  it('goes to the first and last finding with Home and End, and from nothing selected', () => {
    expect(id(stepTo(rows, 4, 'Home'))).toBe(1);
    expect(id(stepTo(rows, 4, 'End'))).toBe(3);
    expect(id(stepTo(rows, undefined, 'ArrowDown'))).toBe(1);
    expect(id(stepTo(rows, undefined, 'ArrowUp'))).toBe(3);
  });

  it('reveals the headings above the first finding of a group', () => {
    expect(revealFrom(rows, 2)).toBe(0);
    expect(revealFrom(rows, 4)).toBe(3);
    expect(revealFrom(rows, 7)).toBe(5);
  });

  it('has nowhere to go in an empty list', () => {
    expect(stepTo([], undefined, 'Home')).toBeUndefined();
  });
});
