import { useEffect, useState } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { NewShipmentForm } from './NewShipmentForm.tsx';
import { ShipmentList } from './ShipmentList.tsx';
import { usePlanT } from '../i18n/plan.ts';
import { useFolderStatusT } from '../i18n/folder-status.ts';
import { FOLDER_STATUSES, type FolderStatus } from '../../../shared/domain/types.ts';

export function ShipmentsScreen() {
  const t = useT();
  const query = useStore((s) => s.query);
  const total = useStore((s) => s.total);
  const reset = useStore((s) => s.resetShipments);
  const tp = usePlanT();
  const sort = useStore((s) => s.sort);
  const setSort = useStore((s) => s.setSort);
  const ts = useFolderStatusT();
  const statusFilter = useStore((s) => s.statusFilter);
  const setStatusFilter = useStore((s) => s.setStatusFilter);
  const openRecords = () => useStore.setState({ screen: 'records' });
  const [text, setText] = useState(query);
  // Search as the user types, but only once they pause: each keystroke would otherwise hit the archive.
  useEffect(() => {
    if (text === query) return;
    const timer = setTimeout(() => reset(text), 200);
    return () => clearTimeout(timer);
  }, [text, query, reset]);
  return (
    <section className="shipments">
      <NewShipmentForm />
      <div className="row gap center list-head">
        <h1>{t.shipments}</h1>
        <span className="muted" data-testid="shipment-total">{total === null ? t.loading : t.shipmentsCount(total)}</span>
        <span className="spacer" />
        <select aria-label={tp.fileByColumn} value={sort} onChange={(e) => setSort(e.target.value as 'recent' | 'urgency')}>
          <option value="recent">{tp.sortRecent}</option>
          <option value="urgency">{tp.sortUrgency}</option>
        </select>
        <select aria-label={ts.filter} value={statusFilter ?? ''} onChange={(e) => setStatusFilter((e.target.value || null) as FolderStatus | null)}>
          <option value="">{ts.filterAll}</option>
          {FOLDER_STATUSES.map((s) => <option key={s} value={s}>{t.statusName[s]}</option>)}
        </select>
        <button onClick={openRecords}>{t.rec.openRecords}</button>
        {/* Opening an archive is followed by finding a folder: the search box takes the focus. */}
        <input type="search" className="search" aria-label={t.search} placeholder={t.searchPlaceholder} autoFocus
          value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <ShipmentList />
    </section>
  );
}
