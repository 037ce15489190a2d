// The jobs themselves, as plain functions over the archive module (the worker entry posts their progress).
import { openArchive } from '../archive/index.ts';
import { exportBag } from '../archive/bagit.ts';
import { reportModelFromShipment } from '../report/from-shipment.ts';
import { writeReportPdf } from '../report/pdf.ts';
import type { ArchiveAccess, ArchiveJob, ArchiveJobOutput } from './protocol.ts';

export type Progress = (done: number, total: number) => void;

export function runArchiveJob(access: ArchiveAccess, job: ArchiveJob, onProgress: Progress): ArchiveJobOutput {
  // Read-only: the app's own connection keeps writing meanwhile; this one reads one consistent snapshot.
  const archive = openArchive(access.path, { readonly: true,
    ...(access.passphrase !== undefined ? { passphrase: access.passphrase } : {}), ...(access.nativeBinding ? { nativeBinding: access.nativeBinding } : {}) });
  try {
    if (job.kind === 'verify') {
      let files = 0;
      const problems = archive.verify((done, total) => { files = done; onProgress(done, total); });
      return { kind: 'verify', files, problems };
    }
    // The PDF discrepancy report goes into each folder's data/ beside the text one, as the CLI's export does.
    const extras = new Map(job.refs.map((ref) => {
      const model = reportModelFromShipment(archive.getShipment(ref), job.lang, { lists: job.lists, generatedAt: job.now });
      return [ref, [{ name: 'report.pdf', bytes: writeReportPdf(model, job.lang) }]];
    }));
    const r = exportBag(archive, job.refs, job.outDir, { lang: job.lang, now: new Date(job.now), extras, onProgress,
      ...(job.organization ? { organization: job.organization } : {}) });
    return { kind: 'export', dir: r.dir, folders: r.folders.map((f) => ({ ref: f.ref, files: f.files.length })), payloadFiles: r.payloadFiles, payloadBytes: r.payloadBytes };
  } finally {
    archive.close();
  }
}
