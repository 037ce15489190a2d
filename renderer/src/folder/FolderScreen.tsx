import { useEffect } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { Counts } from '../components/Counts.tsx';
import { DocumentsTab } from './DocumentsTab.tsx';
import { CheckTab } from './CheckTab.tsx';
import { ChecklistTab } from './ChecklistTab.tsx';
import { HistoryTab } from './HistoryTab.tsx';
import { TimelineTab } from './TimelineTab.tsx';
import { Form07Tab } from './Form07Tab.tsx';
import { usePlanT } from '../i18n/plan.ts';
import { RecordsTab } from './RecordsTab.tsx';
import type { FolderTab } from '../store/folder.ts';
import { useLawT } from '../i18n/law.ts';
import { FolderStatusControl } from './FolderStatusControl.tsx';

/** Where work goes on in a folder just opened: its findings, else adding documents. */
function focusWork() {
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>('.tab-body button.finding[tabindex="0"], .tab-body .finding-list[tabindex="0"], .tab-body [data-autofocus]');
    target?.focus({ preventScroll: true });
  });
}

export function FolderScreen() {
  const t = useT();
  const tp = usePlanT();
  const folder = useStore((s) => s.folder);
  const tab = useStore((s) => s.tab);
  const setTab = useStore((s) => s.setTab);
  const back = useStore((s) => s.backToList);
  const law = useLawT();
  const ref = folder?.ref;
  useEffect(() => { if (ref) focusWork(); }, [ref]);
  if (!folder) return null;
  // One count everywhere: every finding of the last check (the list, this header and the tab say the same number);
  // how many of them are acknowledged is said beside it, not subtracted from one place only.
  const total = folder.summary.errors + folder.summary.warnings + folder.summary.infos;
  const acked = folder.findings.filter((f) => f.acknowledgement).length;
  const tabs: [FolderTab, string][] = [['documents', t.tabDocuments], ['check', t.tabCheck(total)], ['checklist', t.tabChecklist], ['timeline', tp.tabTimeline], ['form07', tp.form07], ['history', t.tabHistory], ['records', t.rec.tab]];
  return (
    <section className="folder">
      <div className="row gap center folder-head">
        <button className="link" onClick={back}>← {t.back}</button>
        <h1>{folder.ref}</h1>
        <span className="muted">{t.directionName[folder.direction]}{folder.eta ? ` · ${t.etaSet(folder.eta)}` : ''}</span>
        <FolderStatusControl />
        {folder.declaration && <span className="muted" data-testid="keep-until">{t.rec.keepUntilShort(folder.declaration.keepUntil)}</span>}
        <span className="spacer" />
        {folder.documents.length > 0 && <span className="muted">{t.checkedOn(folder.checkDate, folder.controlledListId)}</span>}
        {folder.documents.length > 0 && folder.controlledList?.provisional && (
          <span className="provisional-badge" title={law.provisionalHint}>{law.provisional}</span>
        )}
        <Counts errors={folder.summary.errors} warnings={folder.summary.warnings} infos={folder.summary.infos} />
        {acked > 0 && <span className="muted small" data-testid="acked-count">{t.ackedOf(acked, total)}</span>}
      </div>
      <div className="tabs" role="tablist">
        {tabs.map(([id, label]) => (
          <button key={id} role="tab" aria-selected={tab === id} className={tab === id ? 'tab active' : 'tab'} onClick={() => setTab(id)}>{label}</button>
        ))}
      </div>
      <div className="tab-body" role="tabpanel">
        {tab === 'documents' && <DocumentsTab />}
        {tab === 'check' && <CheckTab />}
        {tab === 'checklist' && <ChecklistTab />}
        {tab === 'timeline' && <TimelineTab />}
        {tab === 'form07' && <Form07Tab />}
        {tab === 'history' && <HistoryTab />}
        {tab === 'records' && <RecordsTab />}
      </div>
    </section>
  );
}
