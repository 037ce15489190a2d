// "Re-check under another list": the folder's documents checked again under a list the user picks, nothing
// stored; shows the findings that would appear (an old permit's goods now controlled) and those that would go
// (an item that no longer needs a permit), each with its legal basis.
import { useEffect, useState } from 'react';
import type { ControlledListInfo, FindingView, RecheckView } from '../../../shared/ipc/contract.ts';
import { call } from '../api.ts';
import { useStore } from '../store/index.ts';
import { useLawT } from '../i18n/law.ts';
import { LegalBasis } from './LegalBasis.tsx';

function Item({ f }: { f: Omit<FindingView, 'id'> }) {
  return (
    <li className={`recheck-item ${f.severity}`}>
      <span className="code">{f.code}</span> {f.message}
      <LegalBasis finding={f} />
    </li>
  );
}

export function RecheckPanel() {
  const t = useLawT();
  const ref = useStore((s) => s.folder?.ref);
  const current = useStore((s) => s.folder?.controlledListId);
  const lang = useStore((s) => s.lang);
  const showError = useStore((s) => s.showError);
  const [lists, setLists] = useState<ControlledListInfo[]>([]);
  const [pick, setPick] = useState('');
  const [result, setResult] = useState<RecheckView | null>(null);
  // The list last re-checked under: its result is fetched again when the app's language changes.
  const [ran, setRan] = useState<string | null>(null);
  useEffect(() => {
    void call('listControlledLists', {}).then((answer) => {
      // A stand-in API (tests, an older main process) may answer nothing: no lists to offer, not a crash.
      const l = answer ?? [];
      setLists(l);
      setPick((p) => p || (l.find((x) => x.id !== current)?.id ?? l[0]?.id ?? ''));
    }, showError);
  }, [current, showError]);
  useEffect(() => {
    if (!ref || !ran) return;
    let live = true;
    call('recheckUnderList', { ref, listId: ran, lang }).then((r) => { if (live) setResult(r); }, showError);
    return () => { live = false; };
  }, [ref, ran, lang, showError]);
  if (!ref || lists.length === 0) return null;
  const run = () => {
    if (ran === pick) void call('recheckUnderList', { ref, listId: pick, lang }).then(setResult, showError);
    else setRan(pick);
  };
  return (
    <section className="recheck card" aria-label={t.recheck}>
      <div className="row gap center">
        <strong>{t.recheck}</strong>
        <select aria-label={t.recheck} value={pick} onChange={(e) => { setPick(e.target.value); setResult(null); setRan(null); }}>
          {lists.map((l) => <option key={l.id} value={l.id}>{l.id}{l.provisional ? ` (${t.provisional.toLowerCase()})` : ''}</option>)}
        </select>
        <button onClick={run}>{t.recheckRun}</button>
        <span className="muted small">{t.recheckNote}</span>
      </div>
      {result && (
        <div className="recheck-result" data-testid="recheck-result">
          {result.appear.length === 0 && result.go.length === 0 && <p className="ok-text">{t.sameFindings}</p>}
          {result.appear.length > 0 && <><h3>{t.appear(result.appear.length)}</h3><ul>{result.appear.map((f, i) => <Item key={i} f={f} />)}</ul></>}
          {result.go.length > 0 && <><h3>{t.go(result.go.length)}</h3><ul>{result.go.map((f) => <Item key={f.id} f={f} />)}</ul></>}
        </div>
      )}
    </section>
  );
}
