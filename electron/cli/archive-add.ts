// `dossier archive add`: read the spreadsheets and run the cross-check exactly as `dossier check` does,
// then store the whole folder in one transaction.
import { writeSync } from 'node:fs';
import { basename } from 'node:path';
import type { ParsedDocument, Role } from '../../shared/domain/types.ts';
import { runCheck } from '../../shared/check/run-check.ts';
import { isValidIsoDate } from '../../shared/parse/date.ts';
import { loadControlledLists } from '../reference/controlled-lists.ts';
import { ArchiveError, openArchive, type IncomingFile, type SqliteArchive } from '../archive/index.ts';
import { loadInputs, readInputBytes, type InputFile } from './load-inputs.ts';
import { today, type Io } from './io.ts';
import { choice, parse, UsageError } from './archive-args.ts';
import { cliPassphrase } from './passphrase.ts';

/**
 * The crash test (scripts/crash-test.mjs) sets DOSSIER_CRASH_TRACE_FD to learn whether its SIGKILL landed
 * before or during the transaction. Written synchronously so the mark precedes what it announces.
 */
export function trace(mark: string): void {
  const fd = Number(process.env.DOSSIER_CRASH_TRACE_FD);
  if (Number.isInteger(fd) && fd > 2) writeSync(fd, mark + '\n');
}

/** `--attach a.pdf b.pdf` and `--attach a.pdf --attach b.pdf` both work: the contract writes `[--attach F ...]`. */
function attachments(tokens: NonNullable<ReturnType<typeof parse>['tokens']>): string[] {
  const files: string[] = [];
  let afterAttach = false;
  let positional = 0;
  for (const t of tokens) {
    if (t.kind === 'option') {
      afterAttach = t.name === 'attach';
      if (afterAttach && t.value !== undefined) files.push(t.value);
    } else if (t.kind === 'positional') {
      if (positional++ === 0) continue; // ARCHIVE
      if (!afterAttach) throw new UsageError(`unexpected argument "${t.value}" (see "dossier archive --help").`);
      files.push(t.value);
    } else {
      afterAttach = false;
    }
  }
  return files;
}

function registeredPermitOrExit(archive: SqliteArchive, number: string, path: string): ParsedDocument {
  try {
    return archive.registeredPermit(number);
  } catch (e) {
    if (e instanceof ArchiveError && e.code === 'NOT_FOUND') {
      throw new UsageError(`${path} has no permit numbered "${number}" in its register: add a folder with the permit file first (nothing was changed).`);
    }
    throw e;
  }
}

export async function runArchiveAdd(args: string[], io: Io): Promise<number> {
  const { values, positionals, tokens } = parse(args, {
    ref: { type: 'string' },
    direction: { type: 'string' },
    eta: { type: 'string' },
    date: { type: 'string' },
    invoice: { type: 'string' },
    'packing-list': { type: 'string' },
    permit: { type: 'string' },
    'permit-number': { type: 'string' },
    catalogue: { type: 'string' },
    attach: { type: 'string', multiple: true },
  }, ['ARCHIVE']);
  const v = values as Record<string, string | undefined>;
  const attached = attachments(tokens!);
  const ref = v.ref;
  if (ref === undefined || ref.trim() === '') throw new UsageError('add needs --ref REF, the shipment folder\'s reference.');
  const direction = choice(v.direction, ['import', 'export'] as const, 'import', '--direction');
  if (v.eta !== undefined && !isValidIsoDate(v.eta)) throw new UsageError(`--eta must be a day written YYYY-MM-DD, not "${v.eta}".`);
  const date = v.date ?? today();
  if (!isValidIsoDate(date)) throw new UsageError(`--date must be a day written YYYY-MM-DD, not "${v.date}".`);
  if (!v.invoice || !v['packing-list']) throw new UsageError('add needs --invoice F and --packing-list F (see "dossier archive --help").');
  const permitNumber = v['permit-number'];
  if (permitNumber !== undefined && v.permit) throw new UsageError('give either --permit F or --permit-number N, not both.');
  if (permitNumber !== undefined && permitNumber.trim() === '') throw new UsageError('--permit-number needs the number of a permit registered in the archive.');

  const archive = openArchive(positionals[0], { passphrase: cliPassphrase() });
  try {
    // Before the slow part: a taken reference is the likeliest mistake.
    if (archive.hasShipment(ref)) throw new UsageError(`${positionals[0]} already has a shipment folder "${ref}": choose another reference (nothing was changed).`);
    const files: InputFile[] = [{ role: 'invoice', path: v.invoice }, { role: 'packing_list', path: v['packing-list'] }];
    for (const role of ['permit', 'catalogue'] as Role[]) if (v[role]) files.push({ role, path: v[role]! });
    const loaded = await loadInputs(files);
    if (!loaded.ok) {
      io.stderr(`dossier: ${loaded.error.message}`);
      return 2;
    }
    const extra: IncomingFile[] = [];
    for (const path of attached) {
      const bytes = readInputBytes(path);
      if (!bytes.ok) {
        io.stderr(`dossier: ${bytes.error.message}`);
        return 2;
      }
      extra.push({ name: basename(path), bytes: bytes.value });
    }
    const docs = loaded.value.map((d) => d.parsed);
    // A second shipment under a registered permit: checked against the registered copy, as if its file were given.
    if (permitNumber !== undefined) docs.push(registeredPermitOrExit(archive, permitNumber, positionals[0]));
    const result = runCheck(docs, { date, lists: loadControlledLists() });
    trace('begin');
    const summary = archive.addShipment({
      ref, direction, ...(v.eta ? { eta: v.eta } : {}), checkDate: date, controlledListId: result.list?.id,
      documents: loaded.value, attachments: extra, findings: result.findings, ...(permitNumber !== undefined ? { permitNumber } : {}),
    });
    trace('committed');
    io.stdout(`Added ${summary.ref} to ${positionals[0]}: ${loaded.value.length} document(s), ${extra.length} attachment(s); `
      + `${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.infos} info.\n`);
    const permit = loaded.value.find((d) => d.role === 'permit');
    if (permit && !permit.parsed.header.number) {
      io.stdout(`The permit ${permit.name} states no number that could be read, so it is not in the permit register: nothing is drawn from it.\n`);
    }
    return 0;
  } finally {
    archive.close();
  }
}
