// A folder as JSON (the `show` contract) and as a readable text report (`show --format text`, export's report.txt).
import type { Lang, RenderedFinding, Role, Summary } from '../../shared/domain/types.ts';
import { renderFinding } from '../../shared/check/messages.ts';
import type { ShipmentDetail, StoredFinding } from './types.ts';
import { legalBasisFor, resolveRegime, type LegalBasis } from '../../shared/legal-basis/legal-basis.ts';
import { loadLegalBases } from '../reference/legal-basis.ts';
import { ROLE_TITLE } from '../../shared/report/labels.ts';

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
  findings: (RenderedFinding & { legal_basis?: LegalBasis; acknowledgement?: StoredFinding['acknowledgement'] })[];
  summary: Summary;
  /** The customs declaration and the day the folder must be kept until; null while undeclared. */
  declaration: {
    number: string; declared_on: string; office: string | null; paper: boolean; keep_until: string;
    outage_id: number | null; electronic_number: string | null;
  } | null;
  /**
   * Beyond the contract's keys: the permit of the register the folder is checked against, and the permit's lines
   * over-drawn now (whichever folder took them over); null when the folder uses none.
   */
  permit: {
    number: string; via: 'file' | 'number'; cancelled: boolean;
    over_drawn: { model: string; unit: string | null; permitted: number; used: number; remaining: number }[];
  } | null;
}

export function shipmentJson(d: ShipmentDetail, lang: Lang): ShipmentJson {
  // The legal basis under the regime of the list the findings were made under, as `dossier check` prints it.
  const bases = loadLegalBases();
  const regime = d.controlledListId ? resolveRegime(bases, { id: d.controlledListId }) : null;
  const basis = (code: string) => {
    const b = legalBasisFor(bases, regime, code, lang);
    return b ? { legal_basis: b } : {};
  };
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
    findings: d.findings.map((f) => ({ ...renderFinding(f, lang), ...basis(f.code), ...(f.acknowledgement ? { acknowledgement: f.acknowledgement } : {}) })),
    summary: d.summary,
    declaration: d.declaration ? {
      number: d.declaration.number, declared_on: d.declaration.declaredOn, office: d.declaration.office, paper: d.declaration.paper,
      keep_until: d.declaration.keepUntil, outage_id: d.declaration.outageId, electronic_number: d.declaration.electronicNumber,
    } : null,
    permit: d.permitUse ? {
      number: d.permitUse.number, via: d.permitUse.via, cancelled: d.permitUse.cancelled !== undefined,
      over_drawn: (d.permitUse.shortLines ?? []).map((l) => ({ model: l.model, unit: l.unit ?? null, permitted: l.permitted, used: l.used, remaining: l.remaining })),
    } : null,
  };
}

