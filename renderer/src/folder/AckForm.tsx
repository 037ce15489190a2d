import { useState, type FormEvent } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { useReplaceT } from '../i18n/replace.ts';
import type { FindingView } from '../../../shared/ipc/contract.ts';

export function AckForm({ finding }: { finding: FindingView }) {
  const t = useT();
  const acknowledge = useStore((s) => s.acknowledge);
  const [note, setNote] = useState('');
  if (finding.acknowledgement) return <AckDone finding={finding} />;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // Done with this one: back to the list, on the finding just acknowledged, so the arrows go on to the next.
    if (note.trim() && (await acknowledge(finding.id, note.trim()))) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('button.finding.selected')?.focus({ preventScroll: true }));
    }
  };
  return (
    <form className="ack" onSubmit={(e) => void submit(e)}>
      <label>{t.ackNote}
        <textarea value={note} onChange={(e) => setNote(e.target.value)} placeholder={t.ackPlaceholder} maxLength={2000} rows={2} />
      </label>
      <button className="primary" type="submit" disabled={!note.trim()}>{t.acknowledge}</button>
    </form>
  );
}

/** Why the finding is open again, said above its cells: its acknowledgement's cells changed in a replacement. */
export function ReopenedNote({ finding }: { finding: FindingView }) {
  const r = useReplaceT();
  if (!finding.reopened || finding.acknowledgement) return null;
  const x = finding.reopened;
  return (
    <div className="reopened" role="note" data-testid="reopened">
      <strong>{r.reopened(x.file, x.cells.join(', '))}</strong>
      <p className="small">{r.reopenedWas(x.ack.by, x.ack.at, x.ack.note)}</p>
    </div>
  );
}

/** An acknowledgement given: its note can be changed or withdrawn, each kept in the audit trail. */
function AckDone({ finding }: { finding: FindingView }) {
  const t = useT();
  const r = useReplaceT();
  const edit = useStore((s) => s.editAck);
  const withdraw = useStore((s) => s.withdrawAck);
  const a = finding.acknowledgement!;
  const [editing, setEditing] = useState(false);
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState(a.note);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (note.trim() && note.trim() !== a.note && (await edit(finding.id, note.trim()))) setEditing(false);
  };
  return (
    <div className="ack done" role="status">
      <strong>{t.acknowledged(a.by, a.at)}</strong>
      {!editing && <p>{a.note}</p>}
      {editing && (
        <form className="ack-edit" onSubmit={(e) => void save(e)}>
          <label>{r.newNote}
            <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} rows={2} autoFocus />
          </label>
          <div className="row gap">
            <button className="primary" type="submit" disabled={!note.trim() || note.trim() === a.note}>{r.save}</button>
            <button type="button" onClick={() => { setEditing(false); setNote(a.note); }}>{r.cancel}</button>
          </div>
        </form>
      )}
      {asking && (
        <div className="row gap center" role="alert">
          <span>{r.withdrawConfirm}</span>
          <button className="danger" onClick={() => void withdraw(finding.id).then(() => setAsking(false))}>{r.withdraw}</button>
          <button onClick={() => setAsking(false)}>{r.cancel}</button>
        </div>
      )}
      {!editing && !asking && (
        <div className="row gap">
          <button className="link" onClick={() => setEditing(true)}>{r.edit}</button>
          <button className="link" onClick={() => setAsking(true)}>{r.withdraw}</button>
        </div>
      )}
    </div>
  );
}
