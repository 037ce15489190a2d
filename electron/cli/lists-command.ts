// `dossier lists`: the controlled lists known here, and importing a newer one from its spreadsheet.
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { listInForce } from '../../shared/controlled-list/apply.ts';
import { readControlledList } from '../../shared/controlled-list/read-list.ts';
import { formatHsCode } from '../../shared/parse/hs-code.ts';
import { isValidIsoDate } from '../../shared/parse/date.ts';
import { loadControlledLists } from '../reference/controlled-lists.ts';
import { installList, userListsDir } from '../reference/user-lists.ts';
import { readInputBytes } from './load-inputs.ts';
import { type Io, today, usageError } from './io.ts';

export const LISTS_USAGE = `dossier lists show [--date YYYY-MM-DD]
  dossier lists import FILE --id ID --basis TEXT --from YYYY-MM-DD [--until YYYY-MM-DD]`;

export async function runListsCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { date: { type: 'string' }, id: { type: 'string' }, basis: { type: 'string' }, from: { type: 'string' }, until: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return usageError(io, `${(e as Error).message.split('\n')[0]} (usage: ${LISTS_USAGE})`);
  }
  const { values, positionals } = parsed;
  if (sub === 'show') {
    const date = values.date ?? today();
    if (!isValidIsoDate(date)) return usageError(io, `--date must be YYYY-MM-DD, not "${date}".`);
    const lists = loadControlledLists();
    const inForce = listInForce(lists, date);
    for (const l of lists) {
      io.stdout(`${l === inForce ? '*' : ' '} ${l.id} — from ${l.effectiveFrom}${l.effectiveUntil ? ` to ${l.effectiveUntil}` : ''}, ${l.entries.length} entries (${l.legalBasis})\n`);
    }
    if (inForce) {
      io.stdout(`\nIn force on ${date}: ${inForce.id}\n`);
      for (const e of inForce.entries) io.stdout(`  ${formatHsCode(e.hsCode).padEnd(11)} ${e.cryptoFunction || e.name}\n`);
    } else {
      io.stdout(`\nNo list in force on ${date}.\n`);
    }
    return 0;
  }
  if (sub === 'import') {
    const [path] = positionals;
    if (!path || !values.id || !values.basis || !values.from) return usageError(io, `lists import needs FILE, --id, --basis and --from (usage: ${LISTS_USAGE})`);
    if (!isValidIsoDate(values.from) || (values.until && !isValidIsoDate(values.until))) return usageError(io, '--from and --until must be YYYY-MM-DD.');
    const bytes = readInputBytes(path);
    if (!bytes.ok) return usageError(io, bytes.error.message);
    const meta = { id: values.id, legalBasis: values.basis, effectiveFrom: values.from, effectiveUntil: values.until, source: `imported from ${basename(path)}` };
    const list = readControlledList(basename(path), bytes.value, meta);
    if (!list.ok) return usageError(io, list.error.message);
    const dir = userListsDir();
    installList(dir, path, meta);
    io.stdout(`Imported ${list.value.entries.length} entries as "${values.id}", in force from ${values.from}, into ${dir}.\n`);
    return 0;
  }
  return usageError(io, `unknown lists command "${sub ?? ''}" (usage: ${LISTS_USAGE})`);
}
