// `dossier archive …`: arguments → archive and engine calls → text or JSON. No engine logic and no SQL here.
// Exit status: 0 success, 1 `verify` found a problem, 2 unusable input or arguments (one line on stderr).
// `init` on an existing archive is idempotent: it exits 0 and changes nothing (an older format is upgraded).
import { existsSync } from 'node:fs';
import type { Lang } from '../../shared/domain/types.ts';
import { ArchiveError, exportBag, openArchive, shipmentReportText, type SqliteArchive } from '../archive/index.ts';
import { shipmentJson, table } from '../archive/report.ts';
import type { Io } from './io.ts';
import { choice, noExtra, parse, UsageError } from './archive-args.ts';
import { declare, deleteCmd, outage, passphrase, restore, retention } from './archive-audit.ts';
import { cliPassphrase, preparePassphrase } from './passphrase.ts';
import { adjustCmd, cancelCmd, permitsCmd, PERMITS_USAGE } from './permits-command.ts';

export const ARCHIVE_USAGE = `usage:
  dossier archive init   ARCHIVE.sqlite
  dossier archive add    ARCHIVE.sqlite --ref REF [--direction import|export] [--eta YYYY-MM-DD] [--date YYYY-MM-DD]
                         --invoice F --packing-list F [--permit F | --permit-number N] [--catalogue F] [--attach F ...]
  dossier archive list   ARCHIVE.sqlite [--query TEXT] [--format json|text]
  dossier archive show   ARCHIVE.sqlite REF [--format json|text] [--lang en|vi]
  dossier archive export ARCHIVE.sqlite REF --out DIR [--lang en|vi]
  dossier archive verify ARCHIVE.sqlite
  dossier archive backup ARCHIVE.sqlite DEST.sqlite
  dossier archive restore BACKUP.sqlite ARCHIVE.sqlite
  dossier archive declare ARCHIVE.sqlite REF --number N --date YYYY-MM-DD [--office CODE] [--paper]
  dossier archive retention ARCHIVE.sqlite [--due-before YYYY-MM-DD] [--format json|text] [--keep-years N]
  dossier archive delete ARCHIVE.sqlite REF
  dossier archive outage ARCHIVE.sqlite list|add|resolve ...   (outage add ARCHIVE --from "YYYY-MM-DD HH:MM" [--to ...] [--notice TEXT];
                         outage list ARCHIVE [--format json|text]; outage resolve ARCHIVE REF --number N)
  dossier archive init   ARCHIVE.sqlite --encrypt   (passphrase from DOSSIER_PASSPHRASE, or asked in a terminal)
  dossier archive passphrase ARCHIVE.sqlite         (new passphrase from DOSSIER_NEW_PASSPHRASE, or asked)
${PERMITS_USAGE}`;

/** Set by the subcommands that take --lang once it is parsed, so their archive errors can follow it. */
interface ErrorLang { lang: Lang }

export async function runArchiveCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const errors: ErrorLang = { lang: 'en' };
  try {
    await preparePassphrase(sub === 'outage' ? 'outage' : sub, sub === 'outage' ? rest.slice(1) : rest);
    switch (sub) {
      case 'init': return init(rest, io);
      // The readers and the engine load only for `add`: the register, list and show start without them.
      case 'add': return await (await import('./archive-add.ts')).runArchiveAdd(rest, io);
      case 'list': return list(rest, io);
      case 'show': return show(rest, io, errors);
      case 'export': return await exportCmd(rest, io, errors);
      case 'verify': return verify(rest, io);
      case 'backup': return await backup(rest, io);
      case 'restore': return await restore(rest, io);
      case 'declare': return declare(rest, io);
      case 'retention': return retention(rest, io);
      case 'delete': return deleteCmd(rest, io);
      case 'outage': return outage(rest, io);
      case 'passphrase': return await passphrase(rest, io);
      case 'permits': return permitsCmd(rest, io);
      case 'cancel': return cancelCmd(rest, io);
      case 'permit-adjust': return adjustCmd(rest, io);
      case '--help': case '-h': case 'help':
        io.stdout(ARCHIVE_USAGE + '\n');
        return 0;
      default:
        throw new UsageError(sub === undefined ? 'archive needs a command: init, add, list, show, export, verify, backup, restore, declare, retention, delete, outage, permits, cancel or permit-adjust.'
          : `"${sub}" is not an archive command: use init, add, list, show, export, verify, backup, restore, declare, retention, delete, outage, permits, cancel or permit-adjust.`);
    }
  } catch (e) {
    io.stderr(`dossier: ${oneLine(e, errors.lang)}`);
    if (process.env.DOSSIER_DEBUG) io.stderr(String((e as Error)?.stack ?? e));
    return 2;
  }
}

