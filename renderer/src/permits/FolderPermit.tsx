// In a folder: which permit of the register it is checked against, or "use a registered permit" instead of a file.
import { useEffect, useState } from 'react';
import { useStore } from '../store/index.ts';
import { usePermitT } from '../i18n/permits.ts';
import { PermitFlags } from './PermitFlags.tsx';

export function FolderPermit() {
  const p = usePermitT();
  const folder = useStore((s) => s.folder);
  const permits = useStore((s) => s.permits);
  const loadPermits = useStore((s) => s.loadPermits);
  const usePermit = useStore((s) => s.usePermit);
  const hasPermitFile = folder?.documents.some((d) => d.role === 'permit') ?? false;
  const linked = folder?.folderPermit;
  const [choice, setChoice] = useState('');
  useEffect(() => { if (!linked && !hasPermitFile) void loadPermits(); }, [linked, hasPermitFile, loadPermits]);
  if (!folder) return null;
  if (linked) {
    return (
      <div className="folder-permit row gap center" data-testid="folder-permit">
        <strong>{p.folderPermit}:</strong>
        <span>{p.usesPermit(linked.number, linked.via)}</span>
        {linked.cancelled && <span className="muted">{p.cancelledFolder}</span>}
        <PermitFlags flags={linked.overdrawn ? ['overdrawn'] : []} />
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
