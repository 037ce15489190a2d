// `npm run bench` (report part): the discrepancy report of a generated 2,000-line shipment with planted
// discrepancies, written as PDF and as Excel, against the check itself as the baseline of the same run.
// The app writes reports in a worker thread, so these times are a wait for the user, not a frozen window.
import type { ParsedDocument } from '../../shared/domain/types.ts';
import { readDocument } from '../../shared/import/read-document.ts';
import { runCheck } from '../../shared/check/run-check.ts';
import { buildReportModel } from '../../shared/report/model.ts';
import { writeReportXlsx } from '../../shared/report/xlsx.ts';
import { loadControlledLists } from '../../electron/reference/controlled-lists.ts';
import { loadLegalBases } from '../../electron/reference/legal-basis.ts';
import { writeReportPdf } from '../../electron/report/pdf.ts';
import { invoiceWorkbook, largeItems, packingWorkbook, toBytes } from '../fixtures/shipment.ts';

const LINES = Number(process.env.BENCH_REPORT_LINES ?? 2_000);
const items = largeItems(LINES);
const docs: ParsedDocument[] = [];
for (const [role, wb] of [['invoice', invoiceWorkbook(items)], ['packing_list', packingWorkbook(items)]] as const) {
  const r = readDocument({ role, file: `${role}.xlsx`, bytes: toBytes(wb) });
  if (!r.ok) throw new Error(r.error.message);
  docs.push(r.value);
}
const time = <T>(f: () => T): [T, number] => { const t = performance.now(); const v = f(); return [v, performance.now() - t]; };
const lists = loadControlledLists();
const [result, checkMs] = time(() => runCheck(docs, { date: '2026-11-20', lists }));
const model = buildReportModel({
  lang: 'vi', checkDate: '2026-11-20', list: result.list, summary: result.summary, bases: loadLegalBases(), findings: result.findings,
  documents: docs.map((d) => ({ role: d.role, file: d.file, sheet: d.sheet, sha256: '0'.repeat(64), parsed: d })),
});
const [pdf, pdfMs] = time(() => writeReportPdf(model, 'vi'));
const [xlsx, xlsxMs] = time(() => writeReportXlsx(model, 'vi'));
console.log(`${LINES} lines, ${result.findings.length} findings`);
console.log(`check:        ${checkMs.toFixed(0)} ms (baseline)`);
console.log(`report PDF:   ${pdfMs.toFixed(0)} ms, ${(pdf.length / 1024).toFixed(0)} KiB (${(pdfMs / checkMs).toFixed(1)}× the check)`);
console.log(`report Excel: ${xlsxMs.toFixed(0)} ms, ${(xlsx.length / 1024).toFixed(0)} KiB (${(xlsxMs / checkMs).toFixed(1)}× the check)`);
