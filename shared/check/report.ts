import type { Lang, ParsedDocument, RenderedFinding, Summary } from '../domain/types.ts';
import type { CheckResult } from './run-check.ts';

/** The `dossier check --format json` document (see shared/contracts/check-cli.md). */
export interface CheckReportJson {
  documents: Array<{ role: string; file: string; sheet: string; lines: number; header: Record<string, string | number> }>;
  findings: RenderedFinding[];
  summary: Summary;
}

export function toCheckJson(docs: ParsedDocument[], result: CheckResult, lang: Lang): CheckReportJson {
  void docs; void result; void lang;
  throw new Error('not implemented yet');
}
