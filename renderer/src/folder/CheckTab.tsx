import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { FindingList } from './FindingList.tsx';
import { FindingDetail } from './FindingDetail.tsx';
import { ReportBar } from './ReportBar.tsx';
import { RecheckPanel } from './RecheckPanel.tsx';
import { GroupAck } from './GroupAck.tsx';
import { FindingFilterBar } from './FindingFilterBar.tsx';

export function CheckTab() {
  const t = useT();
  const hasDocs = useStore((s) => (s.folder?.documents.length ?? 0) > 0);
  const count = useStore((s) => s.folder?.findings.length ?? 0);
  if (!hasDocs) return <p className="muted empty">{t.noDocsYet}</p>;
  // The report and the re-check are shown above the findings (a shipment with none still gets its report) but
  // come after them in the page, so Tab from the tabs still lands on the first finding.
  return (
    <div className="check-tab">
      {count === 0 ? <p className="ok-text empty">{t.noFindings}</p> : (
        <div className="crosscheck">
          <div className="finding-col">
            <GroupAck />
            <FindingList />
            {/* Shown above the list (CSS order) but after it in the page: Tab from the tabs lands on the first finding. */}
            <FindingFilterBar />
          </div>
          <FindingDetail />
        </div>
      )}
      <ReportBar />
      <RecheckPanel />
    </div>
  );
}
