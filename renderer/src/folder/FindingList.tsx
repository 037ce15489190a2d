// Virtualised: a 10,000-line shipment can carry tens of thousands of findings.
// Keyboard: the arrows, Home and End move the selection (which opens the finding, as a click does); the list
// is one tab stop, the selected finding, so Tab leaves it for the detail instead of walking 16,000 buttons.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { FindingView } from '../../../shared/ipc/contract.ts';
import type { Severity } from '../../../shared/domain/types.ts';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { findingRows, type FindingRow } from './group-findings.ts';
import { isFindingKey, revealFrom, stepTo } from './finding-keys.ts';
import { findingTitle } from '../i18n/finding-titles.ts';
import { useReplaceT } from '../i18n/replace.ts';
import { useFindT } from '../i18n/find.ts';
import { useShownFindings } from './shown-findings.ts';

type OneFinding = Extract<FindingRow, { kind: 'finding' }>;

export function FindingList() {
  const t = useT();
  const tf = useFindT();
  const { all: findings, shown } = useShownFindings();
  const selected = useStore((s) => s.selectedFinding);
  const select = useStore((s) => s.selectFinding);
  const rows = useMemo(() => findingRows(shown), [shown]);
  // "Select all open" of a model's heading takes the open findings shown, not those the filter hides.
  const openShown = useMemo(() => {
    const m = new Map<string, number[]>();
    for (const f of shown) {
      if (f.acknowledgement) continue;
      const key = `${f.severity}|${f.model ?? ''}`;
      let ids = m.get(key);
      if (!ids) m.set(key, (ids = []));
      ids.push(f.id);
    }
    return m;
  }, [shown]);
  const rowOf = useMemo(() => new Map(rows.flatMap((r, i) => (r.kind === 'finding' ? [[r.finding.id, i] as const] : []))), [rows]);
  // The finding to focus once its row is in the DOM: the virtualiser renders it only after scrolling to it.
  const [focusId, setFocusId] = useState<number | null>(null);
  const focused = useCallback(() => setFocusId(null), []);
  const scroller = useRef<HTMLElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i].kind === 'finding' ? 64 : rows[i].kind === 'model' ? 28 : 40),
    overscan: 8,
  });
  const items = virtual.getVirtualItems();
  const selectedRow = selected === null ? undefined : rowOf.get(selected);
  const activeRow = selectedRow ?? rows.findIndex((r) => r.kind === 'finding');
  const activeId = (rows[activeRow] as OneFinding | undefined)?.finding.id;
  const activeInDom = items.some((v) => v.index === activeRow);

  const onKeyDown = (e: KeyboardEvent) => {
    if (!isFindingKey(e.key) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    // Tabbing in lands on the first finding without selecting it; the arrows then move on from there.
    const from = selectedRow ?? (e.target !== e.currentTarget ? activeRow : undefined);
    const to = stepTo(rows, from, e.key);
    if (to === undefined) return;
    e.preventDefault();
    const row = rows[to] as OneFinding;
    if (row.finding.id !== selected) void select(row.finding.id);
    setFocusId(row.finding.id);
    const up = e.key === 'ArrowUp' || e.key === 'Home';
    virtual.scrollToIndex(up ? revealFrom(rows, to) : to, { align: 'auto' });
  };

  if (shown.length === 0) return <p className="muted empty finding-none" role="status">{tf.noneShown(findings.length)}</p>;
  return (
    // When the active finding is scrolled out of the DOM, the list itself keeps the tab stop.
    <nav ref={scroller} className="finding-list" aria-label={t.tabCheck(findings.length)} tabIndex={activeInDom ? -1 : 0} onKeyDown={onKeyDown}>
      <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {items.map((v) => (
          <div key={v.key} data-index={v.index} ref={virtual.measureElement} className="vrow"
            style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${v.start}px)` }}>
            <Row row={rows[v.index]} active={activeId} focus={focusId} onFocused={focused} openShown={openShown} />
          </div>
        ))}
      </div>
    </nav>
  );
}

interface RowProps {
  row: FindingRow;
  /** The list's one tab stop. */
  active: number | undefined;
  focus: number | null;
  onFocused(): void;
  /** Open findings shown, per severity and model. */
  openShown: Map<string, number[]>;
}

function Row({ row, active, focus, onFocused, openShown }: RowProps) {
  const t = useT();
  const r = useReplaceT();
  const selected = useStore((s) => row.kind === 'finding' && s.selectedFinding === row.finding.id);
  const select = useStore((s) => s.selectFinding);
  const lang = useStore((s) => s.lang);
  const button = useRef<HTMLButtonElement>(null);
  const id = row.kind === 'finding' ? row.finding.id : undefined;
  useEffect(() => {
    if (id === undefined || id !== focus) return;
    // The virtualiser does the scrolling; the browser's own scroll-into-view would fight it.
    button.current?.focus({ preventScroll: true });
    onFocused();
  }, [id, focus, onFocused]);
  if (row.kind === 'severity') {
    return <h2 className={`sev-head ${row.severity}`}>{t.severityName[row.severity]} <span className="muted">({row.count})</span></h2>;
  }
  if (row.kind === 'model') return <ModelHead model={row.model} severity={row.severity} open={openShown.get(`${row.severity}|${row.model ?? ''}`) ?? []} />;
  const f = row.finding;
  return (
    <div className={`finding-row ${f.severity}`}>
      {/* Ticked for one acknowledgement of several; out of the tab order, which stays one stop for the list. */}
      {f.acknowledgement ? <span className="tick-space" aria-hidden="true" /> : <Tick finding={f} />}
      <button ref={button} className={`finding${selected ? ' selected' : ''}${f.acknowledgement ? ' acked' : ''}`}
        aria-pressed={selected} data-code={f.code} tabIndex={f.id === active ? 0 : -1} onClick={() => void select(f.id)}>
        <span className="title">{findingTitle(f.code, lang)} <span className="code small">{f.code}</span></span>
        <span className="msg">{f.message}</span>
        {f.acknowledgement && <span className="ack-mark" aria-label={t.acknowledgedMark}>✓</span>}
        {!f.acknowledgement && f.reopened && <span className="reopened-mark" data-testid="reopened-mark">{r.reopenedShort}</span>}
      </button>
    </div>
  );
}

function Tick({ finding }: { finding: FindingView }) {
  const r = useReplaceT();
  const lang = useStore((s) => s.lang);
  const checked = useStore((s) => s.checked.includes(finding.id));
  const toggle = useStore((s) => s.toggleChecked);
  return (
    <input type="checkbox" className="tick" tabIndex={-1} checked={checked} onChange={() => toggle(finding.id)}
      aria-label={r.select(`${findingTitle(finding.code, lang)}${finding.model ? ` · ${finding.model}` : ''}`)} />
  );
}

/** A model's heading, with "select all open" when it has more than one finding still open. */
function ModelHead({ severity, model, open }: { severity: Severity; model: string | null; open: number[] }) {
  const t = useT();
  const r = useReplaceT();
  const setChecked = useStore((s) => s.setChecked);
  const checked = useStore((s) => s.checked);
  const name = model ?? t.wholeShipment;
  return (
    <h3 className={`model-head ${severity}`}>
      {name}
      {open.length > 1 && (
        <button className="link small select-group" tabIndex={-1} onClick={() => setChecked([...new Set([...checked, ...open])])}>
          {r.selectGroup(name)}
        </button>
      )}
    </h3>
  );
}
