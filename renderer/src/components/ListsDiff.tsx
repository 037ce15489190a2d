// The list-diff screen (from the top bar): two lists side by side, the HS codes controlled under one and not
// the other, each with the entry that covered it, wording whole (a cut-off source said so).
import { useEffect, useState } from 'react';
import type { ControlledListInfo, ListDiffRow, ListDiffView } from '../../../shared/ipc/contract.ts';
import { call } from '../api.ts';
import { useStore } from '../store/index.ts';
import { useLawT } from '../i18n/law.ts';
import { useT } from '../i18n/index.ts';

function Rows({ rows }: { rows: ListDiffRow[] }) {
  const t = useLawT();
  if (rows.length === 0) return <p className="muted">{t.none}</p>;
  return (
    <table className="diff-table">
      <thead><tr><th>{t.code}</th><th>{t.tariffName}</th><th>{t.entry}</th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.hsCode}>
            <td className="mono">{r.hsCode}</td>
            <td>{r.name ?? <em className="muted">{t.notInHs2022}</em>}</td>
            <td><span className="mono">{r.entry}</span> {r.entryText}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ListsDiff({ onClose }: { onClose: () => void }) {
  const t = useLawT();
  const ui = useT();
  const lang = useStore((s) => s.lang);
  const showError = useStore((s) => s.showError);
  const [lists, setLists] = useState<ControlledListInfo[]>([]);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [diff, setDiff] = useState<ListDiffView | null>(null);
  useEffect(() => {
    void call('listControlledLists', {}).then((l) => {
      setLists(l);
      setA(l[0]?.id ?? '');
      setB(l[l.length - 1]?.id ?? '');
    }, showError);
  }, [showError]);
  // Escape closes the screen, as any dialog.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  useEffect(() => {
    if (!a || !b) return;
    void call('diffLists', { a, b, lang }).then(setDiff, showError);
  }, [a, b, lang, showError]);
  const label = (l: ControlledListInfo) => `${l.id} — ${t.from(l.effectiveFrom, l.effectiveUntil)}${l.provisional ? ` — ${t.provisional}` : ''}`;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t.listsTitle}>
      <div className="overlay-body card">
        <div className="row gap center">
          <h1>{t.listsTitle}</h1>
          <span className="spacer" />
          <button autoFocus onClick={onClose}>{ui.close}</button>
        </div>
        <p className="muted">{t.listsIntro}</p>
        <div className="row gap center">
          <label className="row gap center">{t.listA}
            <select aria-label={t.listA} value={a} onChange={(e) => setA(e.target.value)}>{lists.map((l) => <option key={l.id} value={l.id}>{label(l)}</option>)}</select>
          </label>
          <label className="row gap center">{t.listB}
            <select aria-label={t.listB} value={b} onChange={(e) => setB(e.target.value)}>{lists.map((l) => <option key={l.id} value={l.id}>{label(l)}</option>)}</select>
          </label>
        </div>
        {diff && (
          <div className="diff" data-testid="lists-diff">
            {[diff.a, diff.b].filter((l) => l.provisional).map((l) => <p key={l.id} className="provisional-note">{l.id}: {t.provisional}. {t.provisionalHint}</p>)}
            <h2>{t.onlyIn(diff.a.id, diff.b.id, diff.onlyInA.length)}</h2>
            <Rows rows={diff.onlyInA} />
            <h2>{t.onlyIn(diff.b.id, diff.a.id, diff.onlyInB.length)}</h2>
            <Rows rows={diff.onlyInB} />
            {diff.notExpanded.length > 0 && (
              <>
                <h2>{t.notExpanded}</h2>
                <ul>{diff.notExpanded.map((u) => <li key={`${u.list}${u.entry}`}><span className="mono">{u.entry}</span> ({u.list}) {u.entryText}</li>)}</ul>
              </>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
