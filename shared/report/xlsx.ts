// The discrepancy report as an Excel workbook (SheetJS): a cover sheet, one row per finding, the documents
// read, and the supplier's "please correct" sheet. Pure: model in, bytes out.
import * as XLSX from 'xlsx';
import type { Lang } from '../domain/types.ts';
import { REPORT_TEXT } from './labels.ts';
import { cellText, type ReportFinding, type ReportModel } from './model.ts';
import { shownDate } from '../calendar/dates.ts';

type Row = (string | number)[];

function sheet(rows: Row[], widths: number[]): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!cols'] = widths.map((wch) => ({ wch }));
  return ws;
}

function coverRows(model: ReportModel, lang: Lang, title: string, forSupplier = false): Row[] {
  const t = REPORT_TEXT[lang];
  const rows: Row[] = [[title], []];
  if (model.ref) rows.push([t.ref, model.ref]);
  if (model.direction) rows.push([t.direction, model.direction === 'import' ? t.direction_import : t.direction_export]);
  rows.push([t.checkDate, shownDate(model.checkDate, lang)]);
  if (!forSupplier) rows.push([t.list, model.listLine]);
  if (model.generatedAt) rows.push([t.generated, model.generatedAt]);
  return rows;
}

const cellsText = (f: ReportFinding, lang: Lang) => f.cells.map((c) => cellText(c, lang)).join('\n');

export function writeReportXlsx(model: ReportModel, lang: Lang = model.lang): Uint8Array {
  const t = REPORT_TEXT[lang];
  const wb = XLSX.utils.book_new();

  const cover = coverRows(model, lang, t.title);
  cover.push([], [t.findings, t.summary(model.summary.errors, model.summary.warnings, model.summary.infos)]);
  if (model.findings.length === 0) cover.push([t.noFindings]);
  XLSX.utils.book_append_sheet(wb, sheet(cover, [22, 110]), t.sheetReport);

  const head: Row = [t.no, t.severity, t.code, t.model, t.message, t.cells, t.basis, t.penalty, t.source, t.verified, t.ack];
  const rows: Row[] = [head, ...model.findings.map((f) => [
    f.n, f.severityWord, f.code, f.model ?? '', f.message, cellsText(f, lang),
    f.legalBasis?.text ?? '', f.legalBasis?.penalty ?? '', f.legalBasis?.source ?? '',
    f.legalBasis ? (f.legalBasis.verified ? t.yes : t.unverified) : '',
    f.acknowledgement ? `${f.acknowledgement.note} (${t.ackBy} ${f.acknowledgement.by}, ${t.ackOn} ${f.acknowledgement.at})` : '',
  ])];
  const ws = sheet(rows, [5, 24, 26, 16, 70, 40, 60, 50, 40, 30, 40]);
  ws['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 1), c: head.length - 1 } }) };
  XLSX.utils.book_append_sheet(wb, ws, t.sheetFindings);

  XLSX.utils.book_append_sheet(wb, sheet([
    [t.role, t.file, t.sheet, t.lines, t.sha256, t.number],
    ...model.documents.map((d) => [d.roleTitle, d.file, d.sheet, d.lines, d.sha256, d.number ?? '']),
  ], [22, 30, 16, 8, 68, 24]), t.sheetDocuments);

  const sup = coverRows(model, lang, t.supplierTitle, true);
  sup.push([], [t.supplierTo], [model.supplier.length ? t.supplierIntro : t.supplierNone], []);
  if (model.supplier.length) {
    sup.push([t.no, t.severity, t.model, t.please, t.cells]);
    for (const f of model.supplier) sup.push([f.n, f.severityWord, f.model ?? '', f.message, cellsText(f, lang)]);
  }
  XLSX.utils.book_append_sheet(wb, sheet(sup, [22, 24, 16, 80, 40]), t.sheetSupplier);

  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }));
}
