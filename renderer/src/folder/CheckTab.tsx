import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { FindingList } from './FindingList.tsx';
import { FindingDetail } from './FindingDetail.tsx';

export function CheckTab() {
  const t = useT();
  const hasDocs = useStore((s) => (s.folder?.documents.length ?? 0) > 0);
  const count = useStore((s) => s.folder?.findings.length ?? 0);
  if (!hasDocs) return <p className="muted empty">{t.noDocsYet}</p>;
  if (count === 0) return <p className="ok-text empty">{t.noFindings}</p>;
  return (
    <div className="crosscheck">
      <FindingList />
      <FindingDetail />
    </div>
  );
}
