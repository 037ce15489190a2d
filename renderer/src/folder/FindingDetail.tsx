import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { SourcePanels } from './SourcePanels.tsx';
import { AckForm } from './AckForm.tsx';
import { LegalBasis } from './LegalBasis.tsx';

export function FindingDetail() {
  const t = useT();
  const finding = useStore((s) => s.folder?.findings.find((f) => f.id === s.selectedFinding));
  if (!finding) return <div className="finding-detail muted">{t.selectFinding}</div>;
  return (
    <div className="finding-detail" aria-label={finding.code}>
      <p className={`sev-line ${finding.severity}`}><span className="code">{finding.code}</span>{finding.model && <strong> · {finding.model}</strong>}</p>
      <p className="message" data-testid="finding-message">{finding.message}</p>
      <LegalBasis finding={finding} />
      <SourcePanels />
      <AckForm key={finding.id} finding={finding} />
    </div>
  );
}
