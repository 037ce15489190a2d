// In a folder: which permit of the register it is checked against (and its over-drawn lines), cancelling the
// folder's draw with a reason, or "use a registered permit" instead of a file.
// A cancellation is final, as a cancelled customs declaration is: a shipment that goes ahead after all is a new
// folder (or a manual adjustment, for goods declared elsewhere), so the audit trail never has a draw come back.
import { useEffect, useState } from 'react';
import { useStore } from '../store/index.ts';
import { usePermitT } from '../i18n/permits.ts';
import { useT } from '../i18n/index.ts';
import { PermitFlags } from './PermitFlags.tsx';

export function FolderPermit() {
  const p = usePermitT();
  const folder = useStore((s) => s.folder);
  const permits = useStore((s) => s.permits);
  const loadPermits = useStore((s) => s.loadPermits);
  const usePermit = useStore((s) => s.usePermit);
  const cancelDraw = useStore((s) => s.cancelDraw);
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const hasPermitFile = folder?.documents.some((d) => d.role === 'permit') ?? false;
  const linked = folder?.folderPermit;
  const [choice, setChoice] = useState('');
  useEffect(() => { if (!linked && !hasPermitFile) void loadPermits(); }, [linked, hasPermitFile, loadPermits]);
  if (!folder) return null;
  if (linked) {
    return (
      <div className="folder-permit" data-testid="folder-permit">
        <div className="row gap center">
          <strong>{p.folderPermit}:</strong>
          <span>{p.usesPermit(linked.number, linked.via)}</span>
          {linked.cancelled && <span className="muted" data-testid="cancelled">{p.cancelledOn(t.day(linked.cancelledAt?.slice(0, 10) ?? ''), linked.cancelNote ?? '')}</span>}
          <PermitFlags flags={!linked.cancelled && (linked.overdrawn || linked.shortLines.length > 0) ? ['overdrawn'] : []} />
          <span className="spacer" />
          {!linked.cancelled && !confirming && (
            <button className="danger" onClick={() => setConfirming(true)}>{p.cancelDraw}</button>
          )}
        </div>
        {linked.shortLines.length > 0 && (
          <div className="short-lines small" data-testid="short-lines">
          {p.shortHead}
          <ul>
            {linked.shortLines.map((l) => (
              <li key={l.model}>{p.shortLine(l.model, l.permitted, l.used, -l.remaining, l.unit ?? '')}</li>
            ))}
          </ul>
          </div>
        )}
        {confirming && (
          <form className="cancel-draw" role="alertdialog" aria-label={p.cancelDraw}
            onSubmit={(e) => { e.preventDefault(); void cancelDraw(note).then((done) => { if (done) { setConfirming(false); setNote(''); } }); }}>
            <p>{p.cancelExplain(folder.ref, linked.number)}</p>
            <label>{p.cancelReason}
              <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} required rows={2} autoFocus />
            </label>
            <span className="row gap center">
              <button type="submit" className="danger" disabled={note.trim() === ''}>{p.confirmCancel}</button>
              <button type="button" onClick={() => setConfirming(false)}>{p.keepDraw}</button>
            </span>
          </form>
        )}
      </div>
    );
  }
  if (hasPermitFile) return null;
  const numbers = permits?.map((x) => x.number) ?? [];
  const chosen = choice || numbers[0] || '';
  return (
    <form className="folder-permit use-registered" data-testid="use-registered-permit"
      onSubmit={(e) => { e.preventDefault(); if (chosen) void usePermit(chosen); }}>
      <strong>{p.useRegistered}</strong>
      <span className="muted small">{p.useRegisteredHint}</span>
      {numbers.length === 0 ? <span className="muted">{p.noRegistered}</span> : (
        <span className="row gap center">
          <label className="row gap center">{p.choosePermit}
            <select value={chosen} onChange={(e) => setChoice(e.target.value)}>
              {numbers.map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          </label>
          <button type="submit">{p.use}</button>
        </span>
      )}
    </form>
  );
}
