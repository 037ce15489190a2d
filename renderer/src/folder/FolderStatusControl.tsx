// The folder's status in its header, set by the declarant: open or reviewed here (reviewed over unacknowledged
// errors only after saying so and a confirmation); declared comes with the recorded declaration (Records tab).
import { useState } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { useFolderStatusT } from '../i18n/folder-status.ts';
import { FOLDER_STATUSES, type FolderStatus } from '../../../shared/domain/types.ts';

export function FolderStatusControl() {
  const t = useT();
  const ts = useFolderStatusT();
  const folder = useStore((s) => s.folder);
  const setStatus = useStore((s) => s.setFolderStatus);
  const askDeclaration = useStore((s) => s.askDeclaration);
  const [confirming, setConfirming] = useState<number | null>(null);
  if (!folder) return null;
  if (folder.status === 'declared') {
    return (
      <span className="status declared" data-testid="folder-status" title={folder.declaration ? ts.declaredBy(folder.declaration.number) : undefined}>
        {t.statusName.declared}
      </span>
    );
  }
  const unacknowledged = folder.findings.filter((f) => f.severity === 'error' && !f.acknowledgement).length;
  const choose = (next: FolderStatus) => {
    if (next === folder.status) return;
    if (next === 'declared') { askDeclaration(); return; }
    if (next === 'reviewed' && unacknowledged > 0) { setConfirming(unacknowledged); return; }
    void setStatus(next);
  };
  return (
    <span className="row gap center folder-status">
      <select aria-label={ts.label} className={`status ${folder.status}`} data-testid="folder-status" value={folder.status}
        onChange={(e) => choose(e.target.value as FolderStatus)}>
        {FOLDER_STATUSES.map((s) => <option key={s} value={s}>{t.statusName[s]}</option>)}
      </select>
      {confirming !== null && (
        <span className="row gap center confirm-status" role="alertdialog" aria-label={ts.label}>
          <span>{ts.confirmReviewed(confirming)}</span>
          <button className="primary" onClick={() => { setConfirming(null); void setStatus('reviewed', true); }}>{ts.markAnyway}</button>
          <button onClick={() => setConfirming(null)}>{ts.cancel}</button>
        </span>
      )}
    </span>
  );
}