// Only archive errors carry a Vietnamese sentence; usage and system errors stay English whatever --lang says.
function oneLine(e: unknown, lang: Lang): string {
  if (e instanceof ArchiveError) return (lang === 'vi' ? e.messageVi : e.message).split('\n')[0];
  if (e instanceof UsageError) return e.message.split('\n')[0];
  const err = e as { code?: string; message?: string };
  const code = err?.code ?? '';
  if (code === 'SQLITE_BUSY') return 'the archive is locked by another program for too long: try again when it has finished.';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'the disk is full: free some space and run the command again (nothing was changed).';
  if (code === 'SQLITE_READONLY' || code === 'EACCES' || code === 'EPERM') return `permission denied (${err.message?.split('\n')[0]}): check that you may write there.`;
  return String(err?.message ?? e).split('\n')[0];
}

function withArchive<T>(path: string, opts: { readonly?: boolean; create?: boolean; encrypt?: boolean }, fn: (a: SqliteArchive) => T): T {
  const archive = openArchive(path, { ...opts, passphrase: cliPassphrase() });
  try {
    return fn(archive);
  } finally {
    archive.close();
  }
}

function init(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { encrypt: { type: 'boolean' } }, ['ARCHIVE']);
  noExtra(positionals, 1);
  const [path] = positionals;
  const existed = existsSync(path);
  const encrypted = withArchive(path, { create: true, encrypt: !!values.encrypt }, (a) => a.encrypted);
  if (existed && values.encrypt && !encrypted) throw new UsageError(`${path} is already a plain (unencrypted) archive: --encrypt applies to a new archive only; give a new file name.`);
  io.stdout(existed ? `${path} is already a dossier archive: nothing to do.\n`
    : encrypted ? `Created encrypted archive ${path}: keep the passphrase safe, it cannot be recovered.\n` : `Created archive ${path}.\n`);
  return 0;
}

function list(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { query: { type: 'string' }, format: { type: 'string' } }, ['ARCHIVE']);
  noExtra(positionals, 1);
  const format = choice(values.format as string | undefined, ['text', 'json'] as const, 'text', '--format');
  const { shipments, declared } = withArchive(positionals[0], {}, (a) => ({
    ...a.listShipments({ query: values.query as string | undefined }), declared: a.declaredFolders(),
  }));
  if (format === 'json') {
    const out = shipments.map((s) => ({
      ref: s.ref, direction: s.direction, eta: s.eta ?? null, created_at: s.createdAt, status: s.status,
      errors: s.errors, warnings: s.warnings, infos: s.infos,
      declaration_number: declared.get(s.ref)?.number ?? null, keep_until: declared.get(s.ref)?.keepUntil ?? null,
    }));
    io.stdout(JSON.stringify({ shipments: out }, null, 2) + '\n');
    return 0;
  }
  if (shipments.length === 0) {
    io.stdout(values.query !== undefined ? `No shipment folder matches "${values.query}".\n` : 'The archive holds no shipment folder yet.\n');
    return 0;
  }
  const rows = shipments.map((s) => [s.ref, s.direction, s.eta ?? '', s.createdAt.slice(0, 19).replace('T', ' '), s.status,
    String(s.errors), String(s.warnings), String(s.infos), declared.get(s.ref)?.number ?? '', declared.get(s.ref)?.keepUntil ?? '']);
  io.stdout([...table(['REF', 'DIRECTION', 'ETA', 'CREATED (UTC)', 'STATUS', 'ERRORS', 'WARNINGS', 'INFOS', 'DECLARATION', 'KEEP UNTIL'], rows),
    '', `${shipments.length} shipment folder(s)`].join('\n') + '\n');
  return 0;
}

