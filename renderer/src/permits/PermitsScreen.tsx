// The permit register: every permit once, its validity, and per line permitted / used / remaining with the
// folders that drew it. Expiring (30 days) and exhausted or over-drawn lines are flagged.
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { usePermitT } from '../i18n/permits.ts';
import { EXPIRING_DAYS } from '../store/permits.ts';
import type { PermitFlag, PermitView } from '../../../shared/ipc/contract.ts';
import { PermitFlags } from './PermitFlags.tsx';
import { AdjustForm } from './AdjustForm.tsx';

function permitFlags(permit: PermitView): PermitFlag[] {
  const flags: PermitFlag[] = [];
  if (permit.daysLeft !== undefined && permit.daysLeft < 0) flags.push('expired');
  else if (permit.daysLeft !== undefined && permit.daysLeft <= EXPIRING_DAYS) flags.push('expiring');
  if (permit.lines.some((l) => l.remaining !== undefined && l.remaining < 0)) flags.push('overdrawn');
  return flags;
}

export function PermitsScreen() {
  const t = useT();
  const p = usePermitT();
  const permits = useStore((s) => s.permits);
  const expiringOnly = useStore((s) => s.expiringOnly);
  const setExpiringOnly = useStore((s) => s.setExpiringOnly);
  const back = useStore((s) => s.backToList);
  const openFolder = useStore((s) => s.openFolder);
  return (
    <section className="permits">
      <div className="row gap center list-head">
        <button className="link" onClick={back}>← {t.shipments}</button>
        <h1>{p.title}</h1>
        <span className="spacer" />
        <label className="check">
          <input type="checkbox" checked={expiringOnly} onChange={(e) => void setExpiringOnly(e.target.checked)} />
          {p.expiringOnly(EXPIRING_DAYS)}
        </label>
      </div>
      <p className="muted">{p.intro}</p>
      {permits === null && <p className="muted">{t.loading}</p>}
      {permits?.length === 0 && <p className="muted empty">{p.none}</p>}
      {permits?.map((permit) => (
        <article key={permit.number} className="permit card" data-permit={permit.number} aria-label={permit.number}>
          <header className="row gap center">
            <h2>{permit.number}</h2>
            <PermitFlags flags={permitFlags(permit)} />
            <span className="spacer" />
            <span className="muted">{p.direction[permit.direction ?? 'null']}</span>
          </header>
          <p className="muted small">
            {[permit.licensee, permit.issueDate && p.issued(t.day(permit.issueDate)),
              permit.validUntil && permit.daysLeft !== undefined ? p.validUntil(t.day(permit.validUntil), permit.daysLeft) : p.validityUnknown,
              permit.registeredBy && p.registeredBy(permit.registeredBy)].filter(Boolean).join(' · ')}
          </p>
          <table className="permit-lines">
            <thead>
              <tr><th>{p.head.model}</th><th>{p.head.hs}</th><th className="num">{p.head.permitted}</th><th className="num">{p.head.used}</th>
                <th className="num">{p.head.remaining}</th><th>{p.head.drawnBy}</th></tr>
            </thead>
            <tbody>
              {permit.lines.map((l) => {
                const over = l.remaining !== undefined && l.remaining < 0;
                const exhausted = l.remaining === 0;
                return (
                  <tr key={l.model} data-model={l.model} className={over ? 'over' : exhausted ? 'exhausted' : undefined}>
                    <td><strong>{l.model}</strong>{l.name && <div className="muted small">{l.name}</div>}</td>
                    <td>{l.hsCode ?? ''}</td>
                    <td className="num">{l.permitted === undefined ? p.unknownQty : `${p.num(l.permitted)} ${l.unit ?? ''}`}</td>
                    <td className="num" data-testid="used">{p.num(l.used)}</td>
                    <td className="num" data-testid="remaining">
                      {l.remaining === undefined ? p.unknownQty : p.num(l.remaining)} <PermitFlags flags={over ? ['overdrawn'] : exhausted ? ['exhausted'] : []} />
                    </td>
                    <td>
                      {l.shipments.map((s, i) => (
                        <span key={s.ref}>{i > 0 && ', '}<button className="link" onClick={() => void openFolder(s.ref)}>{s.ref}</button> ({p.num(s.quantity)})</span>
                      ))}
                      {l.notCounted.map((n) => <div key={n.ref} className="muted small">{p.notCounted(n.ref, n.quantity, n.unit)}</div>)}
                      {l.adjustments.map((a, i) => <div key={i} className="muted small">{p.adjusted(a.quantity, a.note)}</div>)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {permit.cancelled.map((c) => <p key={c.ref} className="muted small">{p.cancelled(c.ref, c.note)}</p>)}
          <AdjustForm permit={permit} />
        </article>
      ))}
    </section>
  );
}
