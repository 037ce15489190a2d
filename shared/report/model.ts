// The discrepancy report as data, built once and written as PDF or Excel by the writers beside it: the
// shipment, the documents read (file, sheet, SHA-256), every finding with its severity in words, its message,
// the cells it points at with the values written there, its legal basis and any acknowledgement; and the
// shorter form addressed to the supplier or forwarder that lists only what they must correct.
import type { CellRef, Direction, Finding, Lang, ParsedDocument, Role, Sourced, Summary } from '../domain/types.ts';
import type { AppliedList } from '../check/run-check.ts';
import { controlledListJson, listLine, reportFindings } from '../check/report.ts';
import { formatHsCode } from '../parse/hs-code.ts';
import type { LegalBasis, LegalBasisTable } from '../legal-basis/legal-basis.ts';
import supplierCodes from './supplier-codes.json';
import { REPORT_TEXT, ROLE_TITLE, SEVERITY_WORD } from './labels.ts';

export interface ReportDocument {
  role: Role;
  file: string;
  sheet: string;
  sha256: string;
  parsed: ParsedDocument;
}

export interface Acknowledgement {
  by: string;
  at: string;
  note: string;
}

export interface ReportInput {
  lang: Lang;
  checkDate: string;
  list: AppliedList | null;
  documents: ReportDocument[];
  findings: (Finding & { acknowledgement?: Acknowledgement })[];
  summary: Summary;
  bases: LegalBasisTable;
  ref?: string;
  direction?: Direction;
  /** ISO timestamp printed on the report; left out when not given (reports are then byte-stable). */
  generatedAt?: string;
}

export interface ReportCell {
  role: Role;
  /** "Invoice!E14" */
  ref: string;
  /** The text written in that cell, as read; "" when the cell was not among those read. */
  value: string;
}

export interface ReportFinding {
  n: number;
  code: string;
  severity: Finding['severity'];
  severityWord: string;
  model?: string;
  message: string;
  cells: ReportCell[];
  legalBasis?: LegalBasis;
  acknowledgement?: Acknowledgement;
}

export interface ReportModel {
  lang: Lang;
  ref?: string;
  direction?: Direction;
  checkDate: string;
  /** The list line as every report states it, "provisional list" included. */
  listLine: string;
  provisional: boolean;
  generatedAt?: string;
  documents: { role: Role; roleTitle: string; file: string; sheet: string; lines: number; sha256: string; number?: string }[];
  findings: ReportFinding[];
  summary: Summary;
  /** The findings the supplier / forwarder must correct (numbers refer to `findings`). */
  supplier: ReportFinding[];
}

/** Every cell a document's lines and header were read from, with the text written there. */
function cellValues(doc: ParsedDocument): Map<string, string> {
  const out = new Map<string, string>();
  const add = (s: Sourced<unknown> | undefined, key?: string) => {
    if (!s) return;
    const shown = s.raw ?? (key === 'hsCode' && typeof s.value === 'string' ? formatHsCode(s.value) : String(s.value));
    out.set(`${s.sheet}!${s.cell}`, shown);
  };
  for (const line of doc.lines) for (const [k, v] of Object.entries(line)) if (v && typeof v === 'object') add(v as Sourced<unknown>, k);
  for (const v of Object.values(doc.header)) add(v);
  for (const n of doc.notes) out.set(`${n.sheet}!${n.cell}`, n.raw);
  return out;
}

export function forSupplier(f: { code: string; severity: Finding['severity']; acknowledgement?: unknown }): boolean {
  if (f.severity === 'info' || f.acknowledgement) return false;
  if (supplierCodes.not_for_supplier.includes(f.code)) return false;
  return !supplierCodes.prefixes_not_for_supplier.some((p) => f.code.startsWith(p));
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { lang } = input;
  const values = new Map<Role, Map<string, string>>();
  for (const d of input.documents) values.set(d.role, cellValues(d.parsed));
  const rendered = reportFindings({ findings: input.findings, list: input.list }, lang, input.bases);
  const cell = (r: CellRef): ReportCell => ({ role: r.role, ref: `${r.sheet}!${r.cell}`, value: values.get(r.role)?.get(`${r.sheet}!${r.cell}`) ?? '' });
  const findings: ReportFinding[] = rendered.map((f, i) => {
    const ack = input.findings[i].acknowledgement;
    return {
      n: i + 1, code: f.code, severity: f.severity, severityWord: SEVERITY_WORD[lang][f.severity],
      ...(f.model !== undefined ? { model: f.model } : {}), message: f.message, cells: f.refs.map(cell),
      ...(f.legal_basis ? { legalBasis: f.legal_basis } : {}), ...(ack ? { acknowledgement: ack } : {}),
    };
  });
  const list = controlledListJson(input.list);
  return {
    lang,
    ...(input.ref ? { ref: input.ref } : {}),
    ...(input.direction ? { direction: input.direction } : {}),
    checkDate: input.checkDate,
    listLine: list ? listLine(list, lang) : REPORT_TEXT[lang].noList,
    provisional: list?.provisional ?? false,
    ...(input.generatedAt ? { generatedAt: input.generatedAt } : {}),
    documents: input.documents.map((d) => ({
      role: d.role, roleTitle: ROLE_TITLE[lang][d.role], file: d.file, sheet: d.sheet, lines: d.parsed.lines.length, sha256: d.sha256,
      ...(d.parsed.header.number ? { number: d.parsed.header.number.value } : {}),
    })),
    findings,
    summary: input.summary,
    supplier: findings.filter(forSupplier),
  };
}

/** "Invoice!E14 = "20"" — a cell and what is written there, as both writers print it. */
export function cellText(c: ReportCell, lang: Lang): string {
  const where = `${ROLE_TITLE[lang][c.role]}: ${c.ref}`;
  return c.value === '' ? where : `${where} = "${c.value}"`;
}