function show(args: string[], io: Io, errors: ErrorLang): number {
  const { values, positionals } = parse(args, { format: { type: 'string' }, lang: { type: 'string' } }, ['ARCHIVE', 'REF']);
  noExtra(positionals, 2);
  const format = choice(values.format as string | undefined, ['text', 'json'] as const, 'text', '--format');
  const lang = choice(values.lang as string | undefined, ['en', 'vi'] as const, 'en', '--lang') as Lang;
  errors.lang = lang;
  const detail = withArchive(positionals[0], {}, (a) => a.getShipment(positionals[1]));
  io.stdout(format === 'json' ? JSON.stringify(shipmentJson(detail, lang), null, 2) + '\n' : shipmentReportText(detail, lang));
  return 0;
}

async function exportCmd(args: string[], io: Io, errors: ErrorLang): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, lang: { type: 'string' }, organization: { type: 'string' } }, ['ARCHIVE', 'REF']);
  noExtra(positionals, 2);
  const lang = choice(values.lang as string | undefined, ['en', 'vi'] as const, 'en', '--lang') as Lang;
  errors.lang = lang;
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('export needs --out DIR, a new or empty folder to write the files to.');
  const organization = values.organization as string | undefined;
  const archive = openArchive(positionals[0], { passphrase: cliPassphrase() });
  let result;
  try {
    // The PDF discrepancy report goes into the bag beside the text one (electron/report/, as the app writes it).
    const detail = archive.getShipment(positionals[1]);
    const [{ reportModelFromShipment }, { reportBytesAsync }] = await Promise.all([import('../report/from-shipment.ts'), import('../report/run-writer.ts')]);
    const pdf = await reportBytesAsync(reportModelFromShipment(detail, lang), 'pdf');
    result = exportBag(archive, positionals[1], out, { lang, ...(organization ? { organization } : {}), extras: new Map([[detail.ref, [{ name: 'report.pdf', bytes: pdf }]]]) });
  } finally {
    archive.close();
  }
  io.stdout(`Exported ${positionals[1]} to ${result.dir} as a BagIt bag: ${result.folders[0].files.length} file(s), manifest.json, report.pdf and report.txt under data/ (${result.payloadBytes} bytes), manifest-sha256.txt, tagmanifest-sha256.txt.\n`);
  return 0;
}

function verify(args: string[], io: Io): number {
  const { positionals } = parse(args, {}, ['ARCHIVE']);
  noExtra(positionals, 1);
  const problems = withArchive(positionals[0], { readonly: true }, (a) => a.verify());
  if (problems.length === 0) {
    io.stdout(`${positionals[0]}: all holds (SQLite integrity, stored files' SHA-256, audit trail, stored rows' hashes).\n`);
    return 0;
  }
  for (const p of problems) io.stdout(p + '\n');
  io.stderr(`dossier: ${positionals[0]}: verify found ${problems.length} problem(s), listed above.`);
  return 1;
}

async function backup(args: string[], io: Io): Promise<number> {
  const { positionals } = parse(args, {}, ['ARCHIVE', 'DEST']);
  noExtra(positionals, 2);
  const archive = openArchive(positionals[0], { readonly: true, passphrase: cliPassphrase() });
  try {
    await archive.backup(positionals[1]);
  } finally {
    archive.close();
  }
  io.stdout(`Backed up ${positionals[0]} to ${positionals[1]}.\n`);
  return 0;
}
