import { useRef, useState, type FormEvent } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { DayField } from '../components/DayField.tsx';
import { readDay } from '../components/read-day.ts';

export function NewShipmentForm() {
  const t = useT();
  const create = useStore((s) => s.createShipment);
  const [ref, setRef] = useState('');
  const [direction, setDirection] = useState<'import' | 'export'>('import');
  const [eta, setEta] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const etaInput = useRef<HTMLInputElement>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const day = readDay(eta);
    // A wrong ETA is not dropped silently: the folder would be created without the date the user meant.
    if (day.kind === 'unreadable' || day.kind === 'impossible') {
      etaInput.current?.focus();
      return;
    }
    if (ref.trim() && await create(ref.trim(), direction, day.kind === 'day' ? day.iso : undefined)) {
      setRef('');
      setEta('');
      setSubmitted(false);
    }
  };
  return (
    <form className="card new-shipment" onSubmit={(e) => void submit(e)} aria-label={t.newShipment}>
      <h2>{t.newShipment}</h2>
      <div className="row gap end">
        <label>{t.reference}<input value={ref} onChange={(e) => setRef(e.target.value)} maxLength={64} required /></label>
        <label>{t.direction}
          <select value={direction} onChange={(e) => setDirection(e.target.value as 'import' | 'export')}>
            <option value="import">{t.directionName.import}</option>
            <option value="export">{t.directionName.export}</option>
          </select>
        </label>
        <DayField label={t.eta} value={eta} onChange={setEta} reveal={submitted} inputRef={etaInput} />
        <button className="primary" type="submit">{t.create}</button>
      </div>
    </form>
  );
}
