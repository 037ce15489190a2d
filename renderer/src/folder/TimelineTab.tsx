// The folder's permit timeline: the dates planned back from the ETA (ETD for an export), today's position,
// what to do next, the dates recorded (filed, sent back, filed again, permit received) and the swap days.
import { useEffect, useState } from 'react';
import type { PlanView, SwapDayView } from '../../../shared/ipc/contract.ts';
import { call } from '../api.ts';
import { useStore } from '../store/index.ts';
import { usePlanT } from '../i18n/plan.ts';
import { DayField } from '../components/DayField.tsx';
import { readDay } from '../components/read-day.ts';
import { usePlan } from './use-plan.ts';

type EventKind = 'filed' | 'returned' | 'resubmitted' | 'permit_received';
const KINDS: EventKind[] = ['filed', 'returned', 'resubmitted', 'permit_received'];

interface Mark { key: string; day: string; label: string; kind: 'plan' | 'done' | 'today' | 'anchor' }

function marks(p: PlanView, t: ReturnType<typeof usePlanT>): Mark[] {
  const out: Mark[] = [];
  if (p.plan) {
    out.push({ key: 'file_by', day: p.plan.file_by, label: t.fileBy, kind: 'plan' });
    out.push({ key: 'needed', day: p.plan.permit_needed_by, label: t.permitNeededBy, kind: 'plan' });
    out.push({ key: 'anchor', day: p.plan.eta, label: t.anchor[p.anchor], kind: 'anchor' });
    if (p.plan.expected_approval) out.push({ key: 'expected', day: p.plan.expected_approval, label: t.expectedApproval, kind: 'plan' });
  }
  if (p.dates.filed) out.push({ key: 'filed', day: p.dates.filed, label: t.filed, kind: 'done' });
  if (p.dates.returned) out.push({ key: 'returned', day: p.dates.returned, label: t.returned, kind: 'done' });
  if (p.dates.resubmitted) out.push({ key: 'resubmitted', day: p.dates.resubmitted, label: t.resubmitted, kind: 'done' });
  if (p.dates.permitReceived) out.push({ key: 'received', day: p.dates.permitReceived, label: t.permitReceived, kind: 'done' });
  out.push({ key: 'today', day: p.today, label: t.today, kind: 'today' });
  return out.sort((a, b) => a.day.localeCompare(b.day));
}

const dayNo = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

