// Several findings ticked in the list: acknowledged with one note, in one action (one transaction).
import { useState, type FormEvent } from 'react';
import { useStore } from '../store/index.ts';
import { useReplaceT } from '../i18n/replace.ts';

export function GroupAck() {
  const r = useReplaceT();
  const n = useStore((s) => s.checked.length);
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
      <input type="text" aria-label={r.groupNote} placeholder={r.groupNote} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      <div className="row gap">
        <span className="spacer" />
        <button className="primary" type="submit" disabled={!note.trim()}>{r.groupAck(n)}</button>
      </div>
    </form>
  );
}
