// A stored shipment folder → the report model: what the app's report buttons and the archive's export write.
// Findings keep their acknowledgements and notes; the list is the one the findings were made under.
import type { ShipmentDetail } from '../archive/types.ts';
import { listById } from '../../shared/controlled-list/apply.ts';
import type { ControlledListVersion } from '../../shared/controlled-list/types.ts';
import { appliedList } from '../../shared/check/run-check.ts';
import type { Lang } from '../../shared/domain/types.ts';
import { buildReportModel, type ReportModel } from '../../shared/report/model.ts';
import { loadControlledLists } from '../reference/controlled-lists.ts';
import { loadLegalBases } from '../reference/legal-basis.ts';

export function reportModelFromShipment(detail: ShipmentDetail, lang: Lang, opts: { lists?: ControlledListVersion[]; generatedAt?: string } = {}): ReportModel {
  const lists = opts.lists ?? loadControlledLists();
  const list = detail.controlledListId ? listById(lists, detail.controlledListId) : null;
  return buildReportModel({
    lang, ref: detail.ref, direction: detail.direction, checkDate: detail.checkDate, list: list ? appliedList(list) : null,
    documents: detail.documents.map((d) => ({ role: d.role, file: d.file, sheet: d.parsed.sheet, sha256: d.sha256, parsed: d.parsed })),
    findings: detail.findings, summary: detail.summary, bases: loadLegalBases(),
    ...(opts.generatedAt ? { generatedAt: opts.generatedAt } : {}),
  });
}
