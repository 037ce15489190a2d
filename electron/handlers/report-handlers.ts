// The law and the reports, for the app: the lists known here, what changed between two of them, a folder
// re-checked under another list (nothing stored: it shows what would appear and go), and the discrepancy
// report written where the user says through a save dialog (the renderer never touches files).
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { HandlerDeps } from './deps.ts';
import type { Session } from './session.ts';
import { listInfo, withLegalBasis } from './law-views.ts';
import { toFindingView } from './views.ts';
import { listById } from '../../shared/controlled-list/apply.ts';
import { diffLists, type DiffRow } from '../../shared/controlled-list/diff.ts';
import { entryWording, wordingLine } from '../../shared/controlled-list/wording.ts';
import type { ControlledEntry, ControlledListVersion } from '../../shared/controlled-list/types.ts';
import { renderFinding } from '../../shared/check/messages.ts';
import { runCheck } from '../../shared/check/run-check.ts';
import type { Finding, Lang } from '../../shared/domain/types.ts';
import type { Handlers, ListDiffRow } from '../../shared/ipc/contract.ts';
import { ipcFail, ipcOk } from '../../shared/ipc/result.ts';
import { formatHsCode } from '../../shared/parse/hs-code.ts';
import { reportModelFromShipment } from '../report/from-shipment.ts';
import { reportBytesAsync } from '../report/run-writer.ts';
import { loadHs2022 } from '../reference/hs2022.ts';

type ReportHandlers = Pick<Handlers, 'listControlledLists' | 'saveReport' | 'diffLists' | 'recheckUnderList'>;

const noList = (id: string) => ipcFail('NOT_FOUND', `No controlled list "${id}" is known here.`, `Không có danh mục kiểm soát "${id}".`);

function entryText(e: ControlledEntry, list: ControlledListVersion, lang: Lang): string {
  const name = wordingLine(entryWording({ ...e, cryptoFunction: e.name.replace(/^[\s–—-]+/, '') }, lang));
  const crypto = wordingLine(entryWording(e, lang, list.provisional));
  return crypto ? `${name} — ${crypto}` : name;
}

/** Same finding across two checks: the code and the model, or for a document-level finding its cells. */
const keyOf = (f: Pick<Finding, 'code' | 'model' | 'refs'>) => `${f.code}|${f.model ?? f.refs.map((r) => `${r.role}!${r.sheet}!${r.cell}`).join(',')}`;

export function reportHandlers(deps: HandlerDeps, session: Session): ReportHandlers {
  return {
    async listControlledLists() {
      return ipcOk(session.controlledLists().map(listInfo));
    },

    async diffLists({ a, b, lang }) {
      const lists = session.controlledLists();
      const la = listById(lists, a);
      const lb = listById(lists, b);
      if (!la) return noList(a);
      if (!lb) return noList(b);
      const d = diffLists(la, lb, loadHs2022());
      const row = (r: DiffRow, list: ControlledListVersion): ListDiffRow => ({
        hsCode: formatHsCode(r.hsCode), ...(r.name ? { name: r.name } : {}), inHs2022: r.inHs2022,
        entry: formatHsCode(r.entry.hsCode), entryText: entryText(r.entry, list, lang),
      });
      return ipcOk({
        a: listInfo(la), b: listInfo(lb), onlyInA: d.onlyInA.map((r) => row(r, la)), onlyInB: d.onlyInB.map((r) => row(r, lb)),
        notExpanded: d.unexpanded.map((u) => ({ list: u.list, entry: formatHsCode(u.entry.hsCode), entryText: entryText(u.entry, u.list === la.id ? la : lb, lang) })),
      });
    },

    async recheckUnderList({ ref, listId, lang }) {
      const lists = session.controlledLists();
      const list = listById(lists, listId);
      if (!list) return noList(listId);
      const detail = session.current().getShipment(ref);
      const result = runCheck(detail.documents.map((d) => d.parsed), { date: detail.checkDate, lists, listId });
      const stored = new Set(detail.findings.map(keyOf));
      const now = new Set(result.findings.map(keyOf));
      const storedList = detail.controlledListId ? listById(lists, detail.controlledListId) : null;
      return ipcOk({
        list: listInfo(list),
        appear: result.findings.filter((f) => !stored.has(keyOf(f))).map((f) => {
          const r = renderFinding(f, lang);
          return withLegalBasis({ code: r.code, severity: r.severity, ...(r.model !== undefined ? { model: r.model } : {}), message: r.message, refs: r.refs }, list, lang);
        }),
        go: detail.findings.filter((f) => !now.has(keyOf(f))).map((f) => withLegalBasis(toFindingView(f, lang), storedList, lang)),
        summary: result.summary,
      });
    },

    async saveReport({ ref, lang, format }) {
      if (!deps.dialogs.saveReport) return ipcFail('INTERNAL', 'Reports cannot be saved from here.', 'Không thể lưu báo cáo tại đây.');
      const detail = session.current().getShipment(ref);
      const safeRef = ref.replace(/[\u0000-\u001f/\\:*?"<>|]/g, '_');
      const path = await deps.dialogs.saveReport(`${safeRef}-${lang === 'vi' ? 'bao-cao' : 'report'}.${format}`, format);
      if (!path) return ipcOk(null);
      const model = reportModelFromShipment(detail, lang, { lists: session.controlledLists(), generatedAt: deps.clock().toISOString() });
      const bytes = await reportBytesAsync(model, format);
      const tmp = `${path}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, bytes);
        renameSync(tmp, path);
      } catch (e) {
        rmSync(tmp, { force: true });
        const why = (e as NodeJS.ErrnoException).code ?? 'error';
        return ipcFail('INTERNAL', `The report could not be written to ${path} (${why}): choose another folder.`,
          `Không ghi được báo cáo vào ${path} (${why}): hãy chọn thư mục khác.`);
      }
      return ipcOk({ path });
    },
  };
}

