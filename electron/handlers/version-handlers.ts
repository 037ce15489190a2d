// A folder's replaced documents and the acknowledgements a reviewer changes: open an old version (what was read,
// what changed after it), edit or withdraw an acknowledgement, acknowledge a group with one note.
import type { HandlerDeps } from './deps.ts';
import type { Session } from './session.ts';
import { toFindingView, toVersionView } from './views.ts';
import { withLegalBasis } from './law-views.ts';
import { listById } from '../../shared/controlled-list/apply.ts';
import { diffDocuments } from '../../shared/domain/document-diff.ts';
import { headerValues } from '../../shared/check/report.ts';
import { LINE_FIELDS, type Lang, type LineField } from '../../shared/domain/types.ts';
import type { Archive, StoredFinding } from '../archive/types.ts';
import type { DiffValue, FindingView, Handlers, VersionLineView } from '../../shared/ipc/contract.ts';
import { ipcOk } from '../../shared/ipc/result.ts';

type VersionHandlers = Pick<Handlers, 'getDocumentVersion' | 'editAcknowledgement' | 'withdrawAcknowledgement' | 'acknowledgeFindings'>;

/** An old version's lines cross IPC for reading on screen: past this many, the history says how many are left out. */
export const MAX_VERSION_LINES = 2000;

export function versionHandlers(deps: HandlerDeps, session: Session): VersionHandlers {
  const view = (archive: Archive, ref: string, lang: Lang) => {
    const listId = archive.getShipment(ref).controlledListId;
    const list = listId ? listById(session.controlledLists(), listId) : null;
    return (f: StoredFinding): FindingView => withLegalBasis(toFindingView(f, lang), list, lang);
  };
  return {
    async getDocumentVersion({ ref, versionId }) {
      const { version, parsed, next } = session.current().documentVersion(ref, versionId);
      const lines: VersionLineView[] = parsed.lines.slice(0, MAX_VERSION_LINES).map((l) => {
        const values: Partial<Record<LineField, DiffValue>> = {};
        for (const f of LINE_FIELDS) if (l[f] !== undefined) values[f] = l[f]!.value;
        return { sheet: l.sheet, row: l.row, values };
      });
      return ipcOk({
        version: toVersionView(version), header: headerValues(parsed.header), lines,
        truncated: parsed.lines.length > MAX_VERSION_LINES, diff: diffDocuments(parsed, next),
      });
    },
    async editAcknowledgement({ ref, findingId, note, lang }) {
      const archive = session.current();
      return ipcOk(view(archive, ref, lang)(archive.editAcknowledgement(ref, findingId, note, deps.user())));
    },
    async withdrawAcknowledgement({ ref, findingId, lang }) {
      const archive = session.current();
      return ipcOk(view(archive, ref, lang)(archive.withdrawAcknowledgement(ref, findingId, deps.user())));
    },
    async acknowledgeFindings({ ref, findingIds, note, lang }) {
      const archive = session.current();
      const done = archive.acknowledgeFindings(ref, findingIds, note, deps.user());
      return ipcOk(done.map(view(archive, ref, lang)));
    },
  };
}
