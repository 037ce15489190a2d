// The discrepancy report as PDF (pdfkit, with DejaVu Sans embedded so every Vietnamese letter renders and
// extracts exactly): the report for the declarant, then the "please correct" form for the supplier or
// forwarder on a page of its own.
import PDFDocument from 'pdfkit';
import type { Lang } from '../../shared/domain/types.ts';
import { REPORT_TEXT } from '../../shared/report/labels.ts';
import { cellText, type ReportFinding, type ReportModel } from '../../shared/report/model.ts';
import { loadReportFonts, type ReportFonts } from './fonts.ts';

const SEVERITY_COLOUR = { error: '#b00020', warning: '#8a5a00', info: '#1f4e79' } as const;

export function writeReportPdf(model: ReportModel, lang: Lang = model.lang, fonts: ReportFonts = loadReportFonts()): Uint8Array {
  const t = REPORT_TEXT[lang];
  const doc = new PDFDocument({
    size: 'A4', margin: 48, bufferPages: true, font: null as unknown as string,
    info: { Title: `${t.title}${model.ref ? ` — ${model.ref}` : ''}`, Producer: 'Dossier', Creator: 'Dossier' },
  });
  // A fixed creation date (the check date) keeps a report's bytes the same for the same findings.
  doc.info.CreationDate = new Date(`${model.checkDate}T00:00:00Z`);
  doc.registerFont('body', Buffer.from(fonts.regular));
  doc.registerFont('bold', Buffer.from(fonts.bold));
  doc.font('body');
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  const heading = (text: string, size = 12) => {
    doc.moveDown(0.6).font('bold').fontSize(size).fillColor('black').text(text, { width });
    doc.moveDown(0.2).font('body').fontSize(9);
  };
  const pair = (label: string, value: string) => {
    doc.font('bold').fontSize(9).fillColor('black').text(`${label}: `, { continued: true }).font('body').text(value, { width });
  };
  const cover = (title: string) => {
    doc.font('bold').fontSize(16).fillColor('black').text(title, { width });
    doc.moveDown(0.4).fontSize(9);
    if (model.ref) pair(t.ref, model.ref);
    if (model.direction) pair(t.direction, model.direction === 'import' ? t.direction_import : t.direction_export);
    pair(t.checkDate, model.checkDate);
    pair(t.list, model.listLine);
    if (model.generatedAt) pair(t.generated, model.generatedAt);
  };
  const findingBlock = (f: ReportFinding, full: boolean) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
    doc.moveDown(0.5).font('bold').fontSize(9.5).fillColor(SEVERITY_COLOUR[f.severity])
      .text(`${f.n}. ${f.severityWord}${full ? ` — ${f.code}` : ''}${f.model ? ` — ${f.model}` : ''}`, { width });
    doc.font('body').fontSize(9).fillColor('black').text(f.message, { width });
    if (f.cells.length) doc.fillColor('#444444').text(f.cells.map((c) => cellText(c, lang)).join('; '), { width });
    if (full && f.legalBasis) {
      const b = f.legalBasis;
      doc.fillColor('black');
      pair(t.basis, b.text);
      if (b.penalty) pair(t.penalty, b.penalty);
      doc.font('body').fontSize(8).fillColor('#555555').text(`${t.source}: ${b.source}`, { width });
      if (!b.verified) doc.font('bold').fontSize(8).fillColor('#8a5a00').text(t.unverified, { width });
    }
    if (full && f.acknowledgement) {
      const a = f.acknowledgement;
      doc.font('body').fontSize(8.5).fillColor('#1f4e79').text(`${t.ack} (${t.ackBy} ${a.by}, ${t.ackOn} ${a.at}): ${a.note}`, { width });
    }
  };

  cover(t.title);
  heading(t.documents);
  for (const d of model.documents) {
    doc.font('bold').fontSize(9).fillColor('black').text(d.roleTitle, { width, continued: true })
      .font('body').text(` — ${d.file}, ${t.sheet.toLowerCase()} "${d.sheet}", ${d.lines} ${t.linesWord}`, { width });
    doc.fontSize(7.5).fillColor('#555555').text(`${t.sha256}: ${d.sha256}`, { width });
  }
  heading(`${t.findings} — ${t.summary(model.summary.errors, model.summary.warnings, model.summary.infos)}`);
  if (model.findings.length === 0) doc.text(t.noFindings, { width });
  for (const f of model.findings) findingBlock(f, true);

  doc.addPage();
  cover(t.supplierTitle);
  doc.moveDown(0.6).font('bold').fontSize(10).fillColor('black').text(t.supplierTo, { width });
  doc.moveDown(0.3).font('body').fontSize(9.5).text(model.supplier.length ? t.supplierIntro : t.supplierNone, { width });
  for (const f of model.supplier) findingBlock(f, false);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not add a page
    doc.font('body').fontSize(7.5).fillColor('#777777')
      .text(`${model.ref ?? ''}  ${t.page} ${i + 1}/${range.count}`.trim(), doc.page.margins.left, doc.page.height - 30, { width, align: 'right' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  // pdfkit pushes every chunk synchronously; reading the paused stream collects the whole file at once.
  const chunks: Buffer[] = [];
  for (let c = doc.read() as Buffer | null; c !== null; c = doc.read() as Buffer | null) chunks.push(c);
  return new Uint8Array(Buffer.concat(chunks));
}
