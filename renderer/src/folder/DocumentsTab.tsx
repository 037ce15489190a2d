import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { ROLES } from '../../../shared/domain/types.ts';
import { DropZone } from '../import/DropZone.tsx';
import { ImportQueue } from '../import/ImportQueue.tsx';
import { ImportPreview } from '../import/ImportPreview.tsx';
import { FolderPermit } from '../permits/FolderPermit.tsx';
import { ReplaceDialog, ReplacementCard } from './ReplaceDialog.tsx';

export function DocumentsTab() {
  const t = useT();
  const documents = useStore(useShallow((s) => s.folder?.documents ?? []));
  return (
    <div className="documents">
      <ul className="doc-slots" aria-label={t.tabDocuments}>
        {ROLES.map((role) => {
          const d = documents.find((x) => x.role === role);
          return (
            <li key={role} className={d ? 'slot filled' : 'slot'} data-role={role}>
              <strong>{t.roleName[role]}</strong>
              {d ? <span>{d.file} · {t.lines(d.lines)}</span> : <span className="muted">{t.missingDoc}</span>}
              {d && (d.header.number !== undefined || d.header.date !== undefined) && (
                <span className="muted small">{[d.header.number !== undefined && t.docNumber(d.header.number), d.header.date ?? d.header.issue_date].filter(Boolean).join(' · ')}</span>
              )}
            </li>
          );
        })}
      </ul>
      <ReplacementCard />
      <FolderPermit />
      <DropZone />
      <ImportQueue />
      <ImportPreview />
      <ReplaceDialog />
    </div>
  );
}
