import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { SourcePanels } from './SourcePanels.tsx';
import { AckForm, ReopenedNote } from './AckForm.tsx';
import { LegalBasis } from './LegalBasis.tsx';
import { findingTitle } from '../i18n/finding-titles.ts';

export function FindingDetail() {
  const t = useT();
  const finding = useStore((s) => s.folder?.findings.find((f) => f.id === s.selectedFinding));
  const lang = useStore((s) => s.lang);
  if (!finding) return <div className="finding-detail muted">{t.selectFinding}</div>;
  return (
    <div className="finding-detail" aria-label={finding.code}>
      <h2 className={`sev-line ${finding.severity}`}>{findingTitle(finding.code, lang)}{finding.model && <strong> · {finding.model}</strong>} <span className="code small">{finding.code}</span></h2>
      <p className="message" data-testid="finding-message">{finding.message}</p>
      <ReopenedNote finding={finding} />
      <LegalBasis finding={finding} />
      <SourcePanels />
      <AckForm key={finding.id} finding={finding} />
    </div>
  );
}
