// The finding's source rows, one panel per document, side by side; the cells it refers to are highlighted.
import { useEffect, useRef } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { index, letter } from '../import/columns.ts';
import { headerLayout } from './header-layout.ts';
import { useReplaceT } from '../i18n/replace.ts';
import type { SourcePanel, SourceRow } from '../../../shared/ipc/contract.ts';

export function SourcePanels() {
  const t = useT();
  const sources = useStore((s) => s.sources);
  const notInPermit = useStore((s) => s.folder?.findings.find((f) => f.id === s.selectedFinding)?.code === 'NOT_IN_PERMIT');
  const hasPermitFile = useStore((s) => s.folder?.documents.some((d) => d.role === 'permit') ?? false);
  const registered = useStore((s) => s.folder?.permit?.number);
  if (!sources) return <p className="muted">{t.loading}</p>;
  // NOT_IN_PERMIT shows what the permit does list; where it cannot, one sentence says why, never an empty space.
  const noPermitLines = notInPermit && !sources.some((p) => p.context === 'permit_lines');
  return (
    <div className="sources" aria-label={t.sources}>
      {sources.map((p) => <Panel key={`${p.role}:${p.sheet}`} panel={p} />)}
      {noPermitLines && (
        <p className="small muted context-note" data-testid="no-permit-lines">
          {hasPermitFile ? t.permitLinesUnread : registered ? t.permitLinesRegistered(registered) : t.permitLinesNone}
        </p>
      )}
    </div>
  );
}

function Panel({ panel }: { panel: SourcePanel }) {
  const t = useT();
  const rt = useReplaceT();
  const scroller = useRef<HTMLDivElement>(null);
  // The referenced cell may sit far right of a wide sheet: bring it into view, not the sheet's first columns.
  useEffect(() => {
    const box = scroller.current;
    const cell = box?.querySelector<HTMLElement>('td.hl');
    if (!box || !cell || cell.classList.contains('pin')) return;
    // The row number, model and description stay pinned on the left: centre the cell in what is left of the width.
    const head = box.querySelectorAll<HTMLElement>('thead th:first-child, thead th.pin');
    const pinned = Array.from(head).reduce((w, th) => w + th.offsetWidth, 0);
    const room = box.clientWidth - pinned;
    if (cell.offsetLeft + cell.offsetWidth <= box.clientWidth) box.scrollLeft = 0;
    else box.scrollLeft = Math.max(0, cell.offsetLeft - pinned - (room - cell.offsetWidth) / 2);
  }, [panel]);
  const marked = new Set(panel.cells);
  const headers = panel.headers ?? [];
  const cols = visibleColumns(panel, [...headers, ...panel.rows]);
  const pinned = new Set(panel.pinned ?? []);
  const pinClass = (c: string, span = 1) => (pinned.has(c) ? ` pin pin-${(panel.pinned ?? []).indexOf(c)}${span > 1 ? ` pin-span-${span}` : ''}` : '');
  const line = (r: SourceRow) => (
    <tr key={`r${r.row}`}>
      <th>{r.row}</th>
      {cols.map((c) => {
        const hit = marked.has(`${c}${r.row}`);
        const text = r.cells[index(c)] ?? '';
        return <td key={c} className={`${hit ? 'hl' : ''}${pinClass(c)}`} data-cell={`${c}${r.row}`} {...(pinned.has(c) ? { title: text } : {})} {...(hit ? { 'data-highlighted': 'true' } : {})}>{text}</td>;
      })}
    </tr>
  );
  // Both rows of a two-row header, a merged group label spanning the sub-columns it has in view.
  const headerRows = headerLayout(headers, panel.spans ?? [], cols, panel.pinned ?? []).map((cells, i) => (
    <tr key={`h${headers[i].row}`} className="hdr">
      <th>{headers[i].row}</th>
      {cells.map((h) => {
        const hit = h.cols.some((c) => marked.has(`${c}${headers[i].row}`));
        const cls = `${hit ? 'hl' : ''}${h.cols.length > 1 ? ' group' : ''}${h.cont ? ' cont' : ''}${pinClass(h.cols[0], h.cols.length)}`.trim();
        return (
          <td key={h.cols[0]} className={cls} data-cell={h.cell} title={h.text}
            {...(h.cols.length > 1 ? { colSpan: h.cols.length } : {})} {...(h.rowSpan > 1 ? { rowSpan: h.rowSpan } : {})}
            {...(hit ? { 'data-highlighted': 'true' } : {})}>{h.cont ? '' : h.text}</td>
        );
      })}
    </tr>
  ));
  const showTable = panel.rows.length > 0 || !panel.fields;
  return (
    <figure className="panel" data-role={panel.role} {...(panel.context ? { 'data-context': panel.context } : {})}>
      <figcaption><strong>{t.roleName[panel.role]}</strong> <span className="muted">{t.sheetOf(panel.file, panel.sheet)}</span></figcaption>
      {panel.context === 'permit_lines' && <p className="small context-note">{t.permitLines(panel.total ?? panel.rows.length, panel.rows.length)}</p>}
      {panel.fields && (
        <dl className="labelled" aria-label={t.headerBlock}>
          {panel.fields.map((f) => (
            <div key={f.cell} className="hl" data-cell={f.cell} data-highlighted="true">
              <dt>{f.label || (f.key ? rt.headerName[f.key] : f.cell)}{f.label && f.key && !sameWords(f.label, rt.headerName[f.key]) && <span className="muted small"> ({rt.headerName[f.key]})</span>}</dt>
              <dd>{f.value}</dd>
              <span className="muted small">{f.cell}</span>
            </div>
          ))}
        </dl>
      )}
      {showTable && (
        <div className="panel-scroll" ref={scroller}>
          <table className="sheet">
            <thead><tr><th>{t.row}</th>{cols.map((c) => <th key={c} className={pinClass(c).trim()}>{c}</th>)}</tr></thead>
            <tbody>
              {headerRows}
              {panel.rows.map((r) => line(r))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}

/** A sheet's label that already says what the app would call it ("Có giá trị đến:" and "Có giá trị đến"). */
function sameWords(a: string, b: string): boolean {
  const norm = (x: string) => x.toLocaleLowerCase('vi').replace(/[:：\s]+$/u, '').trim();
  return norm(a) === norm(b);
}

/** The recognised columns plus any highlighted one, in sheet order; every column when none was recognised. */
function visibleColumns(panel: SourcePanel, rows: SourceRow[]): string[] {
  const hit = panel.cells.map((c) => c.replace(/\d+$/, ''));
  if (panel.columns.length === 0) {
    const width = Math.max(1, ...rows.map((r) => r.cells.length), ...hit.map((c) => index(c) + 1));
    return Array.from({ length: width }, (_, i) => letter(i));
  }
  const pinned = panel.pinned ?? [];
  const rest = [...new Set([...panel.columns, ...hit])].filter((c) => !pinned.includes(c)).sort((a, b) => index(a) - index(b));
  return [...pinned, ...rest];
}
