// The `dossier check` report, as JSON (the contract's shape) and as readable text.
import type { DocumentHeader, Lang, ParsedDocument, RenderedFinding, Role, Summary } from '../domain/types.ts';
import { renderFinding } from './messages.ts';
import type { AppliedList, CheckResult } from './run-check.ts';
import { ROLE_TITLE } from '../report/labels.ts';
import { shownDate } from '../calendar/dates.ts';
import { EMPTY_LEGAL_BASES, legalBasisFor, resolveRegime, type LegalBasis, type LegalBasisTable } from '../legal-basis/legal-basis.ts';

/** The contract's `controlled_list` object: snake_case keys like the rest of the JSON. */
export interface ControlledListJson {
  id: string;
  legal_basis: string;
  effective_from: string;
  effective_until?: string;
  provisional: boolean;
}

export type ReportedFinding = RenderedFinding & { legal_basis?: LegalBasis };

export interface CheckReportJson {
  documents: Array<{ role: string; file: string; sheet: string; lines: number; header: Record<string, string | number> }>;
  findings: ReportedFinding[];
  summary: Summary;
  check_date: string;
  controlled_list: ControlledListJson | null;
}

export function controlledListJson(list: AppliedList | null): ControlledListJson | null {
  if (!list) return null;
  return {
    id: list.id, legal_basis: list.legalBasis, effective_from: list.effectiveFrom,
    ...(list.effectiveUntil ? { effective_until: list.effectiveUntil } : {}), provisional: list.provisional,
  };
}

/** Each finding rendered in `lang`, with the legal basis of its code under the regime of the list applied. */
export function reportFindings(result: Pick<CheckResult, 'findings' | 'list'>, lang: Lang, bases: LegalBasisTable = EMPTY_LEGAL_BASES): ReportedFinding[] {
  const regime = result.list ? resolveRegime(bases, { id: result.list.id, legalBasis: result.list.legalBasis, regime: result.list.regime }) : null;
  return result.findings.map((f) => {
    const basis = legalBasisFor(bases, regime, f.code, lang);
    return { ...renderFinding(f, lang), ...(basis ? { legal_basis: basis } : {}) };
  });
}

export function headerValues(header: DocumentHeader): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(header)) if (v) out[k] = v.value;
  return out;
}

export function toCheckJson(docs: ParsedDocument[], result: CheckResult, lang: Lang, date: string, bases: LegalBasisTable = EMPTY_LEGAL_BASES): CheckReportJson {
  return {
    documents: docs.map((d) => ({ role: d.role, file: d.file, sheet: d.sheet, lines: d.lines.length, header: headerValues(d.header) })),
    findings: reportFindings(result, lang, bases),
    summary: result.summary,
    check_date: date,
    controlled_list: controlledListJson(result.list),
  };
}

/** "58/2016/NĐ-CP (2016-07-01 → 2025-09-08)", and "provisional list" said plainly where it is one. */
export function listLine(list: ControlledListJson, lang: Lang): string {
  const span = `${shownDate(list.effective_from, lang)} → ${list.effective_until ? shownDate(list.effective_until, lang) : ''}`.trimEnd();
  const provisional = lang === 'vi'
    ? ' — DANH MỤC TẠM THỜI: mã HS lấy từ một bộ dữ liệu biểu thuế công khai, không phải từ phụ lục của nghị định; chưa có mô tả chức năng mật mã'
    : ' — PROVISIONAL LIST: its HS codes come from a public tariff dataset, not from the decree\'s own appendix; no crypto-function descriptions are known yet';
  return `${list.id} (${span})${list.provisional ? provisional : ''}`;
}

export const LEGAL_TEXT = {
  en: { basis: 'Legal basis', penalty: 'Penalty', source: 'Source', unverified: 'UNVERIFIED: the article or amount was not read in the official text' },
  vi: { basis: 'Căn cứ pháp lý', penalty: 'Chế tài', source: 'Nguồn', unverified: 'CHƯA KIỂM CHỨNG: điều khoản hoặc mức phạt chưa được đối chiếu với văn bản chính thức' },
} as const;

