import { parseArgs } from 'node:util';

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

export interface Io {
  stdout: (s: string) => void;
  /** Output already encoded as UTF-8, in pieces (the permit register, tens of MB): written as is. Without it, decoded to stdout. */
  stdoutBytes?: (chunks: readonly Uint8Array[]) => void;
  stderr: (s: string) => void;
}

/** One line on stderr, exit status 2: the contract's answer to unusable arguments. */
export function usageError(io: Io, message: string): number {
  io.stderr(`dossier: ${message}`);
  return 2;
}

/** Today's date where the user is (local time), YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** parseArgs for a command with flags only: its first error line with the command's usage, or the values. */
export function parseFlags<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return { ok: true as const, values: parseArgs({ args, options, strict: true, allowPositionals: false }).values };
  } catch (e) {
    return { ok: false as const, message: `${(e as Error).message.split('\n')[0]} (usage: ${usage})` };
  }
}

/** A flag whose value is one of a few words (`--lang en|vi`), or the sentence saying which ones it takes. */
export function choose<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, flag: string):
  { ok: true; value: T } | { ok: false; message: string } {
  if (value === undefined) return { ok: true, value: fallback };
  if (!(allowed as readonly string[]).includes(value)) return { ok: false, message: `${flag} must be ${allowed.join(' or ')}, not "${value}".` };
  return { ok: true, value: value as T };
}
