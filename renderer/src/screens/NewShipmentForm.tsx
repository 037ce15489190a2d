import { useState, type FormEvent } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';

export function NewShipmentForm() {
  const t = useT();
  const create = useStore((s) => s.createShipment);
  const [ref, setRef] = useState('');
  const [direction, setDirection] = useState<'import' | 'export'>('import');
  const [eta, setEta] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (ref.trim() && await create(ref.trim(), direction, eta || undefined)) setRef('');
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
        <label>{t.eta}<input type="date" value={eta} onChange={(e) => setEta(e.target.value)} /></label>
        <button className="primary" type="submit">{t.create}</button>
      </div>
    </form>
  );
}
