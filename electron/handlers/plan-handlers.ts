// The permit plan and the Form 07 list of a folder: computed here from what the archive holds (events, swap
// days, documents, findings) by the same shared functions as `dossier plan` and `dossier form07`.
import type { HandlerDeps } from './deps.ts';
import { today, type Session } from './session.ts';
import type { Archive } from '../archive/types.ts';
import type { FolderStatus } from '../../shared/domain/types.ts';
import { planDates, type PlanState } from '../archive/plan.ts';
import { loadHolidayTable } from '../reference/holidays.ts';
import { makeCalendar, type WorkingCalendar } from '../../shared/calendar/calendar.ts';
import { folderEstimatedNote, folderNextAction, folderPlan, urgencyKey } from '../../shared/plan/folder-plan.ts';
import { listInForce } from '../../shared/controlled-list/apply.ts';
import { buildForm07 } from '../../shared/form07/build.ts';
import { readCatalogueExtras } from '../../shared/form07/catalogue-extras.ts';
import { writeForm07Xlsx } from '../../shared/form07/write-xlsx.ts';
import { isForm07File, missingFields, readForm07Rows } from '../../shared/form07/read-xlsx.ts';
import { readWorkbook } from '../../shared/import/workbook.ts';
import type { Lang, ShipmentSummary } from '../../shared/domain/types.ts';
import type { Handlers, PlanView, RowPlan, ShipmentRow } from '../../shared/ipc/contract.ts';
import { ipcFail, ipcOk } from '../../shared/ipc/result.ts';
import { toRow } from './views.ts';

type PlanHandlers = Pick<Handlers, 'getPlan' | 'addPlanEvent' | 'getSwapDays' | 'setSwapDay' | 'generateForm07' | 'saveForm07' | 'openForm07' | 'setEta'>;

function calendarOf(archive: Archive): WorkingCalendar {
  const swaps = archive.swapDays();
  return makeCalendar(loadHolidayTable(), {
    daysOff: swaps.filter((s) => s.kind === 'off').map((s) => s.day),
    workDays: swaps.filter((s) => s.kind === 'work').map((s) => s.day),
  });
}

