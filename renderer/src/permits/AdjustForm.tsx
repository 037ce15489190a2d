// On a permit of the register: a manual adjustment of one line with a note (goods declared outside this archive,
// or given back with a negative quantity). Main validates it again and records it in the audit trail.
import { useState } from 'react';
import { useStore } from '../store/index.ts';
import { usePermitT } from '../i18n/permits.ts';
import type { PermitView } from '../../../shared/ipc/contract.ts';

/** "3", "-1.5" or "-1,5" (decimal comma, as Vietnamese write it) → the number; anything else, or 0 → null. */
export function parseQuantity(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return n === 0 ? null : n;
}

export function AdjustForm({ permit }: { permit: PermitView }) {
  const p = usePermitT();
  const adjustPermit = useStore((s) => s.adjustPermit);
  const [open, setOpen] = useState(false);
  const [model, setModel] = useState('');
  const [quantity, setQuantity] = useState('');
  const [note, setNote] = useState('');
  const models = permit.lines.map((l) => l.model);
  if (models.length === 0) return null;
  if (!open) return <button className="adjust-open" onClick={() => setOpen(true)}>{p.adjust}</button>;
  const chosen = model || models[0];
  const q = parseQuantity(quantity);
  const bad = quantity.trim() !== '' && q === null;
  return (
    <form className="adjust-form" aria-label={p.adjust} data-testid="adjust-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (q === null || note.trim() === '') return;
        void adjustPermit(permit.number, chosen, q, note.trim()).then((done) => {
          if (done) { setOpen(false); setQuantity(''); setNote(''); }
        });
      }}>
      <p className="muted small">{p.adjustExplain}</p>
      <div className="row gap end">
        <label>{p.adjustModel}
          <select value={chosen} onChange={(e) => setModel(e.target.value)}>
            {models.map((m) => <option key={m} value={m}>{m}</option>)}
          </select>
        </label>
        <label>{p.adjustQuantity}
          <input value={quantity} onChange={(e) => setQuantity(e.target.value)} inputMode="decimal" size={8} required aria-invalid={bad} />
        </label>
        <label className="grow">{p.adjustNote}
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} required />
        </label>
        <button type="submit" disabled={q === null || note.trim() === ''}>{p.adjustSave}</button>
        <button type="button" onClick={() => setOpen(false)}>{p.adjustClose}</button>
      </div>
      {bad && <p className="error-text small" role="alert">{p.adjustBadQuantity}</p>}
    </form>
  );
}
