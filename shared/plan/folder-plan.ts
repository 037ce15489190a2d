// A folder's plan as the app shows it: the back-plan from the folder's anchor (ETA for an import, ETD for an
// export), its recorded events, whether a permit is needed at all, the flag for the shipments list and the
// next action in words. Pure: the calendar, events and "today" come in.
import type { Direction, Lang } from '../domain/types.ts';
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { computePlan, DEFAULT_PROCESSING_DAYS, planJson, type Plan } from './back-plan.ts';
import { dayText, estimatedNote, nextAction } from './plan-text.ts';

export type PlanFlag = 'late' | 'due' | 'on_track' | 'received' | 'not_needed' | 'no_date';
/** Days within which an unfiled folder is flagged as due. */
export const DUE_WITHIN = 2;

export interface FolderPlanInput {
  direction: Direction;
  /** The folder's ETA (an export folder keeps its ETD here: the plan runs from the departure). */
  eta?: string;
  /** true: an invoiced item is on the controlled list; false: the invoice was read and none is; null: no invoice yet. */
  controlled: boolean | null;
  dates: { filed?: string; returned?: string; resubmitted?: string; permitReceived?: string };
  today: string;
  processingDays?: number;
}

export interface FolderPlan {
  anchor: 'eta' | 'etd';
  permitNeeded: 'yes' | 'no' | 'unknown';
  flag: PlanFlag;
  plan?: Plan;
  /** The contract's fields, for the timeline. */
  json?: Record<string, unknown>;
  dates: FolderPlanInput['dates'];
}

export function folderPlan(cal: WorkingCalendar, input: FolderPlanInput): FolderPlan {
  const anchor = input.direction === 'export' ? 'etd' : 'eta';
  const permitNeeded = input.controlled === null ? 'unknown' : input.controlled ? 'yes' : 'no';
  const base = { anchor, permitNeeded, dates: input.dates } as const;
  if (permitNeeded === 'no') return { ...base, flag: 'not_needed' };
  if (!input.eta) return { ...base, flag: 'no_date' };
  const plan = computePlan(cal, {
    eta: input.eta,
    processingDays: input.processingDays ?? DEFAULT_PROCESSING_DAYS,
    today: input.today,
    ...(input.dates.filed ? { filed: input.dates.filed } : {}),
    ...(input.dates.returned ? { returned: input.dates.returned } : {}),
    ...(input.dates.resubmitted ? { resubmitted: input.dates.resubmitted } : {}),
  });
  let flag: PlanFlag;
  if (input.dates.permitReceived) flag = 'received';
  else if (plan.status === 'late') flag = 'late';
  else if (!plan.expected_approval && !plan.awaitingResubmission && (plan.workingDaysLeft ?? 0) <= DUE_WITHIN) flag = 'due';
  else if (plan.awaitingResubmission) flag = 'due';
  else flag = 'on_track';
  return { ...base, flag, plan, json: planJson(plan) };
}

/** How urgent a folder is, for sorting the shipments list: late first (most late first), then by file-by day. */
export function urgencyKey(p: { flag: PlanFlag; fileBy?: string; lateBy?: number }): string {
  const rank: Record<PlanFlag, number> = { late: 0, due: 1, on_track: 2, no_date: 3, received: 4, not_needed: 5 };
  const late = p.flag === 'late' ? String(9999 - (p.lateBy ?? 0)).padStart(4, '0') : '0000';
  return `${rank[p.flag]}${late}${p.fileBy ?? '9999-99-99'}`;
}

/** The sentence the timeline leads with. */
export function folderNextAction(p: FolderPlan, lang: Lang): string {
  const vi = lang === 'vi';
  if (p.flag === 'not_needed') {
    return vi
      ? 'Không cần giấy phép: không mặt hàng nào trong hóa đơn thuộc danh mục sản phẩm mật mã dân sự đang có hiệu lực.'
      : 'No permit needed: no invoiced item is on the controlled list in force.';
  }
  if (p.flag === 'no_date') {
    return p.anchor === 'etd'
      ? (vi ? 'Nhập ngày tàu chạy (ETD) để lập kế hoạch xin giấy phép.' : 'Enter the ETD to plan the permit.')
      : (vi ? 'Nhập ngày hàng đến (ETA) để lập kế hoạch xin giấy phép.' : 'Enter the ETA to plan the permit.');
  }
  if (p.flag === 'received') {
    const day = dayText(p.dates.permitReceived!, lang);
    return vi ? `Đã nhận giấy phép ngày ${day}.` : `Permit received on ${day}.`;
  }
  const sentence = nextAction(p.plan!, lang, (d) => dayText(d, lang));
  if (p.permitNeeded === 'unknown') {
    return sentence + (vi ? ' (Chưa có hóa đơn: chưa biết có cần giấy phép hay không.)' : ' (No invoice yet: whether a permit is needed is not known.)');
  }
  return sentence;
}

export function folderEstimatedNote(p: FolderPlan, lang: Lang): string | null {
  return p.plan ? estimatedNote(p.plan, lang) : null;
}
