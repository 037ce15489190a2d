// The legal basis of a finding, as data: legal-basis.csv maps each finding code, under each regime (the list
// version applied), to the rule it concerns and the sanction, in Vietnamese and English, with its source and
// whether the article and amount were read in the official text. A new regime or a corrected article is a
// change to that file only; any code (including ones added later) is looked up the same way.
import type { Lang } from '../domain/types.ts';
import { csvRecords } from './csv.ts';

/** What the JSON report carries as `legal_basis` (the contract's keys). */
export interface LegalBasis {
  text: string;
  penalty?: string;
  source: string;
  verified: boolean;
}

interface Row {
  rule: Record<Lang, string>;
  penalty: Record<Lang, string>;
  source: string;
  verified: boolean;
}

export interface LegalBasisTable {
  /** regime → code → row */
  rows: Map<string, Map<string, Row>>;
}

export const EMPTY_LEGAL_BASES: LegalBasisTable = { rows: new Map() };

const REQUIRED = ['regime', 'code', 'rule_vi', 'rule_en', 'source', 'verified'];

/** Reads legal-basis.csv; a file without the expected columns is an error with the missing column named. */
export function parseLegalBases(text: string): LegalBasisTable {
  const records = csvRecords(text);
  const missing = REQUIRED.filter((c) => records.length > 0 && !(c in records[0]));
  if (missing.length) throw new Error(`legal-basis.csv: column ${missing.join(', ')} not found`);
  const rows = new Map<string, Map<string, Row>>();
  for (const r of records) {
    if (!r.regime || !r.code) continue;
    const byCode = rows.get(r.regime) ?? new Map<string, Row>();
    rows.set(r.regime, byCode);
    byCode.set(r.code, {
      rule: { vi: r.rule_vi, en: r.rule_en || r.rule_vi },
      penalty: { vi: r.penalty_vi ?? '', en: r.penalty_en || r.penalty_vi || '' },
      source: r.source,
      verified: /^(true|yes|1)$/i.test(r.verified),
    });
  }
  return { rows };
}

/**
 * The regime whose rules apply under a list: its own `regime` (or id) when the table knows it, else the regime
 * named inside the list's id or legal basis (an imported "211/2025/NĐ-CP (corrected)" is still under 211/2025).
 */
export function resolveRegime(table: LegalBasisTable, list: { id: string; legalBasis?: string; regime?: string }): string | null {
  const own = list.regime ?? list.id;
  if (table.rows.has(own)) return own;
  const hay = `${list.id} ${list.legalBasis ?? ''}`;
  for (const regime of table.rows.keys()) if (hay.includes(regime)) return regime;
  return null;
}

/** The legal basis of a finding code under a regime, in a language; null when the table has no row for it. */
export function legalBasisFor(table: LegalBasisTable, regime: string | null, code: string, lang: Lang): LegalBasis | null {
  if (!regime) return null;
  const row = table.rows.get(regime)?.get(code);
  if (!row) return null;
  const penalty = row.penalty[lang];
  return { text: row.rule[lang], ...(penalty ? { penalty } : {}), source: row.source, verified: row.verified };
}
