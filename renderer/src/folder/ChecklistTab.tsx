import { useMemo } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { checklist } from './checklist.ts';
import type { Role } from '../../../shared/domain/types.ts';

export function ChecklistTab() {
  const t = useT();
  const folder = useStore((s) => s.folder!);
  const attach = useStore((s) => s.attach);
  const groups = useMemo(() => checklist(folder), [folder]);
  const statusText = { present: t.present, partial: t.partial, missing: t.missing };
  return (
    <div className="checklist">
      <p className="muted">{t.checklistIntro}</p>
      <ul>
        {groups.map((g) => (
          <li key={g.group} className={`group ${g.status}`} aria-label={t.groupName[g.group]}>
            <div className="row gap center">
              <span className={`dot ${g.status}`} aria-hidden />
              <strong>{t.groupName[g.group]}</strong>
              <span className={`status-text ${g.status}`}>{statusText[g.status]}</span>
              <span className="spacer" />
              <button className="link" onClick={() => void attach(g.group)}>{t.attach}</button>
            </div>
            <p className="muted small">{t.groupHint[g.group]}</p>
            {g.items.length > 0 && (
              <ul className="items">
                {g.items.map((i, n) => (
                  <li key={n} className={i.present ? 'have' : 'lack'}>
                    {i.present ? '✓' : '✗'} {i.kind === 'document' ? t.roleName[i.label as Role] : i.kind === 'eta' ? (i.present ? t.etaSet(i.label) : t.noEta) : i.label}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
