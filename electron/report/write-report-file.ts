// `--report FILE.xlsx|FILE.pdf`: the report of a check just made, written next to nothing else (a temporary
// file renamed into place, so a failed write never leaves half a report under the user's name).
import { createHash } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Lang, Result } from '../../shared/domain/types.ts';
import { fail, ok } from '../../shared/domain/types.ts';
import type { CheckResult } from '../../shared/check/run-check.ts';
import type { LegalBasisTable } from '../../shared/legal-basis/legal-basis.ts';
import { buildReportModel, type ReportModel } from '../../shared/report/model.ts';
import { writeReportXlsx } from '../../shared/report/xlsx.ts';
import type { IncomingDocument } from '../archive/types.ts';
import { writeReportPdf } from './pdf.ts';

export interface CheckReportInput {
  inputs: IncomingDocument[];
  result: CheckResult;
  lang: Lang;
  date: string;
  bases: LegalBasisTable;
  ref?: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function checkReportModel(input: CheckReportInput): ReportModel {
  return buildReportModel({
    lang: input.lang, checkDate: input.date, list: input.result.list, summary: input.result.summary, bases: input.bases,
    findings: input.result.findings, ...(input.ref ? { ref: input.ref } : {}),
    documents: input.inputs.map((d) => ({ role: d.role, file: d.parsed.file, sheet: d.parsed.sheet, sha256: sha256Hex(d.bytes), parsed: d.parsed })),
  });
}

/** The report's bytes for a file name ending in .pdf or .xlsx. */
export function reportBytes(path: string, model: ReportModel): Uint8Array {
  return /\.pdf$/i.test(path) ? writeReportPdf(model, model.lang) : writeReportXlsx(model, model.lang);
}

export function writeReportFile(path: string, input: CheckReportInput): Result<string, { message: string; messageVi: string }> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, reportBytes(path, checkReportModel(input)));
    renameSync(tmp, path);
    return ok(path);
  } catch (e) {
    rmSync(tmp, { force: true });
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return fail({
      message: `The report could not be written to ${path} (${why}): check the folder exists and you may write there.`,
      messageVi: `Không ghi được báo cáo vào ${path} (${why}): hãy kiểm tra thư mục có tồn tại và có quyền ghi.`,
    });
  }
}
