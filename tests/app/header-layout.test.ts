// How a two-row header is drawn over a source panel's shown columns (pinned model and description first).
import { describe, expect, it } from 'vitest';
import { headerLayout } from '../../renderer/src/folder/header-layout.ts';

// The demo invoice's header: rows 9 and 10, groups merged across, "STT / No." and the origin merged down.
const HEADERS = [
  { row: 9, cells: ['STT\nNo.', 'Hàng hóa / Goods', '', '', 'Số lượng / Quantity', '', 'Giá (USD) / Price', '', 'Xuất xứ\nOrigin'] },
  { row: 10, cells: ['', 'Model', 'Description', 'HS Code', "Q'ty", 'Unit', 'Unit Price', 'Amount'] },
];
const SPANS = [
  { cell: 'A9', cols: 1, rows: 2 }, { cell: 'B9', cols: 3, rows: 1 }, { cell: 'E9', cols: 2, rows: 1 },
  { cell: 'G9', cols: 2, rows: 1 }, { cell: 'I9', cols: 1, rows: 2 },
];
const brief = (rows: ReturnType<typeof headerLayout>) => rows.map((r) => r.map((c) => [c.cols.join(''), c.text, c.rowSpan, c.cont ?? false]));

describe('header layout', () => {
  it('spans a group label over its sub-columns and a label merged down over both rows', () => {
    expect(brief(headerLayout(HEADERS, SPANS, ['D', 'E', 'F', 'I'], []))).toEqual([
      [['D', 'Hàng hóa / Goods', 1, false], ['EF', 'Số lượng / Quantity', 1, false], ['I', 'Xuất xứ\nOrigin', 2, false]],
      [['D', 'HS Code', 1, false], ['E', "Q'ty", 1, false], ['F', 'Unit', 1, false]],
    ]);
  });

  it('spans the pinned columns together and draws the rest of a group they split as its continuation', () => {
    const rows = headerLayout(HEADERS, SPANS, ['B', 'C', 'D', 'E', 'F'], ['B', 'C']);
    expect(brief(rows)[0]).toEqual([['BC', 'Hàng hóa / Goods', 1, false], ['D', 'Hàng hóa / Goods', 1, true], ['EF', 'Số lượng / Quantity', 1, false]]);
  });

  it('draws a one-row header cell by cell', () => {
    expect(brief(headerLayout([HEADERS[1]], [], ['B', 'E'], ['B']))).toEqual([[['B', 'Model', 1, false], ['E', "Q'ty", 1, false]]]);
  });
});
