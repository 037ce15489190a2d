// The `dossier` command: one line on stderr and exit 2 for anything unusable, never a stack trace.
import { CHECK_USAGE } from './check-usage.ts';
import type { Io } from './io.ts';
import { useNodeInflate } from '../node-inflate.ts';

useNodeInflate();

const USAGE = `usage:
  ${CHECK_USAGE}
  dossier archive init|add|list|show|export|verify|backup ARCHIVE.sqlite ...   (see README)
  dossier lists show [--date YYYY-MM-DD] | dossier lists diff A B [--format json] | dossier lists import FILE --id ID --basis TEXT --from YYYY-MM-DD
  dossier plan --eta YYYY-MM-DD [--processing-days N] [--filed D] [--returned D --resubmitted D] [--today D] [--format json|text] [--lang en|vi]
  dossier form07 --invoice F [--catalogue F] [--purpose TEXT] [--date YYYY-MM-DD] [--all] --out FILE.xlsx
  dossier --version`;

// A reader that stops early (`| head`) is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const io: Io = {
  stdout: (s) => process.stdout.write(s),
  stdoutBytes: (chunks) => {
    // Corked: a pipe gets the pieces in a few large writes, not one system call each.
    process.stdout.cork();
    for (const c of chunks) process.stdout.write(c);
    process.stdout.uncork();
  },
  stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check': {
      const { runCheckCommand } = await import('./check-command.ts');
      return runCheckCommand(rest, io);
    }
    case 'lists': {
      const { runListsCommand } = await import('./lists-command.ts');
      return runListsCommand(rest, io);
    }
    case 'archive': {
      const { runArchiveCommand } = await import('./archive-command.ts');
      return runArchiveCommand(rest, io);
    }
    case 'plan': {
      const { runPlanCommand } = await import('./plan-command.ts');
      return runPlanCommand(rest, io);
    }
    case 'form07': {
      const { runForm07Command } = await import('./form07-command.ts');
      return runForm07Command(rest, io);
    }
    case '--version':
    case '-v':
      io.stdout('0.1.0\n');
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.stdout(USAGE + '\n');
      return command === undefined ? 2 : 0;
    default:
      io.stderr(`dossier: unknown command "${command}".\n${USAGE}`);
      return 2;
  }
}

try {
  const status = await main(process.argv.slice(2));
  // Let stdout drain before leaving (large JSON reports are written asynchronously to pipes).
  process.exitCode = status;
} catch (e) {
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(`dossier: ${message.split('\n')[0]}`);
  if (process.env.DOSSIER_DEBUG) console.error(e);
  process.exitCode = 2;
}
