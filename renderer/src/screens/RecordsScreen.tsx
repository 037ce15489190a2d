// Archive-wide records: folders due for disposal (retention) and the register of e-customs outages with the paper
// declarations still to be entered electronically.
import { useEffect, useState, type FormEvent } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { call } from '../api.ts';
import type { OutageView, Replies } from '../../../shared/ipc/contract.ts';

export function RecordsScreen() {
  const t = useT();
  const showError = useStore((s) => s.showError);
  const openFolder = useStore((s) => s.openFolder);
  const [retention, setRetention] = useState<Replies['getRetention'] | null>(null);
  const [outages, setOutages] = useState<OutageView[] | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [notice, setNotice] = useState('');
  useEffect(() => {
    void (async () => {
      try {
        setRetention(await call('getRetention', {}));
        setOutages(await call('getOutages', {}));
      } catch (e) {
        showError(e);
      }
    })();
  }, [showError]);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      setOutages(await call('addOutage', { from: from.trim(), ...(to.trim() ? { to: to.trim() } : {}), ...(notice.trim() ? { notice: notice.trim() } : {}) }));
      setFrom(''); setTo(''); setNotice('');
      useStore.setState({ error: null });
    } catch (err) {
      showError(err);
    }
  };
  const due = retention?.folders.filter((f) => f.status === 'due') ?? [];
  const count = (s: string) => retention?.folders.filter((f) => f.status === s).length ?? 0;
  return (
    <section className="records-screen">
      <div className="row gap center">
        <button className="link" onClick={() => useStore.setState({ screen: 'shipments' })}>← {t.back}</button>
        <h1>{t.rec.recordsTitle}</h1>
      </div>
      <section className="card" aria-label={t.rec.due}>
        <h2>{t.rec.due}</h2>
        {retention && <p className="muted">{t.rec.retentionIntro(retention.years, retention.today)} {t.rec.keep}: {count('keep')} · {t.rec.undeclared}: {count('undeclared')}</p>}
        {retention && (due.length === 0 ? <p>{t.rec.noneDue}</p> : (
          <ul>
            {due.map((f) => (
              <li key={f.ref}><button className="link" onClick={() => void openFolder(f.ref)}>{f.ref}</button> · {f.declarationNumber} · {t.rec.keepUntilShort(f.keepUntil!)}</li>
            ))}
          </ul>
        ))}
      </section>
      <section className="card" aria-label={t.rec.outages}>
        <h2>{t.rec.outages}</h2>
        {outages && outages.length === 0 && <p className="muted">{t.rec.noOutages}</p>}
        {outages?.map((o) => (
          <div key={o.id} className="outage" data-testid="outage">
            <p><strong>{t.rec.outageLine(o.from, o.to)}</strong>{o.notice ? ` · ${o.notice}` : ''}</p>
            <ul>
              {o.declarations.map((d) => (
                <li key={d.ref}>
                  <button className="link" onClick={() => void openFolder(d.ref)}>{d.ref}</button>{' '}
                  {d.reentered ? t.rec.doneLine(d.number, d.electronicNumber ?? '')
                    : t.rec.pendingLine(d.number, d.declaredOn, daysSince(d.declaredOn, retention?.today))}
                </li>
              ))}
            </ul>
          </div>
        ))}
        <form className="row gap end wrap" onSubmit={(e) => void add(e)} aria-label={t.rec.addOutage}>
          <label>{t.rec.from}<input value={from} onChange={(e) => setFrom(e.target.value)} maxLength={16} placeholder="2026-11-19 22:00" required /></label>
          <label>{t.rec.to}<input value={to} onChange={(e) => setTo(e.target.value)} maxLength={16} /></label>
          <label>{t.rec.notice}<input value={notice} onChange={(e) => setNotice(e.target.value)} maxLength={500} /></label>
          <button className="primary" type="submit">{t.rec.addOutage}</button>
        </form>
      </section>
    </section>
  );
}

function daysSince(day: string, today: string | undefined): number {
  if (!today) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000);
}