const VI_NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });
const DATE_KEYS = new Set(['date', 'issue_date', 'valid_until']);

// The header fields' names in the Vietnamese report (the English one keeps the contract's keys, key=value).
const HEADER_VI: Record<string, string> = {
  number: 'số', date: 'ngày', currency: 'tiền tệ', total: 'tổng trị giá', total_packages: 'tổng số kiện',
  total_net_weight: 'tổng trọng lượng tịnh', total_gross_weight: 'tổng trọng lượng cả bì', issue_date: 'ngày cấp',
  valid_until: 'có hiệu lực đến', licensee: 'đơn vị được cấp phép',
};

function headerText(header: Record<string, string | number>, lang: Lang): string {
  const entries = Object.entries(header);
  if (lang === 'en') return entries.map(([k, v]) => `${k}=${v}`).join(', ');
  return entries.map(([k, v]) => {
    const value = typeof v === 'number' ? VI_NUMBER.format(v) : DATE_KEYS.has(k) ? shownDate(v, lang) : v;
    return `${HEADER_VI[k] ?? k}: ${value}`;
  }).join('; ');
}

function roleText(role: string, lang: Lang): string {
  return lang === 'vi' ? (ROLE_TITLE.vi[role as Role] ?? role) : role;
}

const TEXT = {
  en: {
    title: 'Dossier cross-check', date: 'Check date', list: 'Controlled list', none: 'none in force on this date',
    docs: 'Documents', lines: 'lines', findings: 'Findings', noFindings: 'No findings: the documents agree.',
    summary: (s: Summary) => `${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info`,
    sev: { error: 'ERROR', warning: 'WARN ', info: 'INFO ' },
  },
  vi: {
    title: 'Đối chiếu bộ hồ sơ', date: 'Ngày đối chiếu', list: 'Danh mục kiểm soát', none: 'không có danh mục hiệu lực vào ngày này',
    docs: 'Tài liệu', lines: 'dòng', findings: 'Kết quả', noFindings: 'Không có sai lệch: các tài liệu khớp nhau.',
    summary: (s: Summary) => `${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} thông tin`,
    sev: { error: 'LỖI  ', warning: 'CẢNH ', info: 'TTIN ' },
  },
} as const;

export function toCheckText(report: CheckReportJson, lang: Lang): string {
  const t = TEXT[lang];
  const out: string[] = [];
  out.push(t.title, '');
  out.push(`${t.date}: ${shownDate(report.check_date, lang)}`);
  out.push(`${t.list}: ${report.controlled_list ? listLine(report.controlled_list, lang) : t.none}`, '');
  out.push(`${t.docs}:`);
  for (const d of report.documents) {
    const h = headerText(d.header, lang);
    const role = roleText(d.role, lang);
    out.push(`  ${role.padEnd(lang === 'vi' ? 19 : 12)} ${d.file} [${d.sheet}], ${d.lines} ${t.lines}${h ? ` — ${h}` : ''}`);
  }
  out.push('', `${t.findings}:`);
  if (report.findings.length === 0) out.push(`  ${t.noFindings}`);
  for (const f of report.findings) {
    out.push(`  ${t.sev[f.severity]} ${f.code}: ${f.message}`);
    if (f.refs.length) out.push(`         ↳ ${f.refs.map((r) => `${r.role}!${r.sheet}!${r.cell}`).join('  ')}`);
    if (f.legal_basis) {
      const l = LEGAL_TEXT[lang];
      const b = f.legal_basis;
      out.push(`         ${l.basis}: ${b.text}`);
      if (b.penalty) out.push(`         ${l.penalty}: ${b.penalty}`);
      out.push(`         ${l.source}: ${b.source}${b.verified ? '' : ` — ${l.unverified}`}`);
    }
  }
  out.push('', t.summary(report.summary));
  return out.join('\n') + '\n';
}
