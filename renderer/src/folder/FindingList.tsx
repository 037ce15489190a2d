// Virtualised: a 10,000-line shipment can carry tens of thousands of findings.
import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { findingRows, type FindingRow } from './group-findings.ts';

export function FindingList() {
  const t = useT();
  const findings = useStore((s) => s.folder!.findings);
  const rows = useMemo(() => findingRows(findings), [findings]);
  const scroller = useRef<HTMLElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i].kind === 'finding' ? 64 : rows[i].kind === 'model' ? 28 : 40),
    overscan: 8,
  });
  return (
    <nav ref={scroller} className="finding-list" aria-label={t.tabCheck(findings.length)}>
      <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((v) => (
          <div key={v.key} data-index={v.index} ref={virtual.measureElement} className="vrow"
            style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${v.start}px)` }}>
            <Row row={rows[v.index]} />
          </div>
        ))}
      </div>
    </nav>
  );
}

function Row({ row }: { row: FindingRow }) {
  const t = useT();
  const selected = useStore((s) => row.kind === 'finding' && s.selectedFinding === row.finding.id);
  const select = useStore((s) => s.selectFinding);
  if (row.kind === 'severity') {
    return <h2 className={`sev-head ${row.severity}`}>{t.severityName[row.severity]} <span className="muted">({row.count})</span></h2>;
  }
  if (row.kind === 'model') return <h3 className={`model-head ${row.severity}`}>{row.model ?? t.wholeShipment}</h3>;
  const f = row.finding;
  return (
    <div className={`finding-row ${f.severity}`}>
      <button className={`finding${selected ? ' selected' : ''}${f.acknowledgement ? ' acked' : ''}`}
        aria-pressed={selected} data-code={f.code} onClick={() => void select(f.id)}>
        <span className="code">{f.code}</span>
        <span className="msg">{f.message}</span>
        {f.acknowledgement && <span className="ack-mark" aria-label="acknowledged">✓</span>}
      </button>
    </div>
  );
}
