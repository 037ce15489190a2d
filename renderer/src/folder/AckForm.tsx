import { useState, type FormEvent } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import type { FindingView } from '../../../shared/ipc/contract.ts';

export function AckForm({ finding }: { finding: FindingView }) {
  const t = useT();
  const acknowledge = useStore((s) => s.acknowledge);
  const [note, setNote] = useState('');
  if (finding.acknowledgement) {
    const a = finding.acknowledgement;
    return (
      <div className="ack done" role="status">
        <strong>{t.acknowledged(a.by, a.at)}</strong>
        <p>{a.note}</p>
      </div>
    );
  }
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
