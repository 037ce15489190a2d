// Archive records → what crosses IPC: no document lines, finding messages in both languages.
import type { DocumentVersion, ShipmentDetail, ShipmentSummary, StoredDocument, StoredFinding } from '../archive/types.ts';
import { headerValues } from '../../shared/check/report.ts';
import { renderFinding } from '../../shared/check/messages.ts';
import type { Lang, ParsedDocument } from '../../shared/domain/types.ts';
import type { DocumentInfo, DocumentVersionView, FindingView, ShipmentRow, ShipmentView } from '../../shared/ipc/contract.ts';
import { DOC_GROUPS, type DocGroup } from '../../shared/ipc/groups.ts';
import { toFolderPermitView } from './permit-handlers.ts';

export function toRow(s: ShipmentSummary): ShipmentRow {
  const row: ShipmentRow = {
    ref: s.ref, direction: s.direction, createdAt: s.createdAt, status: s.status,
    errors: s.errors, warnings: s.warnings, infos: s.infos,
  };
  if (s.eta) row.eta = s.eta;
  if (s.match) row.match = s.match;
  return row;
}

export function toDocumentInfo(d: Pick<StoredDocument, 'id' | 'role' | 'file' | 'sha256'> & { parsed: ParsedDocument }): DocumentInfo {
  return {
    id: d.id, role: d.role, file: d.file, sha256: d.sha256, lines: d.parsed.lines.length,
    sheet: d.parsed.sheet, table: d.parsed.table, header: headerValues(d.parsed.header),
  };
}

export function toFindingView(f: StoredFinding, lang: Lang): FindingView {
  const view: FindingView = {
    id: f.id, code: f.code, severity: f.severity,
    message: renderFinding(f, lang).message,
    refs: f.refs.map((r) => ({ role: r.role, sheet: r.sheet, cell: r.cell })),
  };
  if (f.model !== undefined) view.model = f.model;
  if (f.acknowledgement) view.acknowledgement = { ...f.acknowledgement };
  if (f.reopened) {
    const r = f.reopened;
    view.reopened = { file: r.file, previousFile: r.previousFile, cells: [...r.cells], at: r.at, ack: { ...r.ack } };
  }
  return view;
}

export function toVersionView(v: DocumentVersion): DocumentVersionView {
  return {
    id: v.id, role: v.role, file: v.file, sha256: v.sha256, lines: v.lines, replacedAt: v.replacedAt, replacedBy: v.replacedBy,
    nextFile: v.nextFile, ...(v.addedAt ? { addedAt: v.addedAt } : {}),
  };
}

const isGroup = (g: unknown): g is DocGroup => (DOC_GROUPS as readonly unknown[]).includes(g);

export function toShipmentView(d: ShipmentDetail, lang: Lang): ShipmentView {
  const view: ShipmentView = {
    ...toRow(d),
    checkDate: d.checkDate,
    summary: { ...d.summary },
    documents: d.documents.map(toDocumentInfo),
    versions: d.versions.map(toVersionView),
    files: d.files.map((f) => {
      const group = f.group;
      return { name: f.name, sha256: f.sha256, bytes: f.bytes, ...(f.role ? { role: f.role } : {}), ...(isGroup(group) ? { group } : {}) };
    }),
    findings: d.findings.map((f) => toFindingView(f, lang)),
  };
  if (d.controlledListId) view.controlledListId = d.controlledListId;
  if (d.declaration) {
    const x = d.declaration;
    view.declaration = {
      number: x.number, declaredOn: x.declaredOn, paper: x.paper, keepUntil: x.keepUntil,
      ...(x.office ? { office: x.office } : {}), ...(x.outageId !== null ? { outageId: x.outageId } : {}),
      ...(x.electronicNumber ? { electronicNumber: x.electronicNumber } : {}),
    };
  }
  if (d.permitUse) view.folderPermit = toFolderPermitView(d.permitUse);
  return view;
}
