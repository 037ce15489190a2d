import type { Finding, ParsedDocument, Summary } from '../domain/types.ts';
import type { ControlledListVersion } from '../controlled-list/types.ts';

export interface CheckOptions {
  /** The day the check is made for, YYYY-MM-DD. */
  date: string;
  /** Every known list version; the one in force on `date` is applied. */
  lists: ControlledListVersion[];
}

export interface CheckResult {
  findings: Finding[];
  summary: Summary;
  /** The controlled list applied, or null when none was in force on the date. */
  list: { id: string; legalBasis: string; effectiveFrom: string; effectiveUntil?: string } | null;
}

/** The cross-check: pure function from documents to findings. */
export function runCheck(docs: ParsedDocument[], opts: CheckOptions): CheckResult {
  void docs; void opts;
  throw new Error('not implemented yet');
}
