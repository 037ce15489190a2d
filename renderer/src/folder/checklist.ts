// The six document groups of procedure 1.013203, and what this folder holds for each: ticked from what is
// really there, not from a field being filled in. "Permit application" counts a Form 07 list saved in the
// folder and a filing date; "Timeline" ticks only when the permit plan is on track (or no permit is needed).
import { DOC_GROUPS, type DocGroup } from '../../../shared/ipc/groups.ts';
import type { Role } from '../../../shared/domain/types.ts';
import type { PlanFlag, ShipmentView } from '../../../shared/ipc/contract.ts';
import { isForm07File } from '../../../shared/form07/columns.ts';

export type GroupStatus = 'present' | 'partial' | 'missing';

export interface ChecklistItem {
  /** A document role of the folder, an attachment's name, the Form 07 list, the filing, or the plan. */
  kind: 'document' | 'attachment' | 'form07' | 'filing' | 'plan';
  label: string;
  present: boolean;
}

export interface ChecklistGroup {
  group: DocGroup;
  status: GroupStatus;
  items: ChecklistItem[];
}

/** What the checklist needs of the folder's plan (null while it loads: then nothing is ticked from it). */
export interface ChecklistPlan {
  flag: PlanFlag;
  filed?: string;
}

/** Which imported spreadsheet counts for which group. */
const ROLE_GROUP: Record<Role, DocGroup> = {
  invoice: 'trade', packing_list: 'trade', permit: 'application', catalogue: 'technical',
};

/** The name the folder's Form 07 list is saved under (electron/handlers/plan-handlers.ts). */
export { isForm07File };
// Due within 2 working days is still on track (the contract's status); late or with no date to plan from is not.
const PLAN_OK: ReadonlySet<PlanFlag> = new Set(['on_track', 'due', 'received', 'not_needed']);

export function checklist(folder: Pick<ShipmentView, 'documents' | 'files' | 'eta'>, plan: ChecklistPlan | null = null): ChecklistGroup[] {
  return DOC_GROUPS.map((group) => {
    const items: ChecklistItem[] = [];
    for (const role of Object.keys(ROLE_GROUP) as Role[]) {
      if (ROLE_GROUP[role] !== group) continue;
      items.push({ kind: 'document', label: role, present: folder.documents.some((d) => d.role === role) });
    }
    if (group === 'application') {
      const form07 = folder.files.find((f) => f.group === 'application' && isForm07File(f.name));
      items.push({ kind: 'form07', label: form07?.name ?? '', present: !!form07 });
      items.push({ kind: 'filing', label: plan?.filed ?? '', present: !!plan?.filed });
    }
    if (group === 'timeline') items.push({ kind: 'plan', label: plan?.flag ?? '', present: !!plan && PLAN_OK.has(plan.flag) });
    for (const f of folder.files) {
      if (f.group === group && !(group === 'application' && isForm07File(f.name))) items.push({ kind: 'attachment', label: f.name, present: true });
    }
    const have = items.filter((i) => i.present).length;
    const status: GroupStatus = have === 0 ? 'missing' : have === items.length ? 'present' : 'partial';
    return { group, status, items };
  });
}
