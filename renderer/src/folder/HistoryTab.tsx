// The folder's audit trail, as the archive keeps it.
import { useEffect } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';

function details(detail: string): string {
  try {
    const d = JSON.parse(detail) as Record<string, unknown>;
    return Object.entries(d)
      .filter(([k, v]) => v !== null && v !== '' && k !== 'sha256')
      .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join(' · ');
  } catch {
    return detail;
  }
}

export function HistoryTab() {
  const t = useT();
  const audit = useStore((s) => s.audit);
  const load = useStore((s) => s.loadAudit);
  useEffect(() => { void load(); }, [load]);
  if (!audit) return <p className="muted">{t.loading}</p>;
  return (
    <div className="history">
      <p className="muted">{t.historyIntro}</p>
      <table className="audit">
        <tbody>
          {audit.map((e) => (
            <tr key={e.seq}>
              <td className="muted">{e.seq}</td>
              <td className="muted nowrap">{e.at.replace('T', ' ').slice(0, 19)}</td>
              <td className="nowrap"><strong>{t.action[e.action] ?? e.action}</strong></td>
              <td>{details(e.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
