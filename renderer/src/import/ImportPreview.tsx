// The detected table of the selected file: which rows are the header, which column became which field.
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { index, letter } from './columns.ts';
import { MappingForm } from './MappingForm.tsx';

const replies = new WeakMap<object, number>();
let replyCount = 0;
function replyKey(reply: object): number {
  let n = replies.get(reply);
  if (n === undefined) replies.set(reply, (n = ++replyCount));
  return n;
}

export function ImportPreview() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const p = useStore((s) => s.pending.find((x) => x.id === s.selectedPending && x.preview));
  if (!p?.preview) return null;
  const { grid, detection, remembered } = p.preview;
  const table = detection.ok ? detection.table : null;
  const fieldAt = new Map(table?.columns.map((c) => [c.column, c.field]) ?? []);
  const width = Math.max(1, ...grid.rows.map((r) => r.length), ...(table?.columns.map((c) => index(c.column) + 1) ?? []));
  const cols = Array.from({ length: width }, (_, i) => letter(i));
  const rowClass = (n: number) => !table ? '' : n >= table.headerStart && n <= table.headerEnd ? 'hdr' : n >= table.firstRow && n <= table.lastRow ? 'body' : 'outside';
  return (
    <section className="preview card" aria-label={t.previewTitle(p.file)}>
      <h2>{t.previewTitle(p.file)}</h2>
      {detection.ok
        ? <p className="ok-text" data-testid="detected">{t.detected(table!.sheet, table!.headerEnd, table!.firstRow, table!.lastRow, detection.lines)}</p>
        : <p className="error-text" role="alert">{lang === 'vi' ? detection.error.messageVi : detection.error.message}</p>}
      {detection.ok && detection.notices?.map((n, i) => <p key={i} className="import-notice" data-testid="import-notice">{lang === 'vi' ? n.messageVi : n.message}</p>)}
      {remembered && <p className="muted">{t.rememberedApplied}</p>}
      <div className="preview-grid">
        <table className="sheet">
          <thead>
            <tr><th />{cols.map((c) => <th key={c} className={fieldAt.has(c) ? 'mapped' : ''}>{c}</th>)}</tr>
            <tr className="fields"><th />{cols.map((c) => {
              const f = fieldAt.get(c);
              return <th key={c}>{f ? <span className="field-tag">{t.fieldName[f]}</span> : null}</th>;
            })}</tr>
          </thead>
          <tbody>
            {grid.rows.map((r, i) => {
              const n = grid.firstRow + i;
              return (
                <tr key={n} className={rowClass(n)}>
                  <th>{n}</th>
                  {cols.map((c, j) => <td key={c} className={fieldAt.has(c) ? 'mapped' : ''}>{r[j] ?? ''}</td>)}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small">{grid.sheet} · {grid.firstRow}–{grid.firstRow + grid.rows.length - 1} {t.rowsOf(grid.totalRows)}</p>
      {/* Keyed by the reply itself: the form is set up again from each new detection, never from the one before it. */}
      <MappingForm key={`${p.id}:${replyKey(p.preview)}:${p.role}`} pending={p} columns={cols} />
    </section>
  );
}
