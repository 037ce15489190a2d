import { useMemo } from 'react';
import { useStore } from '../store/index.ts';
import { useT } from '../i18n/index.ts';
import { checklist, type ChecklistItem } from './checklist.ts';
import { usePlan } from './use-plan.ts';
import { usePlanT } from '../i18n/plan.ts';
import type { PlanFlag } from '../../../shared/ipc/contract.ts';
import type { Role } from '../../../shared/domain/types.ts';

export function ChecklistTab() {
  const t = useT();
  const folder = useStore((s) => s.folder!);
  const attach = useStore((s) => s.attach);
  const tp = usePlanT();
  const { plan } = usePlan();
  const groups = useMemo(() => checklist(folder, plan && { flag: plan.flag, ...(plan.dates.filed ? { filed: plan.dates.filed } : {}) }), [folder, plan]);
  const itemText = (i: ChecklistItem): string => {
    switch (i.kind) {
      case 'document': return t.roleName[i.label as Role];
      case 'form07': return i.present ? i.label : tp.checkForm07;
      case 'filing': return i.present ? tp.checkFiled(i.label) : tp.checkNotFiled;
      case 'plan': return i.label ? `${tp.checkPlan(i.label as PlanFlag)}${plan?.flag === 'late' || plan?.flag === 'no_date' ? ` — ${plan.nextAction}` : ''}` : '…';
      default: return i.label;
    }
  };
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
                    {i.present ? '✓' : '✗'} {itemText(i)}
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
