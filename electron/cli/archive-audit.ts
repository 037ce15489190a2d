// `dossier archive declare | retention | delete | outage | restore | passphrase` (contract revision 2):
// arguments → archive calls → text or JSON. No SQL and no retention rules here: those live in electron/archive/.
import { isValidIsoDate } from '../../shared/parse/date.ts';
import { ArchiveError, openArchive, restoreBackup, type SqliteArchive } from '../archive/index.ts';
import { table } from '../archive/report.ts';
import { today, type Io } from './io.ts';
import { choice, noExtra, parse, UsageError } from './archive-args.ts';
import { cliPassphrase, newPassphrase } from './passphrase.ts';
import { trace } from './archive-add.ts';

/** The day retention is judged for: DOSSIER_CHECK_DATE when set (an archivist checking as of another day), else today. */
export function checkDay(): string {
  const pinned = process.env.DOSSIER_CHECK_DATE;
  if (pinned === undefined || pinned === '') return today();
  if (!isValidIsoDate(pinned)) throw new UsageError(`DOSSIER_CHECK_DATE must be a date written YYYY-MM-DD, not "${pinned}".`);
  return pinned;
}

export function withArchive<T>(path: string, opts: { readonly?: boolean }, fn: (a: SqliteArchive) => T): T {
  const archive = openArchive(path, { ...opts, passphrase: cliPassphrase() });
  try {
    return fn(archive);
  } finally {
    archive.close();
  }
}

function date(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !isValidIsoDate(value)) throw new UsageError(`${flag} must be a date written YYYY-MM-DD, not "${value}".`);
  return value;
}

export function declare(args: string[], io: Io): number {
  const { values, positionals } = parse(args, {
    number: { type: 'string' }, date: { type: 'string' }, office: { type: 'string' }, paper: { type: 'boolean' },
  }, ['ARCHIVE', 'REF']);
  noExtra(positionals, 2);
  const number = values.number as string | undefined;
  const declaredOn = date(values.date as string | undefined, '--date');
  if (!number) throw new UsageError('declare needs --number N, the declaration number as registered.');
  if (!declaredOn) throw new UsageError('declare needs --date YYYY-MM-DD, the day the declaration was registered.');
  const [path, ref] = positionals;
  const d = withArchive(path, {}, (a) => a.declare(ref, {
    number, declaredOn, ...(values.office !== undefined ? { office: values.office as string } : {}), paper: !!values.paper,
  }));
  const lines = [`Declared ${ref}: declaration ${d.number} of ${d.declaredOn}${d.office ? `, office ${d.office}` : ''}${d.paper ? ', on paper' : ''}; keep until ${d.keepUntil}.`];
  if (d.paper) {
    lines.push(d.outageId !== null
      ? `Tied to outage ${d.outageId}: enter it electronically once the system is back, then run "dossier archive outage resolve ${path} ${ref} --number N".`
      : `No outage recorded covers ${d.declaredOn}: record it with "dossier archive outage add ${path} --from \\"YYYY-MM-DD HH:MM\\"" and this declaration is tied to it.`);
  }
  io.stdout(lines.join('\n') + '\n');
  return 0;
}

