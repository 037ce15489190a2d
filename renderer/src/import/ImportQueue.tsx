import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { ROLES, type Role } from '../../../shared/domain/types.ts';
import type { Pending } from '../store/importer.ts';
import { DOC_GROUPS, type DocGroup } from '../../../shared/ipc/groups.ts';

const BUSY = new Set(['reading', 'detecting', 'importing']);

export function ImportQueue() {
  const t = useT();
  const pending = useStore((s) => s.pending);
  const acceptAll = useStore((s) => s.acceptAll);
  const setTab = useStore((s) => s.setTab);
  if (pending.length === 0) return null;
  const ready = pending.filter((p) => p.stage === 'ready').length;
  return (
    <div className="queue card">
      <div className="row gap center">
        <h2>{t.importQueue}</h2>
        <span className="spacer" />
        {ready > 0 && <button className="primary" onClick={() => void acceptAll()}>{t.acceptAll} ({ready})</button>}
        {ready === 0 && pending.some((p) => p.stage === 'done') && <button className="primary" onClick={() => setTab('check')}>{t.seeFindings}</button>}
      </div>
      <ul aria-label={t.importQueue}>
        {pending.map((p) => <QueueItem key={p.id} p={p} />)}
      </ul>
    </div>
  );
}

function QueueItem({ p }: { p: Pending }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const selected = useStore((s) => s.selectedPending === p.id);
  const select = useStore((s) => s.selectPending);
  const setRole = useStore((s) => s.setRole);
  const accept = useStore((s) => s.accept);
  const discard = useStore((s) => s.discard);
  const setGroup = useStore((s) => s.setGroup);
  const attach = useStore((s) => s.attachPending);
  const busy = BUSY.has(p.stage);
  if (p.group) {
    // A PDF or image: not refused, offered as a paper of the dossier under one checklist group.
    return (
      <li className={`queue-item ${p.stage}`} aria-label={p.file}>
        <span className="file">{p.file}</span>
        <select aria-label={t.attachUnder} value={p.group} disabled={p.stage !== 'attachment'} onChange={(e) => setGroup(p.id, e.target.value as DocGroup)}>
          {DOC_GROUPS.map((g) => <option key={g} value={g}>{t.groupName[g]}</option>)}
        </select>
        <span className="stage" data-stage={p.stage}>{t.stage[p.stage]}</span>
        {p.stage === 'error' && p.error && <span className="error-text">{lang === 'vi' ? p.error.messageVi : p.error.message}</span>}
        <span className="spacer" />
        {p.stage === 'attachment' && <button onClick={() => void attach(p.id)}>{t.attachHere}</button>}
        {(p.stage === 'attachment' || p.stage === 'error') && <button className="link" onClick={() => discard(p.id)}>{t.discard}</button>}
      </li>
    );
  }
  return (
    <li className={`queue-item ${p.stage}${selected ? ' selected' : ''}`} aria-label={p.file}>
      <button className="link file" onClick={() => select(p.id)}>{p.file}</button>
      <select aria-label={t.role} value={p.role} disabled={busy || p.stage === 'done'} onChange={(e) => void setRole(p.id, e.target.value as Role)}>
        {ROLES.map((r) => <option key={r} value={r}>{t.roleName[r]}</option>)}
      </select>
      <span className="stage" data-stage={p.stage}>{t.stage[p.stage]}</span>
      {busy && <progress max={1} value={p.stage === 'reading' ? p.progress : undefined} aria-label={t.stage[p.stage]} />}
      {p.stage === 'error' && p.error && <span className="error-text">{lang === 'vi' ? p.error.messageVi : p.error.message}</span>}
      <span className="spacer" />
      {p.stage === 'ready' && <button onClick={() => void accept(p.id)}>{t.accept}</button>}
      {p.stage !== 'done' && !busy && <button className="link" onClick={() => discard(p.id)}>{t.discard}</button>}
    </li>
  );
}
