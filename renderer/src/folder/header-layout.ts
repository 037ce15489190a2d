// How a table's header rows are drawn over the columns a source panel shows: a merged group label
// ("Số lượng / Quantity") spans its shown sub-columns, a label merged down both rows ("STT / No.") spans both.
import type { HeaderSpan, SourceRow } from '../../../shared/ipc/contract.ts';
import { index } from '../import/columns.ts';

export interface HeaderCell {
  /** The shown columns this cell covers, in display order (the first decides its pin). */
  cols: string[];
  rowSpan: number;
  text: string;
  /** The sheet cell the text is read from. */
  cell: string;
  /** The rest of a group label the pinned columns split off: drawn blank, the label on hover. */
  cont?: boolean;
}

interface Owner { key: string; col: number; row: number; lastRow: number; text: string }

function ownerMap(headers: SourceRow[], spans: HeaderSpan[]): (row: number, col: number) => Owner | undefined {
  const at = new Map<string, Owner>();
  const textOf = (row: number, col: number) => headers.find((h) => h.row === row)?.cells[col] ?? '';
  for (const s of spans) {
    const m = /^([A-Z]+)(\d+)$/.exec(s.cell);
    if (!m) continue;
    const col = index(m[1]);
    const row = Number(m[2]);
    const owner: Owner = { key: s.cell, col, row, lastRow: row + s.rows - 1, text: textOf(row, col) };
    for (let r = row; r <= owner.lastRow; r++) for (let c = col; c < col + s.cols; c++) at.set(`${r}:${c}`, owner);
  }
  return (row, col) => at.get(`${row}:${col}`);
}

/** Per header row, the cells to draw over `cols` (display order, pinned first). */
export function headerLayout(headers: SourceRow[], spans: HeaderSpan[], cols: string[], pinned: string[]): HeaderCell[][] {
  const owner = ownerMap(headers, spans);
  return headers.map((h) => {
    const out: HeaderCell[] = [];
    const drawn = new Set<string>();
    for (let j = 0; j < cols.length; j++) {
      const c = index(cols[j]);
      const o = owner(h.row, c);
      // Covered by the same label drawn in a row above with a row span.
      if (o && o.row < h.row) continue;
      const run = [cols[j]];
      const isPinned = pinned.includes(cols[j]);
      while (o && j + 1 < cols.length && owner(h.row, index(cols[j + 1])) === o && pinned.includes(cols[j + 1]) === isPinned) run.push(cols[++j]);
      out.push({
        cols: run,
        rowSpan: o ? Math.min(o.lastRow, headers[headers.length - 1].row) - h.row + 1 : 1,
        text: o ? o.text : (h.cells[c] ?? ''),
        cell: o ? o.key : `${cols[j - run.length + 1]}${h.row}`,
        ...(o && drawn.has(o.key) ? { cont: true } : {}),
      });
      if (o) drawn.add(o.key);
    }
    return out;
  });
}
