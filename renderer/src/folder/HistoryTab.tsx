// The folder's audit trail, as the archive keeps it.
import { useEffect } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { auditSentence } from './audit-sentence.ts';
import { VersionsList } from './VersionsList.tsx';

export function HistoryTab() {
  const t = useT();
  const audit = useStore((s) => s.audit);
  const load = useStore((s) => s.loadAudit);
  useEffect(() => { void load(); }, [load]);
  if (!audit) return <p className="muted">{t.loading}</p>;
  return (
    <div className="history">
      <VersionsList />
      <p className="muted">{t.historyIntro}</p>
      <table className="audit">
        <tbody>
          {audit.map((e) => (
            <tr key={e.seq}>
              <td className="muted">{e.seq}</td>
              <td className="muted nowrap">{t.moment(e.at, true)}</td>
              <td className="nowrap"><strong>{t.action[e.action] ?? e.action}</strong></td>
              <td className="said">{auditSentence(e.action, e.detail, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
