// `dossier lists`: the controlled lists known here, and importing a newer one from its spreadsheet.
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { listById, listInForce } from '../../shared/controlled-list/apply.ts';
import { diffLists, type DiffRow } from '../../shared/controlled-list/diff.ts';
import { entryWording, wordingLine } from '../../shared/controlled-list/wording.ts';
import type { ControlledEntry, ControlledListVersion } from '../../shared/controlled-list/types.ts';
import type { Lang } from '../../shared/domain/types.ts';
import { loadHs2022 } from '../reference/hs2022.ts';
import { readControlledList } from '../../shared/controlled-list/read-list.ts';
import { formatHsCode } from '../../shared/parse/hs-code.ts';
import { isValidIsoDate } from '../../shared/parse/date.ts';
import { loadControlledLists } from '../reference/controlled-lists.ts';
import { installList, userListsDir } from '../reference/user-lists.ts';
import { readInputBytes } from './load-inputs.ts';
import { type Io, today, usageError } from './io.ts';

export const LISTS_USAGE = `dossier lists show [--date YYYY-MM-DD] [--lang en|vi]
  dossier lists diff A B [--format text|json] [--lang en|vi]
  dossier lists import FILE --id ID --basis TEXT --from YYYY-MM-DD [--until YYYY-MM-DD] [--provisional]`;

export async function runListsCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { date: { type: 'string' }, format: { type: 'string' }, lang: { type: 'string' }, id: { type: 'string' }, basis: { type: 'string' }, from: { type: 'string' }, until: { type: 'string' }, provisional: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return usageError(io, `${(e as Error).message.split('\n')[0]} (usage: ${LISTS_USAGE})`);
  }
  const { values, positionals } = parsed;
  const lang = (values.lang ?? 'en') as Lang;
  if (lang !== 'en' && lang !== 'vi') return usageError(io, `--lang must be en or vi, not "${values.lang}".`);
  if (sub === 'diff') return runDiff(positionals, values.format ?? 'text', lang, io);
  if (sub === 'show') {
    const date = values.date ?? today();
    if (!isValidIsoDate(date)) return usageError(io, `--date must be YYYY-MM-DD, not "${date}".`);
    const lists = loadControlledLists();
    const inForce = listInForce(lists, date);
    for (const l of lists) {
      io.stdout(`${l === inForce ? '*' : ' '} ${l.id} — from ${l.effectiveFrom}${l.effectiveUntil ? ` to ${l.effectiveUntil}` : ''}, ${l.entries.length} entries (${l.legalBasis})${l.provisional ? ' — PROVISIONAL list' : ''}${l.origin === 'imported' ? ' — imported' : ''}\n`);
    }
    if (inForce) {
      io.stdout(`\nIn force on ${date}: ${inForce.id}${inForce.provisional ? ` — PROVISIONAL list. ${inForce.source}` : ''}\n`);
      for (const e of inForce.entries) io.stdout(`  ${formatHsCode(e.hsCode).padEnd(11)} ${entryLine(e, inForce, lang)}\n`);
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
    // A list whose codes are not the decree's own text is said to be provisional wherever it is applied.
    const installed = values.provisional ? { ...meta, provisional: true } : meta;
    const list = readControlledList(basename(path), bytes.value, meta);
    if (!list.ok) return usageError(io, list.error.message);
    const dir = userListsDir();
    installList(dir, path, installed);
    io.stdout(`Imported ${list.value.entries.length} entries as "${values.id}", in force from ${values.from}, into ${dir}.\n`);
    return 0;
  }
  return usageError(io, `unknown lists command "${sub ?? ''}" (usage: ${LISTS_USAGE})`);
}

/** Name and crypto function of an entry, whole, with where the source is cut or that none is known. */
function entryLine(e: ControlledEntry, list: ControlledListVersion, lang: Lang): string {
  const name = e.name.replace(/^[\s–—-]+/, '');
  const crypto = wordingLine(entryWording(e, lang, list.provisional));
  const nameText = wordingLine(entryWording({ ...e, cryptoFunction: name }, lang));
  return crypto ? `${nameText} — ${crypto}` : nameText;
}

