// Several findings ticked in the list: acknowledged with one note, in one action (one transaction).
import { useMemo, useState, type FormEvent } from 'react';
import { useStore } from '../store/index.ts';
import { useReplaceT } from '../i18n/replace.ts';
import { useFindT } from '../i18n/find.ts';
import { useShownFindings } from './shown-findings.ts';

export function GroupAck() {
  const r = useReplaceT();
  const tf = useFindT();
  const checked = useStore((s) => s.checked);
  const n = checked.length;
  const { shown } = useShownFindings();
  // Ticked, then filtered away: never acknowledged without the declarant being told.
  const hidden = useMemo(() => {
    if (checked.length === 0) return 0;
    const ticked = new Set(checked);
    return checked.length - shown.reduce((k, f) => k + (ticked.has(f.id) ? 1 : 0), 0);
  }, [checked, shown]);
  const ack = useStore((s) => s.ackChecked);
  const clear = useStore((s) => s.setChecked);
  const [note, setNote] = useState('');
  if (n === 0) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (note.trim() && (await ack(note.trim()))) setNote('');
  };
  return (
    <form className="group-ack card" aria-label={r.selected(n)} onSubmit={(e) => void submit(e)}>
      <div className="row gap center">
        <strong>{r.selected(n)}</strong>
        <span className="spacer" />
        <button type="button" className="link" onClick={() => clear([])}>{r.clearSelection}</button>
      </div>
      {hidden > 0 && <p className="small warn-text" role="status" data-testid="hidden-selected">{tf.hiddenSelected(hidden)}</p>}
      <input type="text" aria-label={r.groupNote} placeholder={r.groupNote} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      <div className="row gap">
        <span className="spacer" />
        <button className="primary" type="submit" disabled={!note.trim()}>{r.groupAck(n)}</button>
      </div>
    </form>
  );
}
