// What is at stake: the rule a finding is about and the sanction, under the regime of the list applied.
import type { FindingView } from '../../../shared/ipc/contract.ts';
import { useLawT } from '../i18n/law.ts';

export function LegalBasis({ finding }: { finding: Pick<FindingView, 'legalBasis'> }) {
  const t = useLawT();
  const b = finding.legalBasis;
  if (!b) return <p className="legal-basis muted small">{t.noLegalBasis}</p>;
  return (
    <section className="legal-basis" aria-label={t.legalBasis}>
      <h3>{t.legalBasis}</h3>
      <p>{b.text}</p>
      {b.penalty && <p><strong>{t.penalty}:</strong> {b.penalty}</p>}
      {!b.verified && <p className="unverified">{t.unverified}</p>}
      <p className="muted small">{t.source}: {b.source}</p>
    </section>
  );
}
