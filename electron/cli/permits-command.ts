// `dossier archive permits | cancel | permit-adjust`: the permit register on the command line.
// Arguments → archive calls → text or the contract's JSON. No SQL and no register logic here.
import type { Lang } from '../../shared/domain/types.ts';
import { isValidIsoDate } from '../../shared/parse/date.ts';
import { openArchive } from '../archive/index.ts';
import type { Io } from './io.ts';
import { today } from './io.ts';
import { choice, noExtra, parse, UsageError } from './archive-args.ts';
import { cliPassphrase } from './passphrase.ts';

// The contract's JSON is written by the archive, which keeps it materialised; tests and the bench still reach it here.
export { permitsJson, permitsJsonText, permitsText, SHIPMENTS_DEPTH } from '../archive/index.ts';

export const PERMITS_USAGE = `  dossier archive permits ARCHIVE.sqlite [NUMBER] [--expiring-within DAYS] [--format json|text] [--lang en|vi]
  dossier archive cancel ARCHIVE.sqlite REF --note TEXT
  dossier archive permit-adjust ARCHIVE.sqlite NUMBER --model MODEL --quantity Q --note TEXT`;

/** Today as the contract means it: DOSSIER_CHECK_DATE when set (an archivist's "as of"), else the local day. */
function checkDay(): string {
  const pinned = process.env.DOSSIER_CHECK_DATE?.trim();
  if (!pinned) return today();
  if (!isValidIsoDate(pinned)) throw new UsageError(`DOSSIER_CHECK_DATE must be a day written YYYY-MM-DD, not "${pinned}".`);
  return pinned;
}

export function permitsCmd(args: string[], io: Io): number {
  const { values, positionals } = parse(args, {
    'expiring-within': { type: 'string' }, format: { type: 'string' }, lang: { type: 'string' },
  }, ['ARCHIVE']);
  noExtra(positionals, 2);
  const format = choice(values.format as string | undefined, ['text', 'json'] as const, 'text', '--format');
  const lang = choice(values.lang as string | undefined, ['en', 'vi'] as const, 'en', '--lang') as Lang;
  const within = values['expiring-within'] as string | undefined;
  if (within !== undefined && !/^\d{1,5}$/.test(within.trim())) throw new UsageError(`--expiring-within must be a whole number of days, not "${within}".`);
  const day = checkDay();
  const query = {
    ...(positionals[1] !== undefined ? { number: positionals[1] } : {}),
    ...(within !== undefined ? { expiringWithin: Number(within), today: day } : {}),
  };
  const archive = openArchive(positionals[0], { passphrase: cliPassphrase() });
  let out: { chunks: Uint8Array[]; count: number };
  try {
    // What the archive keeps as printed, as bytes: the JSON entries, or the text tables under today's first lines.
    out = format === 'json' ? archive.permitsJson(query) : archive.permitsText(query, lang, day);
  } finally {
    archive.close();
  }
  if (positionals[1] !== undefined && out.count === 0 && within === undefined) {
    throw new UsageError(`${positionals[0]} has no permit numbered "${positionals[1]}" in its register (dossier archive permits lists them).`);
  }
  if (io.stdoutBytes) io.stdoutBytes(out.chunks);
  else io.stdout(Buffer.concat(out.chunks).toString('utf8'));
  return 0;
}

export function cancelCmd(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { note: { type: 'string' } }, ['ARCHIVE', 'REF']);
  noExtra(positionals, 2);
  const note = (values.note as string | undefined)?.trim();
  if (!note) throw new UsageError('cancel needs --note TEXT saying why the shipment will not go ahead (it stays in the audit trail).');
  const archive = openArchive(positionals[0], { passphrase: cliPassphrase() });
  try {
    archive.cancelShipment(positionals[1], note);
  } finally {
    archive.close();
  }
  io.stdout(`Cancelled ${positionals[1]}: its draw on its permit is released (recorded in the audit trail).\n`);
  return 0;
}

export function adjustCmd(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { model: { type: 'string' }, quantity: { type: 'string' }, note: { type: 'string' } }, ['ARCHIVE', 'NUMBER']);
  noExtra(positionals, 2);
  const model = values.model as string | undefined;
  const q = values.quantity as string | undefined;
  const note = (values.note as string | undefined)?.trim();
  if (!model) throw new UsageError('permit-adjust needs --model MODEL, a model the permit lists.');
  if (q === undefined || !/^-?\d+(\.\d+)?$/.test(q.trim()) || Number(q) === 0) throw new UsageError(`--quantity must be a number other than 0 (negative gives back), not "${q ?? ''}".`);
  if (!note) throw new UsageError('permit-adjust needs --note TEXT saying where the goods were declared (it stays in the audit trail).');
  const archive = openArchive(positionals[0], { passphrase: cliPassphrase() });
  try {
    archive.adjustPermit(positionals[1], model, Number(q), note);
  } finally {
    archive.close();
  }
  io.stdout(`Adjusted permit ${positionals[1]}, ${model}: ${q} (recorded in the audit trail).\n`);
  return 0;
}
