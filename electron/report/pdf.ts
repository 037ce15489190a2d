// The discrepancy report as PDF (pdfkit, with DejaVu Sans embedded so every Vietnamese letter renders and
// extracts exactly): the report for the declarant, then the "please correct" form for the supplier or
// forwarder on a page of its own.
import PDFDocument from 'pdfkit';
import type { Lang } from '../../shared/domain/types.ts';
import { REPORT_TEXT } from '../../shared/report/labels.ts';
import { cellText, type ReportFinding, type ReportModel } from '../../shared/report/model.ts';
import { loadReportFonts, type ReportFonts } from './fonts.ts';
import { shownDate } from '../../shared/calendar/dates.ts';

const SEVERITY_COLOUR = { error: '#b00020', warning: '#8a5a00', info: '#1f4e79' } as const;

/** CJK ideographs, kana, Hangul and full-width forms: the characters DejaVu Sans has no glyph for. */
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]+/g;

/** The text cut into runs of Latin/Vietnamese and of CJK, each to be set in the font that has its glyphs. */
export function fontRuns(text: string): { text: string; cjk: boolean }[] {
  const out: { text: string; cjk: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(CJK)) {
    if (m.index! > last) out.push({ text: text.slice(last, m.index), cjk: false });
    out.push({ text: m[0], cjk: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length || out.length === 0) out.push({ text: text.slice(last), cjk: false });
  return out;
}

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
  if (fonts.cjk) doc.registerFont('cjk', Buffer.from(fonts.cjk));
  doc.font('body');
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  type TextOptions = PDFKit.Mixins.TextOptions;
  // Every string goes through here: a supplier's Chinese sheet name is set in the CJK font, the rest in DejaVu.
  const say = (text: string, font: 'body' | 'bold', opts: TextOptions = {}) => {
    const runs = fonts.cjk ? fontRuns(text) : [{ text, cjk: false }];
    runs.forEach((r, i) => {
      const last = i === runs.length - 1;
      doc.font(r.cjk ? 'cjk' : font).text(r.text, { width, ...opts, continued: last ? opts.continued ?? false : true });
    });
    return doc;
  };

  const heading = (text: string, size = 12) => {
    doc.moveDown(0.6).fontSize(size).fillColor('black');
    say(text, 'bold');
    doc.moveDown(0.2).font('body').fontSize(9);
  };
  const pair = (label: string, value: string) => {
    doc.fontSize(9).fillColor('black');
    say(`${label}: `, 'bold', { continued: true });
    say(value, 'body');
  };
  const cover = (title: string, forSupplier = false) => {
    doc.fontSize(16).fillColor('black');
    say(title, 'bold');
    doc.moveDown(0.4).fontSize(9);
    if (model.ref) pair(t.ref, model.ref);
    if (model.direction) pair(t.direction, model.direction === 'import' ? t.direction_import : t.direction_export);
    pair(t.checkDate, shownDate(model.checkDate, lang));
    // The supplier corrects documents; which list the declarant checked against is not theirs to weigh.
    if (!forSupplier) pair(t.list, model.listLine);
    if (model.generatedAt) pair(t.generated, model.generatedAt);
  };
  const findingBlock = (f: ReportFinding, full: boolean) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
    doc.moveDown(0.5).fontSize(9.5).fillColor(SEVERITY_COLOUR[f.severity]);
    say(`${f.n}. ${f.severityWord}${full ? ` — ${f.code}` : ''}${f.model ? ` — ${f.model}` : ''}`, 'bold');
    doc.fontSize(9).fillColor('black');
    say(f.message, 'body');
    if (f.cells.length) { doc.fillColor('#444444'); say(f.cells.map((c) => cellText(c, lang)).join('; '), 'body'); }
    if (full && f.legalBasis) {
      const b = f.legalBasis;
      doc.fillColor('black');
      pair(t.basis, b.text);
      if (b.penalty) pair(t.penalty, b.penalty);
      doc.fontSize(8).fillColor('#555555');
      say(`${t.source}: ${b.source}`, 'body');
      if (!b.verified) { doc.fontSize(8).fillColor('#8a5a00'); say(t.unverified, 'bold'); }
    }
    if (full && f.acknowledgement) {
      const a = f.acknowledgement;
      doc.fontSize(8.5).fillColor('#1f4e79');
      say(`${t.ack} (${t.ackBy} ${a.by}, ${t.ackOn} ${a.at}): ${a.note}`, 'body');
    }
  };

  cover(t.title);
  heading(t.documents);
  for (const d of model.documents) {
    doc.fontSize(9).fillColor('black');
    say(d.roleTitle, 'bold', { continued: true });
    say(` — ${d.number ? `${t.number} ${d.number}, ` : ''}${d.file}, ${t.sheet.toLowerCase()} "${d.sheet}", ${d.lines} ${t.linesWord}`, 'body');
    doc.fontSize(7.5).fillColor('#555555');
    say(`${t.sha256}: ${d.sha256}`, 'body');
  }
  heading(`${t.findings} — ${t.summary(model.summary.errors, model.summary.warnings, model.summary.infos)}`);
  if (model.findings.length === 0) say(t.noFindings, 'body');
  for (const f of model.findings) findingBlock(f, true);

  doc.addPage();
  cover(t.supplierTitle, true);
  doc.moveDown(0.6).fontSize(10).fillColor('black');
  say(t.supplierTo, 'bold');
  doc.moveDown(0.3).fontSize(9.5);
  say(model.supplier.length ? t.supplierIntro : t.supplierNone, 'body');
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