/** Code points without spreading the string: the permit register's "drawn by" cells run to thousands of characters. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800) n--;
  }
  return n;
}

/** Columns padded to their widest cell (by code point, so Vietnamese text lines up). */
export function table(head: string[], rows: string[][]): string[] {
  const width = head.map((h, i) => {
    let w = codePoints(h);
    for (const r of rows) w = Math.max(w, codePoints(r[i] ?? ''));
    return w;
  });
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(width[i] - codePoints(c)))).join('  ').trimEnd();
  return [line(head), line(width.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

// The text report's words in both languages: `archive show --format text --lang vi` and export's report.txt
// in Vietnamese have Vietnamese headings, not only Vietnamese finding messages.
const WORDS = {
  en: {
    permit: 'Permit:          ', folder: 'Shipment folder', declaration: 'Declaration:     ', keepUntil: 'Keep until:      ', notDeclared: '— (not declared yet)', direction: 'Direction:       ', eta: 'ETA:             ', created: 'Created:         ', checkDate: 'Check date:      ',
    list: 'Controlled list: ', noList: 'none in force', status: 'Status:          ', documents: 'Documents', files: 'Files', findings: 'Findings',
    noFindings: 'No findings: the documents agree.', where: 'Where (source cells) and acknowledgements',
    acked: (by: string, at: string, note: string) => `acknowledged by ${by} on ${at}: ${note}`, attachment: 'attachment',
    docHead: ['ROLE', 'FILE', 'SHEET', 'LINES', 'NUMBER', 'SHA-256'], fileHead: ['NAME', 'ROLE', 'BYTES', 'SHA-256'], findHead: ['SEVERITY', 'CODE', 'MODEL', 'MESSAGE'],
    sev: { error: 'ERROR', warning: 'WARNING', info: 'INFO' }, summary: (e: number, w: number, i: number) => `Summary: ${e} error(s), ${w} warning(s), ${i} info`,
    dir: { import: 'import', export: 'export' } as Record<string, string>, statusName: { open: 'open', reviewed: 'reviewed', declared: 'declared' } as Record<string, string>,
  },
  vi: {
    permit: 'Giấy phép:         ', folder: 'Hồ sơ lô hàng', declaration: 'Tờ khai:           ', keepUntil: 'Lưu trữ đến:       ', notDeclared: '— (chưa khai báo)', direction: 'Chiều:             ', eta: 'ETA:               ', created: 'Ngày tạo:          ', checkDate: 'Ngày đối chiếu:    ',
    list: 'Danh mục kiểm soát: ', noList: 'không có danh mục hiệu lực', status: 'Trạng thái:        ', documents: 'Chứng từ', files: 'Tệp', findings: 'Kết quả đối chiếu',
    noFindings: 'Không có sai lệch: các tài liệu khớp nhau.', where: 'Vị trí (ô nguồn) và ghi nhận',
    acked: (by: string, at: string, note: string) => `đã ghi nhận bởi ${by} lúc ${at}: ${note}`, attachment: 'đính kèm',
    docHead: ['CHỨNG TỪ', 'TỆP', 'TRANG TÍNH', 'SỐ DÒNG', 'SỐ', 'SHA-256'], fileHead: ['TÊN', 'CHỨNG TỪ', 'BYTE', 'SHA-256'], findHead: ['MỨC ĐỘ', 'MÃ', 'MODEL', 'NỘI DUNG'],
    sev: { error: 'LỖI', warning: 'CẢNH BÁO', info: 'THÔNG TIN' }, summary: (e: number, w: number, i: number) => `Tổng: ${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
    dir: { import: 'nhập khẩu', export: 'xuất khẩu' } as Record<string, string>, statusName: { open: 'đang xử lý', reviewed: 'đã rà soát', declared: 'đã khai báo' } as Record<string, string>,
  },
} as const;

export function shipmentReportText(d: ShipmentDetail, lang: Lang): string {
  const j = shipmentJson(d, lang);
  const w = WORDS[lang];
  const out: string[] = [
    `${w.folder} ${j.ref}`,
    '',
    `${w.direction}${w.dir[j.direction] ?? j.direction}`,
    `${w.eta}${j.eta ?? '—'}`,
    `${w.created}${j.created_at}`,
    `${w.checkDate}${j.check_date ?? '—'}`,
    `${w.list}${j.controlled_list ?? w.noList}`,
    `${w.status}${w.statusName[j.status] ?? j.status}`,
    `${w.declaration}${declarationText(j.declaration, lang)}`,
    `${w.keepUntil}${j.declaration ? j.declaration.keep_until : w.notDeclared}`,
    `${w.permit}${permitText(j.permit, lang)}`,
    '',
    w.documents,
    ...table([...w.docHead],
      j.documents.map((doc) => [lang === 'vi' ? ROLE_TITLE.vi[doc.role as Role] : doc.role, doc.file, doc.sheet, String(doc.lines), String(doc.header.number ?? ''), doc.sha256])),
    '',
    w.files,
    ...table([...w.fileHead], j.files.map((f) => [f.name, f.role ? (lang === 'vi' ? ROLE_TITLE.vi[f.role as Role] : f.role) : w.attachment, String(f.bytes), f.sha256])),
    '',
    w.findings,
  ];
  if (j.findings.length === 0) out.push(w.noFindings);
  else {
    out.push(...table([...w.findHead], j.findings.map((f) => [w.sev[f.severity], f.code, f.model ?? '', f.message])));
    const refs = j.findings.filter((f) => f.refs.length || f.acknowledgement);
    if (refs.length) {
      out.push('', w.where);
      j.findings.forEach((f, i) => {
        if (f.refs.length) out.push(`  ${i + 1}. ${f.code}${f.model ? ` ${f.model}` : ''}: ${f.refs.map((r) => `${r.role}!${r.sheet}!${r.cell}`).join('  ')}`);
        if (f.acknowledgement) out.push(`     ${w.acked(f.acknowledgement.by, f.acknowledgement.at, f.acknowledgement.note)}`);
      });
    }
  }
  out.push('', w.summary(j.summary.errors, j.summary.warnings, j.summary.infos));
  return out.join('\n') + '\n';
}

function permitText(p: ShipmentJson['permit'], lang: Lang): string {
  const vi = lang === 'vi';
  if (!p) return vi ? '— (không dùng giấy phép nào trong sổ giấy phép)' : '— (none of the permit register)';
  const num = (n: number) => (vi ? String(n).replace('.', ',') : String(n));
  const how = vi ? (p.via === 'file' ? 'theo tệp giấy phép của lô này' : 'giấy phép đã đăng ký, dùng theo số')
    : (p.via === 'file' ? "from this folder's permit file" : 'registered permit, used by number');
  const cancelled = p.cancelled ? (vi ? '; lô đã hủy, không trừ số lượng' : '; folder cancelled, draws nothing') : '';
  const short = p.over_drawn.map((l) => vi
    ? `${l.model} được phép ${num(l.permitted)}${l.unit ? ` ${l.unit}` : ''}, đã trừ ${num(l.used)}, vượt ${num(-l.remaining)}`
    : `${l.model} ${num(l.permitted)}${l.unit ? ` ${l.unit}` : ''} permitted, ${num(l.used)} drawn, ${num(-l.remaining)} over`).join('; ');
  return `${p.number} (${how})${cancelled}${short ? (vi ? `; vượt số lượng còn lại: ${short}` : `; balance exceeded: ${short}`) : ''}`;
}

function declarationText(d: ShipmentJson['declaration'], lang: Lang): string {
  if (!d) return WORDS[lang].notDeclared;
  if (lang === 'vi') {
    const paper = d.paper ? `, khai trên giấy${d.electronic_number ? `, đã khai điện tử số ${d.electronic_number}` : ', chưa khai điện tử'}` : '';
    return `${d.number} ngày ${d.declared_on}${d.office ? `, chi cục ${d.office}` : ''}${paper}`;
  }
  const paper = d.paper ? `, on paper${d.electronic_number ? `, entered electronically as ${d.electronic_number}` : ', not yet entered electronically'}` : '';
  return `${d.number} of ${d.declared_on}${d.office ? `, office ${d.office}` : ''}${paper}`;
}
