// Argument handling shared by the `dossier archive` subcommands.
import { parseArgs } from 'node:util';
import { choose } from './io.ts';

/** A user-facing failure: one line, exit 2. */
export class UsageError extends Error {}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** parseArgs with our usage line in its errors and the expected positionals enforced. */
export function parse<O extends Options>(args: string[], options: O, positionals: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true, tokens: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]} (see "dossier archive --help").`);
  }
  if (parsed.positionals.length < positionals.length) {
    throw new UsageError(`missing ${positionals.slice(parsed.positionals.length).join(' and ')} (see "dossier archive --help").`);
  }
  return parsed;
}

export function noExtra(positionals: string[], expected: number): void {
  if (positionals.length > expected) throw new UsageError(`unexpected argument "${positionals[expected]}" (see "dossier archive --help").`);
}

export function choice<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, flag: string): T {
  const chosen = choose(value, allowed, fallback, flag);
  if (!chosen.ok) throw new UsageError(chosen.message);
  return chosen.value;
}
