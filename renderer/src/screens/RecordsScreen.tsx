// Archive-wide records: folders due for disposal (retention) and the register of e-customs outages with the paper
// declarations still to be entered electronically.
import { useEffect, useState, type FormEvent } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { call } from '../api.ts';
import type { OutageView, Replies } from '../../../shared/ipc/contract.ts';
import { useJobsT } from '../i18n/jobs.ts';
import { JobStatus } from '../components/JobStatus.tsx';

export function RecordsScreen() {
  const t = useT();
  const tj = useJobsT();
  const lang = useStore((s) => s.lang);
  const trackJob = useStore((s) => s.trackJob);
  const [verifyJob, setVerifyJob] = useState<number | null>(null);
  const [exportJob, setExportJob] = useState<number | null>(null);
  const running = useStore((s) => [verifyJob, exportJob].some((id) => id !== null && s.jobs[id]?.state === 'running'));
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
  const verify = async () => {
    try {
      const job = await call('verifyArchive', {});
      trackJob(job);
      setVerifyJob(job.id);
    } catch (err) {
      showError(err);
    }
  };
  const exportSet = async (which: 'due' | 'declared') => {
    try {
      const job = await call('exportBags', { which, lang });
      if (!job) return;
      trackJob(job);
      setExportJob(job.id);
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
      <section className="card" aria-label={tj.verify}>
        <h2>{tj.verify}</h2>
        <p className="muted">{tj.verifyIntro}</p>
        <div className="row gap center"><button className="primary" disabled={running} onClick={() => void verify()}>{tj.verify}</button></div>
        {verifyJob !== null && <JobStatus id={verifyJob} />}
      </section>
      <section className="card" aria-label={tj.exportTitle}>
        <h2>{tj.exportTitle}</h2>
        <p className="muted">{tj.exportIntro}</p>
        <div className="row gap center wrap">
          <button disabled={running || due.length === 0} onClick={() => void exportSet('due')}>{tj.exportDue}</button>
          <button disabled={running || (retention?.folders.every((f) => f.status === 'undeclared') ?? true)} onClick={() => void exportSet('declared')}>{tj.exportDeclared}</button>
        </div>
        {exportJob !== null && <JobStatus id={exportJob} />}
      </section>
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
