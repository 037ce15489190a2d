export interface Io {
  stdout: (s: string) => void;
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