function runDiff(positionals: string[], format: string, lang: Lang, io: Io): number {
  const [a, b] = positionals;
  if (!a || !b || positionals.length > 2) return usageError(io, `lists diff needs two list ids (usage: ${LISTS_USAGE})`);
  if (format !== 'text' && format !== 'json') return usageError(io, `--format must be json or text, not "${format}".`);
  const lists = loadControlledLists();
  const la = listById(lists, a);
  const lb = listById(lists, b);
  if (!la || !lb) {
    const known = [...new Set(lists.map((l) => l.id))].map((id) => `"${id}"`).join(', ');
    return usageError(io, `no controlled list "${!la ? a : b}"; the known ones are ${known}.`);
  }
  const d = diffLists(la, lb, loadHs2022());
  const entryJson = (e: ControlledEntry, list: ControlledListVersion) => {
    const w = entryWording(e, lang, list.provisional);
    return { hs_code: formatHsCode(e.hsCode), level: e.level, name: e.name, crypto_function: w.text, ...(w.note ? { note: w.note } : {}) };
  };
  const rowJson = (r: DiffRow, list: ControlledListVersion) => ({
    hs_code: formatHsCode(r.hsCode), ...(r.name ? { name: r.name } : {}), in_hs2022: r.inHs2022, entry: entryJson(r.entry, list),
  });
  if (format === 'json') {
    io.stdout(JSON.stringify({
      a: { id: la.id, provisional: la.provisional === true }, b: { id: lb.id, provisional: lb.provisional === true },
      only_in_a: d.onlyInA.map((r) => rowJson(r, la)), only_in_b: d.onlyInB.map((r) => rowJson(r, lb)),
      not_expanded: d.unexpanded.map((u) => ({ list: u.list, entry: entryJson(u.entry, u.list === la.id ? la : lb) })),
    }, null, 2) + '\n');
    return 0;
  }
  const T = lang === 'vi'
    ? { under: (x: string, y: string, n: number) => `Thuộc danh mục ${x}, không thuộc ${y} (${n} mã):`, entry: 'dòng', gone: 'không còn trong HS 2022',
        none: '  (không có)', unexpanded: 'Dòng 4/6 số không có mã 8 số nào trong bảng HS 2022 (chưa so sánh được):' }
    : { under: (x: string, y: string, n: number) => `Controlled under ${x} and not under ${y} (${n} codes):`, entry: 'entry', gone: 'not in HS 2022',
        none: '  (none)', unexpanded: 'Entries at 4/6 digits with no 8-digit code in the HS 2022 table (not compared):' };
  const line = (r: DiffRow, list: ControlledListVersion) => {
    const head = `  ${formatHsCode(r.hsCode).padEnd(11)} ${r.name ?? `(${T.gone})`}`;
    return `${head}\n      ↳ ${T.entry} ${formatHsCode(r.entry.hsCode)}: ${entryLine(r.entry, list, lang)}`;
  };
  const out: string[] = [];
  out.push(T.under(la.id, lb.id, d.onlyInA.length), ...(d.onlyInA.length ? d.onlyInA.map((r) => line(r, la)) : [T.none]), '');
  out.push(T.under(lb.id, la.id, d.onlyInB.length), ...(d.onlyInB.length ? d.onlyInB.map((r) => line(r, lb)) : [T.none]));
  if (d.unexpanded.length) {
    out.push('', T.unexpanded);
    for (const u of d.unexpanded) out.push(`  ${formatHsCode(u.entry.hsCode).padEnd(11)} ${u.list}: ${entryLine(u.entry, u.list === la.id ? la : lb, lang)}`);
  }
  io.stdout(out.join('\n') + '\n');
  return 0;
}
