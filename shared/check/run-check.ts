// The cross-check: pure function from documents to findings. One rule per file in rules/.
import type { Finding, ParsedDocument, Summary } from '../domain/types.ts';
import type { ControlledListVersion } from '../controlled-list/types.ts';
import { listById, listInForce } from '../controlled-list/apply.ts';
import { buildContext, type CheckContext } from './context.ts';
import { amounts } from './rules/amounts.ts';
import { controlled } from './rules/controlled.ts';
import { hsCode } from './rules/hs-code.ts';
import { modelName } from './rules/model-name.ts';
import { origin } from './rules/origin.ts';
import { packing } from './rules/packing.ts';
import { permitValidity } from './rules/permit-validity.ts';
import { presence } from './rules/presence.ts';
import { quantity } from './rules/quantity.ts';
import { readNotes } from './rules/read-notes.ts';
import { unit } from './rules/unit.ts';
import { notCheckedRules } from './rules/not-checked.ts';

export interface CheckOptions {
  /** The day the check is made for, YYYY-MM-DD. */
  date: string;
  /** Every known list version; the one in force on `date` is applied. */
  lists: ControlledListVersion[];
  /** Apply this list version instead of the one in force on `date` (`--list`); the caller checks it exists. */
  listId?: string;
}

export interface AppliedList {
  id: string;
  legalBasis: string;
  effectiveFrom: string;
  effectiveUntil?: string;
  /** Codes not from the decree's own text: said wherever the list is applied. */
  provisional: boolean;
  /** The key of the legal bases that apply (legal-basis.csv `regime`). */
  regime: string;
}

export interface CheckResult {
  findings: Finding[];
  summary: Summary;
  /** The controlled list applied, or null when none was in force on the date. */
  list: AppliedList | null;
}

type Rule = (ctx: CheckContext) => Finding[];

const RULES: Rule[] = [readNotes, permitValidity, presence, quantity, unit, modelName, amounts, packing, hsCode, origin, controlled, notCheckedRules];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function runCheck(docs: ParsedDocument[], opts: CheckOptions): CheckResult {
  const list = opts.listId !== undefined ? listById(opts.lists, opts.listId) : listInForce(opts.lists, opts.date);
  const ctx = buildContext(docs, opts.date, list);
  const order = new Map(ctx.keys.map((k, i) => [ctx.displayName.get(k)!, i]));
  const findings = RULES.flatMap((rule) => rule(ctx))
    .map((f, i) => ({ f, i }))
    // Errors first, then by where the model first appears, then in rule order: a stable, readable report.
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity]
      || (order.get(a.f.model ?? '') ?? -1) - (order.get(b.f.model ?? '') ?? -1)
      || a.i - b.i)
    .map(({ f }) => f);
  return {
    findings,
    summary: summarize(findings),
    list: list && appliedList(list),
  };
}

export function summarize(findings: { severity: Finding['severity'] }[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}

export function appliedList(list: ControlledListVersion): AppliedList {
  return {
    id: list.id, legalBasis: list.legalBasis, effectiveFrom: list.effectiveFrom,
    ...(list.effectiveUntil ? { effectiveUntil: list.effectiveUntil } : {}),
    provisional: list.provisional === true, regime: list.regime ?? list.id,
  };
}
