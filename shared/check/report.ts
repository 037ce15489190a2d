// The `dossier check` report, as JSON (the contract's shape) and as readable text.
import type { DocumentHeader, Lang, ParsedDocument, RenderedFinding, Summary } from '../domain/types.ts';
import { renderFinding } from './messages.ts';
import type { AppliedList, CheckResult } from './run-check.ts';

export interface CheckReportJson {
  documents: Array<{ role: string; file: string; sheet: string; lines: number; header: Record<string, string | number> }>;
  findings: RenderedFinding[];
  summary: Summary;
  check_date: string;
  controlled_list: AppliedList | null;
}

export function headerValues(header: DocumentHeader): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(header)) if (v) out[k] = v.value;
  return out;
}

export function toCheckJson(docs: ParsedDocument[], result: CheckResult, lang: Lang, date: string): CheckReportJson {
  return {
    documents: docs.map((d) => ({ role: d.role, file: d.file, sheet: d.sheet, lines: d.lines.length, header: headerValues(d.header) })),
    findings: result.findings.map((f) => renderFinding(f, lang)),
    summary: result.summary,
    check_date: date,
    controlled_list: result.list,
  };
}

const TEXT = {
  en: {
    title: 'Dossier cross-check', date: 'Check date', list: 'Controlled list', none: 'none in force on this date',
    docs: 'Documents', lines: 'lines', findings: 'Findings', noFindings: 'No findings: the documents agree.',
    summary: (s: Summary) => `${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info`,
    sev: { error: 'ERROR', warning: 'WARN ', info: 'INFO ' },
  },
  vi: {
    title: 'Đối chiếu bộ hồ sơ', date: 'Ngày kiểm tra', list: 'Danh mục kiểm soát', none: 'không có danh mục hiệu lực vào ngày này',
    docs: 'Tài liệu', lines: 'dòng', findings: 'Kết quả', noFindings: 'Không có sai lệch: các tài liệu khớp nhau.',
    summary: (s: Summary) => `${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} thông tin`,
    sev: { error: 'LỖI  ', warning: 'CẢNH ', info: 'TTIN ' },
  },
} as const;

export function toCheckText(report: CheckReportJson, lang: Lang): string {
  const t = TEXT[lang];
  const out: string[] = [];
  out.push(t.title, '');
  out.push(`${t.date}: ${report.check_date}`);
  out.push(`${t.list}: ${report.controlled_list ? `${report.controlled_list.id} (${report.controlled_list.effectiveFrom} →)` : t.none}`, '');
  out.push(`${t.docs}:`);
  for (const d of report.documents) {
    const h = Object.entries(d.header).map(([k, v]) => `${k}=${v}`).join(', ');
    out.push(`  ${d.role.padEnd(12)} ${d.file} [${d.sheet}], ${d.lines} ${t.lines}${h ? ` — ${h}` : ''}`);
  }
  out.push('', `${t.findings}:`);
  if (report.findings.length === 0) out.push(`  ${t.noFindings}`);
  for (const f of report.findings) {
    out.push(`  ${t.sev[f.severity]} ${f.code}: ${f.message}`);
    if (f.refs.length) out.push(`         ↳ ${f.refs.map((r) => `${r.role}!${r.sheet}!${r.cell}`).join('  ')}`);
  }
  out.push('', t.summary(report.summary));
  return out.join('\n') + '\n';
}
