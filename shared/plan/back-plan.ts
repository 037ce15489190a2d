// The back-plan of a permit from the goods' arrival (ETA; for an export, the departure, ETD), as
// ../shared/contracts/plan-cli.md defines it. Pure: a calendar and dates in, dates out.
import {
  nthWorkingDayAfter, nthWorkingDayBefore, onOrNextWorkingDay, previousWorkingDay, tracking, workingDaysAfter,
  type WorkingCalendar,
} from '../calendar/calendar.ts';

/** The processing time DVCQG shows for procedure 1.013203 (working days). */
export const DEFAULT_PROCESSING_DAYS = 6;

export interface PlanInput {
  /** The anchor: ETA for an import, ETD for an export. */
  eta: string;
  processingDays: number;
  filed?: string;
  /** Sent back for supplementation on this day … */
  returned?: string;
  /** … and filed again, complete, on this one (the count restarts from it). */
  resubmitted?: string;
  today: string;
}

export interface Plan {
  eta: string;
  processing_days: number;
  permit_needed_by: string;
  file_by: string;
  filed?: string;
  expected_approval?: string;
  status: 'on_track' | 'late';
  late_by?: number;
  estimated: boolean;
  /** Not in the contract's JSON: years the holiday table does not cover that a date depends on. */
  unknownYears: number[];
  /** Not in the contract's JSON: returned and not yet resubmitted (only the app has this state). */
  awaitingResubmission: boolean;
  /** Not in the contract's JSON: working days from today to file_by (0 on the day itself), when not filed. */
  workingDaysLeft?: number;
}

/** The day a filing counts as made: the next working day when filed on a weekend or a holiday. */
function effectiveFiling(cal: WorkingCalendar, date: string): string {
  return onOrNextWorkingDay(cal, date);
}

export function computePlan(calendar: WorkingCalendar, input: PlanInput): Plan {
  const cal = tracking(calendar);
  const n = input.processingDays;
  const permitNeededBy = previousWorkingDay(cal, input.eta);
  // permit_needed_by is a working day, so the latest F whose n-th working day after is on or before it is the
  // n-th working day before it.
  const fileBy = nthWorkingDayBefore(cal, permitNeededBy, n);

  const awaiting = !!input.returned && !input.resubmitted;
  const countFrom = input.resubmitted ?? (awaiting ? undefined : input.filed);
  const expected = countFrom ? nthWorkingDayAfter(cal, effectiveFiling(cal, countFrom), n) : undefined;

  let status: Plan['status'];
  let lateBy: number | undefined;
  let daysLeft: number | undefined;
  if (expected) {
    status = expected <= permitNeededBy ? 'on_track' : 'late';
    if (status === 'late') lateBy = workingDaysAfter(cal, permitNeededBy, expected);
  } else {
    status = input.today <= fileBy ? 'on_track' : 'late';
    if (status === 'late') {
      const ifFiledToday = nthWorkingDayAfter(cal, effectiveFiling(cal, input.today), n);
      lateBy = workingDaysAfter(cal, permitNeededBy, ifFiledToday);
    } else {
      // A count for the app's urgency only: not a date of the plan, so not a reason to call it estimated.
      daysLeft = workingDaysAfter(calendar, input.today, fileBy);
    }
  }
  return {
    eta: input.eta,
    processing_days: n,
    permit_needed_by: permitNeededBy,
    file_by: fileBy,
    ...(input.filed ? { filed: input.filed } : {}),
    ...(expected ? { expected_approval: expected } : {}),
    status,
    ...(lateBy !== undefined ? { late_by: lateBy } : {}),
    estimated: cal.uncertain,
    unknownYears: cal.unknownYears,
    awaitingResubmission: awaiting,
    ...(daysLeft !== undefined ? { workingDaysLeft: daysLeft } : {}),
  };
}

/** The contract's JSON: exactly its keys, in its order, optional ones omitted when they do not apply. */
export function planJson(p: Plan): Record<string, unknown> {
  const out: Record<string, unknown> = {
    eta: p.eta,
    processing_days: p.processing_days,
    permit_needed_by: p.permit_needed_by,
    file_by: p.file_by,
  };
  if (p.filed !== undefined) out.filed = p.filed;
  if (p.expected_approval !== undefined) out.expected_approval = p.expected_approval;
  out.status = p.status;
  if (p.late_by !== undefined) out.late_by = p.late_by;
  out.estimated = p.estimated;
  return out;
}
