// `dossier plan`: the permit's back-plan from the ETA (../shared/contracts/plan-cli.md). No planning logic here.
import type { Lang } from '../../shared/domain/types.ts';
import { isValidIsoDate } from '../../shared/parse/date.ts';
import { makeCalendar, NO_SWAPS, type SwapDays } from '../../shared/calendar/calendar.ts';
import { computePlan, DEFAULT_PROCESSING_DAYS, planJson } from '../../shared/plan/back-plan.ts';
import { planText } from '../../shared/plan/plan-text.ts';
import { loadHolidayTable } from '../reference/holidays.ts';
import { choose, type Io, parseFlags, today, usageError } from './io.ts';

export const PLAN_USAGE = 'dossier plan --eta YYYY-MM-DD [--processing-days N] [--filed YYYY-MM-DD] [--returned YYYY-MM-DD --resubmitted YYYY-MM-DD] [--today YYYY-MM-DD] [--format json|text] [--lang en|vi] [--archive ARCHIVE.sqlite [--ref REF]]';

export async function runPlanCommand(args: string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`usage: ${PLAN_USAGE}\n`);
    return 0;
  }
  const parsed = parseFlags(args, {
    eta: { type: 'string' },
    'processing-days': { type: 'string' },
    filed: { type: 'string' },
    returned: { type: 'string' },
    resubmitted: { type: 'string' },
    today: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    // Not in the contract: the swap days kept in an archive (extra days off, make-up Saturdays).
    archive: { type: 'string' },
    // With --archive: plan that folder from its ETA and recorded dates (the command line's win).
    ref: { type: 'string' },
  }, PLAN_USAGE);
  if (!parsed.ok) return usageError(io, parsed.message);
  const { values } = parsed;
  const langFlag = choose<Lang>(values.lang, ['en', 'vi'], 'en', '--lang');
  if (!langFlag.ok) return usageError(io, langFlag.message);
  const lang = langFlag.value;
  const formatFlag = choose(values.format, ['json', 'text'], 'text', '--format');
  if (!formatFlag.ok) return usageError(io, formatFlag.message);
  const format = formatFlag.value;
  let fromFolder: { eta?: string; filed?: string; returned?: string; resubmitted?: string } = {};
  let swaps: SwapDays = NO_SWAPS;
  if (values.ref && !values.archive) return usageError(io, `--ref needs --archive: the folder is looked up in that archive (usage: ${PLAN_USAGE})`);
  if (values.archive) {
    try {
      const { openArchive } = await import('../archive/index.ts');
      const archive = openArchive(values.archive, { readonly: true });
      try {
        const days = archive.swapDays();
        if (values.ref) {
          const folder = archive.getShipment(values.ref);
          const { planDates } = await import('../archive/plan.ts');
          const recorded = planDates(archive.planEvents(values.ref));
          fromFolder = { eta: folder.eta, ...recorded };
        }
        swaps = { daysOff: days.filter((d) => d.kind === 'off').map((d) => d.day), workDays: days.filter((d) => d.kind === 'work').map((d) => d.day) };
      } finally {
        archive.close();
      }
    } catch (e) {
      const err = e as Error & { messageVi?: string };
      return usageError(io, (lang === 'vi' && err.messageVi ? err.messageVi : err.message).split('\n')[0]);
    }
  }
  const eta = values.eta ?? fromFolder.eta;
  if (eta === undefined) {
    return usageError(io, values.ref ? `folder ${values.ref} has no ETA: give --eta YYYY-MM-DD.` : `--eta is required (usage: ${PLAN_USAGE})`);
  }
  // Dates given on the command line replace the folder's recorded ones as a whole (they go together).
  const given = values.filed !== undefined || values.returned !== undefined || values.resubmitted !== undefined;
  const recorded = given ? values : fromFolder;
  const dates = { eta, filed: recorded.filed, returned: recorded.returned, resubmitted: recorded.resubmitted, today: values.today ?? today() };
  for (const [name, value] of Object.entries(dates)) {
    if (value !== undefined && !isValidIsoDate(value)) return usageError(io, `--${name} must be a day written YYYY-MM-DD, not "${value}".`);
  }
  let processingDays = DEFAULT_PROCESSING_DAYS;
  if (values['processing-days'] !== undefined) {
    const text = values['processing-days'];
    if (!/^\d{1,3}$/.test(text) || +text < 1 || +text > 250) {
      return usageError(io, `--processing-days must be a whole number of working days from 1 to 250, not "${text}".`);
    }
    processingDays = +text;
  }
  // A folder may be sent back and not yet filed again; on the command line the two go together (the contract).
  if (given && (dates.returned === undefined) !== (dates.resubmitted === undefined)) {
    return usageError(io, '--returned and --resubmitted go together: the day the dossier was sent back and the day it was filed again.');
  }
  if (dates.returned && dates.filed && dates.returned < dates.filed) {
    return usageError(io, `--returned ${dates.returned} is before --filed ${dates.filed}: a dossier is sent back after it is filed.`);
  }
  if (dates.returned && dates.resubmitted && dates.resubmitted < dates.returned) {
    return usageError(io, `--resubmitted ${dates.resubmitted} is before --returned ${dates.returned}: it is filed again after it was sent back.`);
  }
  let plan;
  try {
    plan = computePlan(makeCalendar(loadHolidayTable(), swaps), { ...dates, processingDays });
  } catch (e) {
    return usageError(io, (e as Error).message.split('\n')[0]);
  }
  io.stdout(format === 'json' ? JSON.stringify(planJson(plan)) + '\n' : planText(plan, lang));
  return 0;
}
