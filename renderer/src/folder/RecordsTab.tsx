// The folder's customs declaration, its keep-until, the paper declaration's re-entry, the BagIt export and
// deletion (refused by the archive before keep-until: its sentence shows in the error banner).
import { useRef, useState, type FormEvent } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { call } from '../api.ts';
import { DayField } from '../components/DayField.tsx';
import { readDay } from '../components/read-day.ts';
import { JobStatus } from '../components/JobStatus.tsx';
import { useFolderStatusT } from '../i18n/folder-status.ts';

export function RecordsTab() {
  const t = useT();
  const ts = useFolderStatusT();
  const folder = useStore((s) => s.folder);
  const declareAsked = useStore((s) => s.declareAsked);
  const lang = useStore((s) => s.lang);
  const showError = useStore((s) => s.showError);
  const back = useStore((s) => s.backToList);
  const reset = useStore((s) => s.resetShipments);
  const d = folder?.declaration;
  const [number, setNumber] = useState(d?.number ?? '');
  const [date, setDate] = useState(d ? d.declaredOn.split('-').reverse().join('/') : '');
  const [office, setOffice] = useState(d?.office ?? '');
  const [paper, setPaper] = useState(d?.paper ?? false);
  const [submitted, setSubmitted] = useState(false);
  const [electronic, setElectronic] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [exportJob, setExportJob] = useState<number | null>(null);
  const trackJob = useStore((s) => s.trackJob);
  const exporting = useStore((s) => exportJob !== null && s.jobs[exportJob]?.state === 'running');
  const dateInput = useRef<HTMLInputElement>(null);
  if (!folder) return null;

  const declare = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const day = readDay(date);
    if (day.kind !== 'day') { dateInput.current?.focus(); return; }
    try {
      const next = await call('declareShipment', { ref: folder.ref, number: number.trim(), date: day.iso, paper, lang, ...(office.trim() ? { office: office.trim() } : {}) });
      useStore.setState({ folder: next, error: null, declareAsked: false, audit: null });
      setSubmitted(false);
    } catch (err) {
      showError(err);
    }
  };
  const reenter = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await call('resolveOutage', { ref: folder.ref, number: electronic.trim() });
      useStore.setState({ folder: await call('getShipment', { ref: folder.ref, lang }), error: null });
      setElectronic('');
    } catch (err) {
      showError(err);
    }
  };
  const exportBag = async () => {
    try {
      // In the archive worker, with progress: the window keeps answering while the bag is written.
      const job = await call('exportBags', { refs: [folder.ref], lang });
      if (!job) return;
      trackJob(job);
      setExportJob(job.id);
    } catch (err) {
      showError(err);
    }
  };
  const remove = async () => {
    setConfirming(false);
    try {
      await call('deleteShipment', { ref: folder.ref });
      back();
      reset();
    } catch (err) {
      showError(err);
    }
  };

  return (
    <div className="records">
      <section className="card" aria-label={t.rec.declaration}>
        <h2>{t.rec.declaration}</h2>
        {d ? (
          <div data-testid="declaration">
            <p><strong>{t.rec.declared(d.number, d.declaredOn, d.office)}</strong></p>
            <p>{t.rec.keepUntil(d.keepUntil, yearsBetween(d.declaredOn, d.keepUntil))}</p>
            {d.paper && <p>{t.rec.onPaper} · {d.electronicNumber ? t.rec.reentered(d.electronicNumber) : t.rec.notReentered}</p>}
          </div>
        ) : <p className="muted">{t.rec.notDeclared}</p>}
        {!d && declareAsked && <p className="declare-first" role="status" data-testid="declare-first">{ts.declareFirst}</p>}
        <form className="row gap end wrap" onSubmit={(e) => void declare(e)} aria-label={t.rec.save}>
          <label>{t.rec.number}<input value={number} onChange={(e) => setNumber(e.target.value)} maxLength={60} required
            autoFocus={declareAsked && !d} /></label>
          <DayField label={t.rec.date} value={date} onChange={setDate} reveal={submitted} inputRef={dateInput} />
          <label>{t.rec.office}<input value={office} onChange={(e) => setOffice(e.target.value)} maxLength={40} size={8} /></label>
          <label className="row gap center"><input type="checkbox" checked={paper} onChange={(e) => setPaper(e.target.checked)} />{t.rec.paper}</label>
          <button className="primary" type="submit">{t.rec.save}</button>
        </form>
        {d?.paper && !d.electronicNumber && (
          <form className="row gap end" onSubmit={(e) => void reenter(e)} aria-label={t.rec.recordReentry}>
            <label>{t.rec.electronicNumber}<input value={electronic} onChange={(e) => setElectronic(e.target.value)} maxLength={60} required /></label>
            <button type="submit">{t.rec.recordReentry}</button>
          </form>
        )}
      </section>
      <section className="row gap center">
        <button disabled={exporting} onClick={() => void exportBag()}>{t.rec.exportBag}</button>
        <span className="spacer" />
        {confirming ? (
          <span className="row gap center" role="alertdialog" aria-label={t.rec.deleteFolder}>
            <span>{t.rec.confirmDelete(folder.ref)}</span>
            <button className="danger" onClick={() => void remove()}>{t.rec.confirm}</button>
            <button onClick={() => setConfirming(false)}>{t.rec.cancel}</button>
          </span>
        ) : <button className="danger" onClick={() => setConfirming(true)}>{t.rec.deleteFolder}</button>}
      </section>
      {exportJob !== null && <JobStatus id={exportJob} />}
    </div>
  );
}

function yearsBetween(from: string, to: string): number {
  return Number(to.slice(0, 4)) - Number(from.slice(0, 4));
}
