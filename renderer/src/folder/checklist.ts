// The six document groups of procedure 1.013203, and what this folder holds for each.
import { DOC_GROUPS, type DocGroup } from '../../../shared/ipc/groups.ts';
import type { Role } from '../../../shared/domain/types.ts';
import type { ShipmentView } from '../../../shared/ipc/contract.ts';

export type GroupStatus = 'present' | 'partial' | 'missing';

export interface ChecklistItem {
  /** A document role of the folder, an attachment's name, or the ETA. */
  kind: 'document' | 'attachment' | 'eta';
  label: string;
  present: boolean;
}

export interface ChecklistGroup {
  group: DocGroup;
  status: GroupStatus;
  items: ChecklistItem[];
}

/** Which imported spreadsheet counts for which group. */
const ROLE_GROUP: Record<Role, DocGroup> = {
  invoice: 'trade', packing_list: 'trade', permit: 'application', catalogue: 'technical',
};

export function checklist(folder: Pick<ShipmentView, 'documents' | 'files' | 'eta'>): ChecklistGroup[] {
  return DOC_GROUPS.map((group) => {
    const items: ChecklistItem[] = [];
    for (const role of Object.keys(ROLE_GROUP) as Role[]) {
      if (ROLE_GROUP[role] !== group) continue;
      items.push({ kind: 'document', label: role, present: folder.documents.some((d) => d.role === role) });
    }
    if (group === 'timeline') items.push({ kind: 'eta', label: folder.eta ?? '', present: Boolean(folder.eta) });
    for (const f of folder.files) if (f.group === group) items.push({ kind: 'attachment', label: f.name, present: true });
    const have = items.filter((i) => i.present).length;
    const status: GroupStatus = have === 0 ? 'missing' : have === items.length ? 'present' : 'partial';
    return { group, status, items };
  });
}