/** The weekday holidays and swap days off in [from, to]: what the timeline names as skipped. */
function daysOffBetween(archive: Archive, from: string, to: string): PlanView['daysOff'] {
  const out: PlanView['daysOff'] = [];
  for (const h of loadHolidayTable().holidays.values()) {
    const wd = new Date(`${h.date}T00:00:00Z`).getUTCDay();
    if (h.date >= from && h.date <= to && wd !== 0 && wd !== 6) out.push({ date: h.date, name: h.name, estimated: h.estimated });
  }
  for (const s of archive.swapDays()) if (s.kind === 'off' && s.day >= from && s.day <= to) out.push({ date: s.day, name: s.note, estimated: false });
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

function planView(archive: Archive, ref: string, lang: Lang, day: string): PlanView {
  const s = archive.getShipment(ref);
  const events = archive.planEvents(ref);
  const hasInvoice = s.documents.some((d) => d.role === 'invoice');
  const controlled = s.findings.some((f) => f.code === 'CONTROLLED_HS_CODE') ? true : hasInvoice ? false : null;
  const dates = planDates(events);
  // A permit imported into the folder is the permit in hand, from its issue date, unless a date was recorded.
  const issued = s.documents.find((d) => d.role === 'permit')?.parsed.header.issue_date?.value;
  if (!dates.permitReceived && issued) dates.permitReceived = issued;
  const p = folderPlan(calendarOf(archive), { direction: s.direction, eta: s.eta, controlled, dates, today: day });
  const note = folderEstimatedNote(p, lang);
  return {
    today: day, anchor: p.anchor, permitNeeded: p.permitNeeded, flag: p.flag,
    nextAction: folderNextAction(p, lang),
    ...(note ? { estimatedNote: note } : {}),
    ...(p.json ? { plan: p.json as PlanView['plan'] } : {}),
    ...(p.plan?.workingDaysLeft !== undefined ? { workingDaysLeft: p.plan.workingDaysLeft } : {}),
    dates: p.dates,
    events: events.map((e) => ({ id: e.id, kind: e.kind, day: e.day, recordedAt: e.recordedAt })),
    daysOff: p.plan ? daysOffBetween(archive, [p.plan.file_by, day].sort()[0], p.plan.expected_approval && p.plan.expected_approval > p.plan.eta ? p.plan.expected_approval : p.plan.eta) : [],
  };
}

/** The list's plan column for a page of folders: flag, file-by day, how late or how many days left. */
export function withRowPlans(archive: Archive, rows: ShipmentRow[], summaries: ShipmentSummary[], day: string): ShipmentRow[] {
  const states: Map<string, PlanState> = archive.planStates(summaries.map((s) => s.ref));
  const cal = calendarOf(archive);
  return rows.map((row) => {
    const state = states.get(row.ref);
    if (!state) return row;
    const dates = planDates(state.events);
    if (!dates.permitReceived && state.permitIssued) dates.permitReceived = state.permitIssued;
    const p = folderPlan(cal, { direction: row.direction, eta: row.eta, controlled: state.controlled, dates, today: day });
    const plan: RowPlan = { flag: p.flag };
    if (p.plan) plan.fileBy = p.plan.file_by;
    if (p.plan?.late_by !== undefined) plan.lateBy = p.plan.late_by;
    if (p.plan?.workingDaysLeft !== undefined) plan.daysLeft = p.plan.workingDaysLeft;
    return { ...row, plan };
  });
}

/**
 * The list sorted by urgency. Urgency depends on today and the calendar, so it is not a column SQL can sort
 * on: every matching folder's plan is computed (about 1 µs a folder) and the page cut from the sorted whole.
 */
export function byUrgency(archive: Archive, query: string | undefined, offset: number, limit: number, day: string,
  status?: FolderStatus): { total: number; shipments: ShipmentRow[] } {
  // The virtual list asks page by page: the sorted whole is kept until the archive, the search, the filter or the day moves.
  const key = `${archive.changeCounter()}|${day}|${status ?? ''}|${query ?? ''}`;
  let sorted = urgencyCache.get(archive);
  if (!sorted || sorted.key !== key) {
    const { shipments } = archive.listShipments({ ...(query ? { query } : {}), ...(status ? { status } : {}) });
    const rows = withRowPlans(archive, shipments.map(toRow), shipments, day);
    const keyed = rows.map((r) => ({ r, k: r.plan ? urgencyKey(r.plan) : '9' }));
    keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
    sorted = { key, rows: keyed.map((x) => x.r) };
    urgencyCache.set(archive, sorted);
  }
  const page = sorted.rows.slice(offset, offset + limit);
  if (!query) return { total: sorted.rows.length, shipments: page };
  // The whole list was searched without them: only the page shown is told why each folder matched.
  const matches = archive.searchMatches(page.map((r) => r.ref), query);
  return { total: sorted.rows.length, shipments: page.map((r) => (matches.has(r.ref) ? { ...r, match: matches.get(r.ref)! } : r)) };
}

const urgencyCache = new WeakMap<Archive, { key: string; rows: ShipmentRow[] }>();

export function planHandlers(deps: HandlerDeps, session: Session): PlanHandlers {
  return {
    async getPlan({ ref, lang }) {
      return ipcOk(planView(session.current(), ref, lang, today(deps.clock)));
    },
    async addPlanEvent({ ref, kind, day, lang }) {
      const archive = session.current();
      archive.addPlanEvent(ref, kind, day);
      return ipcOk(planView(archive, ref, lang, today(deps.clock)));
    },
    async setEta({ ref, eta }) {
      return ipcOk(toRow(session.current().setEta(ref, eta)));
    },
    async getSwapDays() {
      return ipcOk(session.current().swapDays());
    },
    async setSwapDay({ day, kind, note }) {
      return ipcOk(session.current().setSwapDay(day, kind, note ?? ''));
    },
    async generateForm07({ ref, purpose, all }) {
      const archive = session.current();
      const s = archive.getShipment(ref);
      const invoice = s.documents.find((d) => d.role === 'invoice');
      if (!invoice) {
        return ipcFail('INVALID', `Folder ${ref} has no invoice: import it first, the Form 07 list is filled from it.`,
          `Thư mục ${ref} chưa có hóa đơn: hãy nhập hóa đơn trước, danh mục Mẫu 07 được lập từ hóa đơn.`);
      }
      const catalogue = s.documents.find((d) => d.role === 'catalogue');
      let extras;
      if (catalogue) {
        const wb = readWorkbook(catalogue.file, archive.readFile(catalogue.sha256));
        if (wb.ok) extras = readCatalogueExtras(wb.value, catalogue.parsed);
      }
      const list = listInForce(session.controlledLists(), today(deps.clock));
      const form = buildForm07({
        invoice: invoice.parsed, ...(catalogue ? { catalogue: catalogue.parsed } : {}), ...(extras ? { catalogueExtras: extras } : {}),
        list, all: !!all, ...(purpose ? { purpose } : {}),
      });
      return ipcOk({ rows: form.rows, missing: form.missing, noHsCode: form.noHsCode, ...(list ? { listId: list.id } : {}) });
    },
    async saveForm07({ ref, rows }) {
      const bytes = writeForm07Xlsx(rows);
      const name = `Form07-${ref.replace(/[^\p{L}\p{N}._-]+/gu, '_')}.xlsx`;
      const f = session.current().addAttachment(ref, { name, bytes }, 'application');
      return ipcOk({ name: f.name, sha256: f.sha256, bytes: f.bytes, group: 'application' });
    },
    async openForm07({ ref }) {
      const archive = session.current();
      const saved = archive.getShipment(ref).files.filter((f) => f.group === 'application' && isForm07File(f.name)).at(-1);
      if (!saved) {
        return ipcFail('NOT_FOUND', `Folder ${ref} has no saved Form 07 list: generate it from the invoice and save it first.`,
          `Thư mục ${ref} chưa có danh mục Mẫu 07 đã lưu: hãy lập từ hóa đơn và lưu trước.`);
      }
      const wb = readWorkbook(saved.name, archive.readFile(saved.sha256));
      const rows = wb.ok ? readForm07Rows(saved.name, wb.value) : wb;
      if (!rows.ok) return ipcFail('INVALID', rows.error.message, rows.error.messageVi);
      return ipcOk({ rows: rows.value, missing: missingFields(rows.value), noHsCode: [], file: saved.name });
    },
  };
}
