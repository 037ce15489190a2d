// `dossier check`: arguments → engine calls → text or JSON. No engine logic lives here.
import type { Lang, Role } from '../../shared/domain/types.ts';
import { runCheck } from '../../shared/check/run-check.ts';
import { toCheckJson, toCheckText } from '../../shared/check/report.ts';
import { isValidIsoDate } from '../../shared/parse/date.ts';
import { loadControlledLists } from '../reference/controlled-lists.ts';
import { loadLegalBases } from '../reference/legal-basis.ts';
import { listById } from '../../shared/controlled-list/apply.ts';
import { loadInputs, type InputFile } from './load-inputs.ts';
import { choose, type Io, parseFlags, today, usageError } from './io.ts';

import { CHECK_USAGE } from './check-usage.ts';

export { CHECK_USAGE };

export async function runCheckCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseFlags(args, {
    invoice: { type: 'string' },
    'packing-list': { type: 'string' },
    permit: { type: 'string' },
    catalogue: { type: 'string' },
    date: { type: 'string' },
    lang: { type: 'string' },
    format: { type: 'string' },
    list: { type: 'string' },
    report: { type: 'string' },
  }, CHECK_USAGE);
  if (!parsed.ok) return usageError(io, parsed.message);
  const { values } = parsed;
  const langFlag = choose<Lang>(values.lang, ['en', 'vi'], 'en', '--lang');
  if (!langFlag.ok) return usageError(io, langFlag.message);
  const lang = langFlag.value;
  const formatFlag = choose(values.format, ['json', 'text'], 'text', '--format');
  if (!formatFlag.ok) return usageError(io, formatFlag.message);
  const format = formatFlag.value;
  const date = values.date ?? today();
  if (!isValidIsoDate(date)) return usageError(io, `--date must be a day written YYYY-MM-DD, not "${values.date}".`);
  if (!values.invoice || !values['packing-list']) {
    return usageError(io, `--invoice and --packing-list are required (usage: ${CHECK_USAGE})`);
  }
  if (values.report !== undefined && !/\.(xlsx|pdf)$/i.test(values.report)) {
    return usageError(io, `--report must name a .xlsx or .pdf file, not "${values.report}".`);
  }
  const lists = loadControlledLists();
  if (values.list !== undefined && !listById(lists, values.list)) {
    const known = [...new Set(lists.map((l) => l.id))].map((id) => `"${id}"`).join(', ');
    return usageError(io, lang === 'vi'
      ? `--list: không có danh mục "${values.list}"; các danh mục đã biết: ${known} (xem dossier lists show).`
      : `--list: no controlled list "${values.list}"; the known ones are ${known} (see dossier lists show).`);
  }
  const files: InputFile[] = [
    { role: 'invoice', path: values.invoice },
    { role: 'packing_list', path: values['packing-list'] },
  ];
  const optional: [Role, string | undefined][] = [['permit', values.permit], ['catalogue', values.catalogue]];
  for (const [role, path] of optional) if (path) files.push({ role, path });

  const loaded = await loadInputs(files);
  if (!loaded.ok) {
    io.stderr(`dossier: ${lang === 'vi' ? loaded.error.messageVi : loaded.error.message}`);
    return 2;
  }
  const docs = loaded.value.map((d) => d.parsed);
  const result = runCheck(docs, { date, lists, ...(values.list !== undefined ? { listId: values.list } : {}) });
  const bases = loadLegalBases();
  const report = toCheckJson(docs, result, lang, date, bases);
  if (values.report !== undefined) {
    // The PDF and Excel writers (pdfkit, fonts) load only when a report is asked for: every other run starts faster.
    const { writeReportFile } = await import('../report/write-report-file.ts');
    const written = writeReportFile(values.report, { inputs: loaded.value, result, lang, date, bases });
    if (!written.ok) {
      io.stderr(`dossier: ${lang === 'vi' ? written.error.messageVi : written.error.message}`);
      return 2;
    }
  }
  io.stdout(format === 'json' ? JSON.stringify(report, null, 2) + '\n' : toCheckText(report, lang));
  return result.summary.errors > 0 ? 1 : 0;
}
