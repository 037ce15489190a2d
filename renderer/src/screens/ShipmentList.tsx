// Virtualised: only the rows in view are in the DOM, and only their pages are fetched.
import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useStore } from '../store/index.ts';
import { PAGE } from '../store/shipments.ts';
import { useT } from '../i18n/index.ts';
import { localDay } from '../i18n/dates.ts';
import { Counts } from '../components/Counts.tsx';
import { usePlanT } from '../i18n/plan.ts';
import type { RowPlan, ShipmentRow } from '../../../shared/ipc/contract.ts';
import { useJobsT } from '../i18n/jobs.ts';
import { useFolderStatusT } from '../i18n/folder-status.ts';
import { useFindT } from '../i18n/find.ts';
import { Marked } from '../components/Marked.tsx';

/** The file-by cell: the day, and a flag for folders late or due within 2 working days. */
function FileBy({ plan, direction }: { plan?: RowPlan; direction: 'import' | 'export' }) {
  const t = usePlanT();
  if (!plan) return <span />;
  if (plan.flag === 'no_date') return <span className="muted small">{direction === 'export' ? t.noEtd : t.flag.no_date}</span>;
  if (plan.flag === 'not_needed' || plan.flag === 'received') return <span className="muted small">{t.flag[plan.flag]}</span>;
  const flag = plan.flag === 'late' ? t.flagLate(plan.lateBy) : plan.flag === 'due' ? t.flagDue(plan.daysLeft) : null;
  return (
    <span className="file-by">
      {plan.fileBy ? t.day(plan.fileBy) : ''}
      {flag && <span className={`plan-flag ${plan.flag}`}>{flag}</span>}
    </span>
  );
}
import { PermitFlags } from '../permits/PermitFlags.tsx';

/** The keep-until cell: the day a declared folder must be kept until, flagged once it has passed (it may be disposed of). */
function KeepUntil({ row }: { row: ShipmentRow }) {
  const t = useT();
  const tj = useJobsT();
  if (!row.keepUntil) return <span />;
  return (
    <span className="keep-until" data-testid="row-keep-until">
      {t.day(row.keepUntil)}
      {row.retentionDue && <span className="plan-flag late">{tj.due}</span>}
    </span>
  );
}

const ROW = 44;
/** With a search, each row has a second line: where the folder matched. */
const ROW_FOUND = 64;

/** Why the folder matched: the field and its text, the matching words marked; or the fields the words are spread over. */
function FoundIn({ match }: { match: NonNullable<ShipmentRow['match']> }) {
  const tf = useFindT();
  if ('fields' in match) {
    return <span className="found-in muted" data-testid="found-in">{tf.spread(match.fields.map((f) => tf.foundIn[f]))}</span>;
  }
  return (
    <span className="found-in" data-testid="found-in">
      <span className="found-field">{tf.foundIn[match.field]}:</span> <Marked text={match.text} marks={match.marks} />
    </span>
  );
}

export function ShipmentList() {
  const t = useT();
  const tp = usePlanT();
  const tj = useJobsT();
  const total = useStore((s) => s.total);
  const pages = useStore((s) => s.pages);
  const query = useStore((s) => s.query);
  const filtered = useStore((s) => s.statusFilter !== null);
  const ts = useFolderStatusT();
  const ensurePage = useStore((s) => s.ensurePage);
  const openFolder = useStore((s) => s.openFolder);
  const scroller = useRef<HTMLDivElement>(null);
  const height = query ? ROW_FOUND : ROW;
  const virtual = useVirtualizer({ count: total ?? 0, getScrollElement: () => scroller.current, estimateSize: () => height, overscan: 12 });
  // The rows change height with the search: the virtualiser measures again.
  useEffect(() => virtual.measure(), [height, virtual]);
  const items = virtual.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    for (let p = Math.floor(first / PAGE); p <= Math.floor(last / PAGE); p++) void ensurePage(p);
  }, [first, last, ensurePage]);

  if (total === 0) return <p className="muted empty">{query ? t.noMatches : filtered ? ts.noneWithStatus : t.noShipments}</p>;
  return (
    <div className="table-list">
      <div className="list-row head" role="presentation">
        <span>{t.reference}</span><span>{t.direction}</span><span>{t.eta}</span><span>{tp.fileByColumn}</span><span>{t.status}</span><span>{tj.keepUntil}</span><span>{t.created}</span><span />
      </div>
      <div ref={scroller} className="scroller" role="list" aria-label={t.shipments}>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {items.map((v) => {
            const row = pages[Math.floor(v.index / PAGE)]?.[v.index % PAGE];
            return (
              <div key={v.key} role="listitem" className="list-row" style={{ position: 'absolute', top: 0, left: 0, right: 0, height, transform: `translateY(${v.start}px)` }}>
                {row ? (
                  <button className={`row-button${query ? ' with-found' : ''}`} onClick={() => void openFolder(row.ref)}>
                    <span className="ref">
                      {row.match && 'field' in row.match && row.match.field === 'ref' ? <Marked text={row.ref} marks={row.match.marks} /> : row.ref}
                      <PermitFlags flags={row.permitFlags} />
                    </span>
                    <span>{t.directionName[row.direction]}</span>
                    <span>{row.eta ? t.day(row.eta) : ''}</span>
                    <FileBy plan={row.plan} direction={row.direction} />
                    <span className={`status ${row.status}`} data-testid="row-status">{t.statusName[row.status]}</span>
                    <KeepUntil row={row} />
                    <span className="muted">{t.day(localDay(row.createdAt))}</span>
                    <Counts errors={row.errors} warnings={row.warnings} infos={row.infos} />
                    {row.match && !('field' in row.match && row.match.field === 'ref') && <FoundIn match={row.match} />}
                  </button>
                ) : <span className="muted">{t.loading}</span>}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
