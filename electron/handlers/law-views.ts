// The law around a folder's findings, for the app: which list they were made under (provisional or not), and
// each finding's legal basis under that list's regime (legal-basis.csv). Same lookups as the CLI's report.
import { listById } from '../../shared/controlled-list/apply.ts';
import type { ControlledListVersion } from '../../shared/controlled-list/types.ts';
import type { Lang } from '../../shared/domain/types.ts';
import type { ControlledListInfo, FindingView, ShipmentView } from '../../shared/ipc/contract.ts';
import { legalBasisFor, resolveRegime } from '../../shared/legal-basis/legal-basis.ts';
import { loadLegalBases } from '../reference/legal-basis.ts';

export function listInfo(l: ControlledListVersion): ControlledListInfo {
  return {
    id: l.id, legalBasis: l.legalBasis, effectiveFrom: l.effectiveFrom, ...(l.effectiveUntil ? { effectiveUntil: l.effectiveUntil } : {}),
    provisional: l.provisional === true, imported: l.origin === 'imported', entries: l.entries.length,
  };
}

/** A finding view with its legal basis under `list`'s regime, where the table has one. */
export function withLegalBasis<F extends Omit<FindingView, 'id'>>(f: F, list: ControlledListVersion | null, lang: Lang): F {
  if (!list) return f;
  const bases = loadLegalBases();
  const basis = legalBasisFor(bases, resolveRegime(bases, list), f.code, lang);
  return basis ? { ...f, legalBasis: basis } : f;
}

export function withLaw(view: ShipmentView, lists: ControlledListVersion[], lang: Lang): ShipmentView {
  const list = view.controlledListId ? listById(lists, view.controlledListId) : null;
  if (!list) return view;
  return { ...view, controlledList: listInfo(list), findings: view.findings.map((f) => withLegalBasis(f, list, lang)) };
}
