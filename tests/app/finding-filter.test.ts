import { describe, expect, it } from 'vitest';
import type { FindingView } from '../../shared/ipc/contract.ts';
import { filterFindings, foldedTexts, isFiltering, NO_FILTER, type FindingFilter } from '../../renderer/src/folder/finding-filter.ts';
import { findingTitle } from '../../renderer/src/i18n/finding-titles.ts';

const F: FindingView[] = [
  { id: 1, code: 'QUANTITY_MISMATCH', severity: 'error', model: 'FG-100F', message: 'Số lượng khác nhau: hóa đơn 20, phiếu đóng gói 18.',
    refs: [{ role: 'invoice', sheet: 'Invoice', cell: 'E11' }, { role: 'packing_list', sheet: 'PL', cell: 'E12' }] },
  { id: 2, code: 'MISSING_IN_CATALOGUE', severity: 'warning', model: 'HSM-K7', message: 'HSM-K7 is not in the catalogue.',
    refs: [{ role: 'invoice', sheet: 'Invoice', cell: 'B14' }], acknowledgement: { note: 'Catalogue bản giấy đã có', by: 'Lan', at: 'x' } },
  { id: 3, code: 'CONTROLLED_HS_CODE', severity: 'info', model: 'SG-60F', message: 'HS 8517.62.59 is on the controlled list.',
    refs: [{ role: 'permit', sheet: 'Permit', cell: 'D9' }] },
];
const index = foldedTexts((code) => [findingTitle(code, 'vi'), findingTitle(code, 'en')]);
const ids = (f: Partial<FindingFilter>) => filterFindings(F, { ...NO_FILTER, ...f }, index).map((x) => x.id);

describe('finding filter', () => {
  it('lets everything through when nothing is set', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(ids({ text: '   ' })).toEqual([1, 2, 3]);
  });

  it('filters by severity, by state and by the document pointed at', () => {
    expect(ids({ severity: 'warning' })).toEqual([2]);
    expect(ids({ state: 'open' })).toEqual([1, 3]);
    expect(ids({ state: 'acknowledged' })).toEqual([2]);
    expect(ids({ role: 'invoice' })).toEqual([1, 2]);
    expect(ids({ role: 'packing_list' })).toEqual([1]);
    expect(ids({ role: 'catalogue' })).toEqual([]);
    expect(ids({ role: 'invoice', state: 'open', severity: 'error' })).toEqual([1]);
  });

  it('searches title (both languages), model, message, cells and note, accent-insensitive, every word', () => {
    expect(ids({ text: 'so luong' })).toEqual([1]);
    expect(ids({ text: 'SỐ LƯỢNG' })).toEqual([1]);
    expect(ids({ text: 'hsm-k7' })).toEqual([2]);
    expect(ids({ text: '8517.62' })).toEqual([3]);
    expect(ids({ text: 'E12' })).toEqual([1]);
    expect(ids({ text: 'ban giay' })).toEqual([2]);
    expect(ids({ text: findingTitle('MISSING_IN_CATALOGUE', 'vi') })).toEqual([2]);
    expect(ids({ text: findingTitle('MISSING_IN_CATALOGUE', 'en') })).toEqual([2]);
    expect(ids({ text: 'so luong hsm' })).toEqual([]);
    expect(ids({ text: 'khong co gi nhu vay' })).toEqual([]);
  });

  it('folds no text until words are typed, and then each finding object once: an acknowledgement re-folds one finding', () => {
    const many: FindingView[] = Array.from({ length: 16_000 }, (_, i) => ({ ...F[i % 3], id: i + 1, model: `M-${i}` }));
    let folded = 0;
    const textOf = foldedTexts((code) => { folded++; return [findingTitle(code, 'vi'), findingTitle(code, 'en')]; });
    expect(filterFindings(many, { ...NO_FILTER, severity: 'error' }, textOf).length).toBeGreaterThan(0);
    expect(folded).toBe(0);
    const shown = filterFindings(many, { ...NO_FILTER, text: 'so luong m-1' }, textOf);
    expect(shown.length).toBeGreaterThan(100);
    expect(folded).toBe(16_000);
    filterFindings(many, { ...NO_FILTER, text: 'so luong m-12' }, textOf);
    expect(folded).toBe(16_000);
    // One finding acknowledged: a new object for it, the others the same.
    const acked = many.map((f, i) => (i === 7 ? { ...f, acknowledgement: { note: 'Bảo Minh', by: 'Lan', at: '2026-11-21T00:00:00Z' } } : f));
    expect(filterFindings(acked, { ...NO_FILTER, text: 'bao minh' }, textOf).map((f) => f.id)).toEqual([8]);
    expect(folded).toBe(16_001);
  });
});
