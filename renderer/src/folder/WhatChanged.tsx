// A document diff in the declarant's words: "SG-100F, row 5 — Quantity 18 → 19", lines added and removed,
// header fields changed. Used right after a replacement and for an old version opened from the history.
import type { DocumentDiff, LineDiff } from '../../../shared/ipc/contract.ts';
import type { HeaderKey, LineField } from '../../../shared/domain/types.ts';
import { useT } from '../i18n/index.ts';
import { useReplaceT } from '../i18n/replace.ts';

export function WhatChanged({ diff }: { diff: DocumentDiff }) {
  const t = useT();
  const r = useReplaceT();
  const field = (f: LineField) => t.fieldName[f];
  if (diff.header.length === 0 && diff.lines.length === 0) return <p className="muted" data-testid="no-change">{r.noChange}</p>;
  return (
    <div className="diff" data-testid="diff">
      {diff.header.length > 0 && (
        <section>
          <h4>{r.headerChanged}</h4>
          <ul>
            {diff.header.map((c) => (
              <li key={c.field} data-field={c.field}>
                <strong>{r.headerName[c.field as HeaderKey] ?? c.field}</strong> <Change from={c.from} to={c.to} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.lines.length > 0 && (
        <ul className="diff-lines">
          {diff.lines.map((l, i) => <Line key={i} line={l} field={field} />)}
        </ul>
      )}
      {diff.unchanged > 0 && <p className="muted small">{r.unchanged(diff.unchanged)}</p>}
    </div>
  );
}

function Change({ from, to }: { from: string | number | null; to: string | number | null }) {
  const r = useReplaceT();
  return <span className="change"><del>{r.value(from)}</del> → <ins>{r.value(to)}</ins></span>;
}

function Line({ line, field }: { line: LineDiff; field: (f: LineField) => string }) {
  const r = useReplaceT();
  const model = line.model ?? r.noModel;
  if (line.kind === 'changed') {
    return (
      <li className="diff-line changed" data-model={line.model ?? ''}>
        <strong>{r.lineChanged(model, line.to.row)}</strong>
        <ul>
          {line.changes.map((c) => (
            <li key={c.field} data-field={c.field}>{field(c.field)} <Change from={c.from} to={c.to} /></li>
          ))}
        </ul>
      </li>
    );
  }
  const values = Object.entries(line.values).filter(([f]) => f !== 'model' && f !== 'description')
    .map(([f, v]) => `${field(f as LineField)} ${r.value(v ?? null)}`).join(' · ');
  const where = line.kind === 'added' ? line.to : line.from;
  return (
    <li className={`diff-line ${line.kind}`} data-model={line.model ?? ''}>
      <strong>{line.kind === 'added' ? r.lineAdded : r.lineRemoved}: {r.lineChanged(model, where.row)}</strong>
      {values && <span className="muted small"> — {values}</span>}
    </li>
  );
}
