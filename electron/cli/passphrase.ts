// Where the CLI gets an encrypted archive's passphrase: DOSSIER_PASSPHRASE, or asked on the terminal (not echoed).
// Asked once per command, before the archive is opened, so the archive code stays synchronous.
import { existsSync, statSync } from 'node:fs';
import { looksEncrypted } from '../archive/cipher.ts';

let asked: string | undefined;

export function cliPassphrase(): string | undefined {
  const env = process.env.DOSSIER_PASSPHRASE;
  return env !== undefined && env !== '' ? env : asked;
}

/** Reads a line from the terminal without echoing it. */
async function ask(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode?.(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  try {
    return await new Promise<string>((resolve, reject) => {
      let text = '';
      const onData = (chunk: string) => {
        for (const ch of chunk) {
          if (ch === '\r' || ch === '\n') { stdin.off('data', onData); resolve(text); return; }
          if (ch === '\u0003') { stdin.off('data', onData); reject(new Error('cancelled')); return; }
          if (ch === '\u007f' || ch === '\b') text = text.slice(0, -1);
          else text += ch;
        }
      };
      stdin.on('data', onData);
    });
  } finally {
    stdin.setRawMode?.(false);
    stdin.pause();
    process.stderr.write('\n');
  }
}

const canAsk = () => !!process.stdin.isTTY && !!process.stderr.isTTY;

/**
 * Before a command runs: when the archive it names is encrypted (or `init --encrypt` is to make one) and
 * DOSSIER_PASSPHRASE is not set, ask on the terminal. Without a terminal nothing is asked, and opening says
 * "wrong passphrase" in one line.
 */
export async function preparePassphrase(sub: string | undefined, args: string[]): Promise<void> {
  if (cliPassphrase() !== undefined || !canAsk()) return;
  const path = args.find((a) => !a.startsWith('--'));
  if (path === undefined) return;
  if (sub === 'init' && args.includes('--encrypt')) {
    if (existsSync(path)) return;
    const first = await ask(`New passphrase for ${path}: `);
    const again = await ask('The same passphrase again: ');
    if (first !== again) throw new Error('the two passphrases differ: nothing was created.');
    asked = first;
    return;
  }
  if (existsSync(path) && statSync(path).isFile() && looksEncrypted(path, statSync(path).size)) asked = await ask(`Passphrase for ${path}: `);
}

/** The new passphrase for `passphrase ARCHIVE`: DOSSIER_NEW_PASSPHRASE, or asked twice on the terminal. */
export async function newPassphrase(): Promise<string> {
  const env = process.env.DOSSIER_NEW_PASSPHRASE;
  if (env !== undefined && env !== '') return env;
  if (!canAsk()) throw new Error('give the new passphrase in DOSSIER_NEW_PASSPHRASE (or run the command in a terminal to be asked).');
  const first = await ask('New passphrase: ');
  const again = await ask('The same passphrase again: ');
  if (first !== again) throw new Error('the two passphrases differ: the passphrase was not changed.');
  return first;
}