export function TimelineTab() {
  const t = usePlanT();
  const folder = useStore((s) => s.folder!);
  const lang = useStore((s) => s.lang);
  const showError = useStore((s) => s.showError);
  const { plan, setPlan, reload } = usePlan();
  const [kind, setKind] = useState<EventKind>('filed');
  const [day, setDay] = useState('');
  const [tried, setTried] = useState(false);
  const refreshFolder = useStore((s) => s.refreshFolder);
  const [anchorText, setAnchorText] = useState('');
  const [anchorTried, setAnchorTried] = useState(false);

  async function saveAnchor() {
    setAnchorTried(true);
    const r = readDay(anchorText);
    if (r.kind !== 'day') return;
    try {
      await call('setEta', { ref: folder.ref, eta: r.iso });
      setAnchorText('');
      setAnchorTried(false);
      await refreshFolder();
    } catch (e) {
      showError(e);
    }
  }

  async function record() {
    setTried(true);
    const r = readDay(day);
    if (r.kind !== 'day') return;
    try {
      setPlan(await call('addPlanEvent', { ref: folder.ref, kind, day: r.iso, lang }));
      setDay('');
      setTried(false);
    } catch (e) {
      showError(e);
    }
  }

  if (!plan) return <p className="muted">…</p>;
  const ms = marks(plan, t);
  const first = dayNo(ms[0].day);
  const span = Math.max(1, dayNo(ms[ms.length - 1].day) - first);
  return (
    <div className="timeline" data-testid="timeline">
      <p className="muted">{plan.anchor === 'etd' ? t.etdIntro : t.timelineIntro}</p>
      <div className={`next-action ${plan.flag}`} role="status">
        <span className={`plan-flag ${plan.flag}`}>{t.flag[plan.flag]}</span>
        <strong>{plan.nextAction}</strong>
      </div>
      {plan.estimatedNote && <p className="warn-text small">{plan.estimatedNote}</p>}
      {plan.plan && (
        <>
          <div className="track" aria-hidden>
            {ms.map((m, i) => (
              <div key={m.key} className={`mark ${m.kind}`} style={{ left: `${((dayNo(m.day) - first) / span) * 100}%` }}>
                <span className={`mark-label ${i % 2 ? 'below' : 'above'}`}>{m.label}<br />{t.day(m.day)}</span>
              </div>
            ))}
          </div>
          <table className="plan-dates">
            <tbody>
              {ms.map((m) => (
                <tr key={m.key} className={m.kind}><th scope="row">{m.label}</th><td>{t.day(m.day)}</td></tr>
              ))}
            </tbody>
          </table>
          {plan.daysOff.length > 0 && (
            <p className="small" data-testid="days-off">
              <strong>{t.daysOff}</strong> {plan.daysOff.map((d) => `${t.day(d.date)}${d.name ? ` ${d.name}` : ''}${d.estimated ? ` (${t.estimated})` : ''}`).join(' · ')}
            </p>
          )}
        </>
      )}
      <div className="row gap end anchor-field">
        <DayField label={plan.plan ? t.changeAnchor[plan.anchor] : t.setAnchor[plan.anchor]} value={anchorText} onChange={setAnchorText} reveal={anchorTried} />
        <button onClick={() => void saveAnchor()}>{t.saveAnchor}</button>
      </div>
      {plan.permitNeeded !== 'no' && (
        <fieldset className="record">
          <legend>{t.record}</legend>
          <p className="muted small">{t.recordHint}</p>
          <div className="row gap end">
            <label>{t.what}
              <select value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
                {KINDS.map((k) => <option key={k} value={k}>{t.eventKind[k]}</option>)}
              </select>
            </label>
            <DayField label={t.eventDay} value={day} onChange={setDay} reveal={tried} />
            <button className="primary" onClick={() => void record()}>{t.save}</button>
          </div>
        </fieldset>
      )}
      <h3>{t.events}</h3>
      {plan.events.length === 0 ? <p className="muted">{t.noEvents}</p> : (
        <ul className="events">{plan.events.map((e) => <li key={e.id}>{t.day(e.day)} — {t.eventKind[e.kind]}</li>)}</ul>
      )}
      <SwapDays onChange={reload} />
    </div>
  );
}

function SwapDays({ onChange }: { onChange(): void }) {
  const t = usePlanT();
  const showError = useStore((s) => s.showError);
  const [days, setDays] = useState<SwapDayView[] | null>(null);
  const [day, setDay] = useState('');
  const [kind, setKind] = useState<'off' | 'work'>('off');
  const [tried, setTried] = useState(false);
  useEffect(() => { call('getSwapDays', {}).then(setDays, showError); }, [showError]);
  async function change(d: string, k: 'off' | 'work' | null) {
    try {
      setDays(await call('setSwapDay', { day: d, kind: k }));
      onChange();
    } catch (e) {
      showError(e);
    }
  }
  return (
    <section className="swap-days">
      <h3>{t.swapDays}</h3>
      <p className="muted small">{t.swapIntro}</p>
      {days && days.length === 0 && <p className="muted small">{t.noSwaps}</p>}
      <ul className="events">
        {days?.map((d) => (
          <li key={d.day}>{t.day(d.day)} — {t.swapKind[d.kind]} <button className="link" onClick={() => void change(d.day, null)}>{t.removeSwap}</button></li>
        ))}
      </ul>
      <div className="row gap end">
        <select value={kind} onChange={(e) => setKind(e.target.value as 'off' | 'work')} aria-label={t.swapDays}>
          <option value="off">{t.swapKind.off}</option>
          <option value="work">{t.swapKind.work}</option>
        </select>
        <DayField label={t.eventDay} value={day} onChange={setDay} reveal={tried} />
        <button onClick={() => { setTried(true); const r = readDay(day); if (r.kind === 'day') { void change(r.iso, kind); setDay(''); setTried(false); } }}>{t.addSwap}</button>
      </div>
    </section>
  );
}