export function retention(args: string[], io: Io): number {
  const { values, positionals } = parse(args, {
    'due-before': { type: 'string' }, format: { type: 'string' }, 'keep-years': { type: 'string' },
  }, ['ARCHIVE']);
  noExtra(positionals, 1);
  const format = choice(values.format as string | undefined, ['text', 'json'] as const, 'text', '--format');
  const dueBefore = date(values['due-before'] as string | undefined, '--due-before');
  const day = checkDay();
  const keepYears = values['keep-years'] as string | undefined;
  if (keepYears !== undefined && !/^\d{1,3}$/.test(keepYears)) throw new UsageError(`--keep-years must be a whole number of years, not "${keepYears}".`);
  const { folders, years } = withArchive(positionals[0], keepYears === undefined ? { readonly: true } : {}, (a) => {
    if (keepYears !== undefined) a.setRetentionYears(Number(keepYears));
    return { folders: a.retention(day, dueBefore), years: a.retentionYears() };
  });
  if (format === 'json') {
    io.stdout(JSON.stringify({
      folders: folders.map((f) => ({ ref: f.ref, declaration_number: f.declarationNumber, declared_on: f.declaredOn, keep_until: f.keepUntil, status: f.status })),
    }, null, 2) + '\n');
    return 0;
  }
  const head = `Retention: ${years} years from each declaration's registration date (as of ${day}).`;
  if (folders.length === 0) {
    io.stdout(`${head}\n${dueBefore !== undefined ? `No folder's keep-until is before ${dueBefore}.` : 'The archive holds no shipment folder yet.'}\n`);
    return 0;
  }
  const rows = folders.map((f) => [f.ref, f.declarationNumber ?? '—', f.declaredOn ?? '—', f.keepUntil ?? '—',
    f.status === 'due' ? 'due (may be deleted)' : f.status === 'keep' ? 'keep' : 'undeclared']);
  const due = folders.filter((f) => f.status === 'due').length;
  const undeclared = folders.filter((f) => f.status === 'undeclared').length;
  io.stdout([head, '', ...table(['REF', 'DECLARATION', 'DECLARED ON', 'KEEP UNTIL', 'STATUS'], rows), '',
    `${folders.length} folder(s): ${due} due, ${folders.length - due - undeclared} to keep, ${undeclared} undeclared.`].join('\n') + '\n');
  return 0;
}

export function deleteCmd(args: string[], io: Io): number {
  const { positionals } = parse(args, {}, ['ARCHIVE', 'REF']);
  noExtra(positionals, 2);
  const [path, ref] = positionals;
  const day = checkDay();
  const d = withArchive(path, {}, (a) => {
    trace('begin'); // the crash tests kill inside the disposal's transaction from this mark
    const r = a.deleteShipment(ref, day);
    trace('committed');
    return r;
  });
  const why = d.declaration ? `declaration ${d.declaration.number} of ${d.declaration.declaredOn}, kept until ${d.keepUntil}` : 'never declared';
  // The disposal report: what was there, so the user can file it with the disposal minutes.
  io.stdout([`Deleted folder ${ref} (${why}) on ${day}; the disposal is recorded in the audit trail.`,
    ...table(['FILE', 'ROLE', 'BYTES', 'SHA-256'], d.files.map((f) => [f.name, f.role ?? 'attachment', String(f.bytes), f.sha256])),
    `${d.files.length} file(s) disposed (${d.contentsRemoved} stored content(s) removed; contents other folders hold are kept).`].join('\n') + '\n');
  return 0;
}

export function outage(args: string[], io: Io): number {
  const [action, ...rest] = args;
  switch (action) {
    case 'add': {
      const { values, positionals } = parse(rest, { from: { type: 'string' }, to: { type: 'string' }, notice: { type: 'string' } }, ['ARCHIVE']);
      noExtra(positionals, 1);
      const from = values.from as string | undefined;
      if (!from) throw new UsageError('outage add needs --from "YYYY-MM-DD HH:MM", when the e-customs system went down.');
      const r = withArchive(positionals[0], {}, (a) => a.addOutage(from, values.to as string | undefined, values.notice as string | undefined));
      io.stdout(`Recorded outage ${r.id} from ${from}${values.to ? ` to ${values.to}` : ' (still going on)'}.` +
        (r.tied.length ? ` Paper declarations tied to it: ${r.tied.join(', ')}.` : '') + '\n');
      return 0;
    }
    case 'list': {
      const { values, positionals } = parse(rest, { format: { type: 'string' } }, ['ARCHIVE']);
      noExtra(positionals, 1);
      const format = choice(values.format as string | undefined, ['text', 'json'] as const, 'text', '--format');
      const outages = withArchive(positionals[0], { readonly: true }, (a) => a.outages());
      if (format === 'json') {
        io.stdout(JSON.stringify({
          outages: outages.map((o) => ({
            id: o.id, from: o.from, to: o.to, notice: o.notice,
            declarations: o.declarations.map((d) => ({ ref: d.ref, number: d.number, declared_on: d.declaredOn, reentered: d.reentered,
              electronic_number: d.electronicNumber })),
          })),
        }, null, 2) + '\n');
        return 0;
      }
      if (outages.length === 0) {
        io.stdout('No outage of the e-customs system is recorded.\n');
        return 0;
      }
      const day = checkDay();
      const out: string[] = [];
      for (const o of outages) {
        out.push(`Outage ${o.id}: ${o.from} – ${o.to ?? 'still going on'}${o.notice ? ` (${o.notice})` : ''}`);
        if (o.declarations.length === 0) out.push('  no paper declaration tied to it');
        for (const d of o.declarations) {
          out.push(d.reentered ? `  ${d.ref}: paper declaration ${d.number} of ${d.declaredOn}, entered electronically as ${d.electronicNumber}`
            : `  ${d.ref}: paper declaration ${d.number} of ${d.declaredOn}, still to be entered electronically (${daysBetween(d.declaredOn, day)} day(s) since)`);
        }
      }
      const pending = outages.reduce((n, o) => n + o.declarations.filter((d) => !d.reentered).length, 0);
      out.push('', `${outages.length} outage(s); ${pending} paper declaration(s) still to be entered electronically.`);
      io.stdout(out.join('\n') + '\n');
      return 0;
    }
    case 'resolve': {
      const { values, positionals } = parse(rest, { number: { type: 'string' } }, ['ARCHIVE', 'REF']);
      noExtra(positionals, 2);
      const number = values.number as string | undefined;
      if (!number) throw new UsageError('outage resolve needs --number N, the electronic declaration number.');
      const r = withArchive(positionals[0], {}, (a) => a.resolveOutage(positionals[1], number));
      io.stdout(`Recorded: paper declaration ${r.paperNumber} of ${positionals[1]} was entered electronically as ${number}.\n`);
      return 0;
    }
    default:
      throw new UsageError(action === undefined ? 'outage needs an action: add, list or resolve.' : `"${action}" is not an outage action: use add, list or resolve.`);
  }
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export async function restore(args: string[], io: Io): Promise<number> {
  const { positionals } = parse(args, {}, ['BACKUP', 'ARCHIVE']);
  noExtra(positionals, 2);
  const [backup, dest] = positionals;
  const r = await restoreBackup(backup, dest, { passphrase: cliPassphrase() });
  if (r.problems.length > 0) {
    for (const p of r.problems) io.stdout(p + '\n');
    throw new ArchiveError('INVALID', `${backup} does not verify (${r.problems.length} problem(s), listed above): nothing was restored; use another backup.`,
      `${backup} không qua được kiểm tra (${r.problems.length} lỗi, liệt kê ở trên): chưa khôi phục gì; hãy dùng bản sao lưu khác.`);
  }
  io.stdout(`Restored ${backup} to ${dest}: verified (SQLite integrity, ${r.files} stored file(s)' SHA-256, audit trail), ${r.folders} folder(s).\n`);
  return 0;
}

/** `passphrase ARCHIVE`: the current passphrase from DOSSIER_PASSPHRASE, the new one from DOSSIER_NEW_PASSPHRASE (or asked). */
export async function passphrase(args: string[], io: Io): Promise<number> {
  const { positionals } = parse(args, {}, ['ARCHIVE']);
  noExtra(positionals, 1);
  const next = await newPassphrase();
  withArchive(positionals[0], {}, (a) => a.changePassphrase(next));
  io.stdout(`Changed the passphrase of ${positionals[0]}: backups made before keep the old one.\n`);
  return 0;
}
