// A folder as JSON (the `show` contract) and as a readable text report (`show --format text`, export's report.txt).
import type { Lang, RenderedFinding, Summary } from '../../shared/domain/types.ts';
import { renderFinding } from '../../shared/check/messages.ts';
import type { ShipmentDetail, StoredFinding } from './types.ts';

export interface ShipmentJson {
  ref: string;
  direction: string;
  eta: string | null;
  status: string;
  created_at: string;
  check_date: string | null;
  controlled_list: string | null;
  documents: { role: string; file: string; sha256: string; lines: number; sheet: string; header: Record<string, string | number> }[];
  files: { name: string; sha256: string; bytes: number; role: string | null }[];
  /** Exactly as `dossier check` prints them; `acknowledgement` only when a reviewer gave one. */
  findings: (RenderedFinding & { acknowledgement?: StoredFinding['acknowledgement'] })[];
  summary: Summary;
  /** The customs declaration and the day the folder must be kept until; null while undeclared. */
  declaration: {
    number: string; declared_on: string; office: string | null; paper: boolean; keep_until: string;
    outage_id: number | null; electronic_number: string | null;
  } | null;
}

export function shipmentJson(d: ShipmentDetail, lang: Lang): ShipmentJson {
  return {
    ref: d.ref,
    direction: d.direction,
    eta: d.eta ?? null,
    status: d.status,
    created_at: d.createdAt,
    check_date: d.checkDate || null,
    controlled_list: d.controlledListId ?? null,
    documents: d.documents.map((doc) => ({
      role: doc.role, file: doc.file, sha256: doc.sha256, lines: doc.lines, sheet: doc.parsed.sheet,
      header: Object.fromEntries(Object.entries(doc.parsed.header).filter(([, v]) => v).map(([k, v]) => [k, v!.value])),
    })),
    files: d.files.map((f) => ({ name: f.name, sha256: f.sha256, bytes: f.bytes, role: f.role ?? null })),
    findings: d.findings.map((f) => ({ ...renderFinding(f, lang), ...(f.acknowledgement ? { acknowledgement: f.acknowledgement } : {}) })),
    summary: d.summary,
    declaration: d.declaration ? {
      number: d.declaration.number, declared_on: d.declaration.declaredOn, office: d.declaration.office, paper: d.declaration.paper,
      keep_until: d.declaration.keepUntil, outage_id: d.declaration.outageId, electronic_number: d.declaration.electronicNumber,
    } : null,
  };
}

/** Columns padded to their widest cell (by code point, so Vietnamese text lines up). */
export function table(head: string[], rows: string[][]): string[] {
  const width = head.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(width[i] - [...c].length))).join('  ').trimEnd();
  return [line(head), line(width.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

const SEV = { error: 'ERROR', warning: 'WARNING', info: 'INFO' } as const;

export function shipmentReportText(d: ShipmentDetail, lang: Lang): string {
  const j = shipmentJson(d, lang);
  const out: string[] = [
    `Shipment folder ${j.ref}`,
    '',
    `Direction:        ${j.direction}`,
    `ETA:              ${j.eta ?? '—'}`,
    `Created:          ${j.created_at}`,
    `Check date:       ${j.check_date ?? '—'}`,
    `Controlled list:  ${j.controlled_list ?? 'none in force'}`,
    `Status:           ${j.status}`,
    `Declaration:      ${declarationText(j.declaration)}`,
    `Keep until:       ${j.declaration ? j.declaration.keep_until : '— (not declared yet)'}`,
    '',
    'Documents',
    ...table(['ROLE', 'FILE', 'SHEET', 'LINES', 'NUMBER', 'SHA-256'],
      j.documents.map((doc) => [doc.role, doc.file, doc.sheet, String(doc.lines), String(doc.header.number ?? ''), doc.sha256])),
    '',
    'Files',
    ...table(['NAME', 'ROLE', 'BYTES', 'SHA-256'], j.files.map((f) => [f.name, f.role ?? 'attachment', String(f.bytes), f.sha256])),
    '',
    'Findings',
  ];
  if (j.findings.length === 0) out.push('No findings: the documents agree.');
  else {
    out.push(...table(['SEVERITY', 'CODE', 'MODEL', 'MESSAGE'], j.findings.map((f) => [SEV[f.severity], f.code, f.model ?? '', f.message])));
    const refs = j.findings.filter((f) => f.refs.length || f.acknowledgement);
    if (refs.length) {
      out.push('', 'Where (source cells) and acknowledgements');
      j.findings.forEach((f, i) => {
        if (f.refs.length) out.push(`  ${i + 1}. ${f.code}${f.model ? ` ${f.model}` : ''}: ${f.refs.map((r) => `${r.role}!${r.sheet}!${r.cell}`).join('  ')}`);
        if (f.acknowledgement) out.push(`     acknowledged by ${f.acknowledgement.by} on ${f.acknowledgement.at}: ${f.acknowledgement.note}`);
      });
    }
  }
  out.push('', `Summary: ${j.summary.errors} error(s), ${j.summary.warnings} warning(s), ${j.summary.infos} info`);
  return out.join('\n') + '\n';
}

function declarationText(d: ShipmentJson['declaration']): string {
  if (!d) return '— (not declared yet)';
  const paper = d.paper ? `, on paper${d.electronic_number ? `, entered electronically as ${d.electronic_number}` : ', not yet entered electronically'}` : '';
  return `${d.number} of ${d.declared_on}${d.office ? `, office ${d.office}` : ''}${paper}`;
}
