// Declarations, retention and disposal, the BagIt export and the outage register (contract revision 2), for the app.
import type { HandlerDeps } from './deps.ts';
import { today, type Session } from './session.ts';
import { toShipmentView } from './views.ts';
import type { ArchiveJobs } from './archive-jobs.ts';
import { restoreBackup } from '../archive/restore.ts';
import { ArchiveError } from '../archive/types.ts';
import type { Outage } from '../archive/outages.ts';
import type { Handlers, OutageView } from '../../shared/ipc/contract.ts';
import { ipcOk } from '../../shared/ipc/result.ts';

type AuditHandlers = Pick<Handlers, 'declareShipment' | 'deleteShipment' | 'exportBag' | 'getRetention' | 'getOutages' | 'addOutage' | 'resolveOutage'
  | 'restoreBackup' | 'verifyArchive' | 'exportBags' | 'getArchiveJob' | 'cancelArchiveJob'>;

function toOutageViews(outages: Outage[]): OutageView[] {
  return outages.map((o) => ({
    id: o.id, from: o.from, ...(o.to ? { to: o.to } : {}), ...(o.notice ? { notice: o.notice } : {}),
    declarations: o.declarations.map((d) => ({ ref: d.ref, number: d.number, declaredOn: d.declaredOn, reentered: d.reentered,
      ...(d.electronicNumber ? { electronicNumber: d.electronicNumber } : {}) })),
  }));
}

/** A folder name for the bag from the reference (the dialog suggests it; the user may change it). */
const bagName = (ref: string) => `${ref.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')}-bag`;

export function auditHandlers(deps: HandlerDeps, session: Session, jobs: ArchiveJobs): AuditHandlers {
  /** The export job for `refs`, once the user has picked the destination (null: the dialog was cancelled). */
  const startExport = async (refs: string[], suggested: string, lang: 'en' | 'vi') => {
    const picked = await deps.dialogs.exportFolder(suggested);
    if (!picked) return null;
    return jobs.start({ kind: 'export', refs, outDir: picked, lang, now: deps.clock().toISOString(), lists: session.controlledLists() }, 'user');
  };
  return {
    async declareShipment({ ref, number, date, office, paper, lang }) {
      const archive = session.current();
      archive.declare(ref, { number, declaredOn: date, ...(office ? { office } : {}), paper });
      return ipcOk(toShipmentView(archive.getShipment(ref), lang));
    },
    async deleteShipment({ ref }) {
      const d = session.current().deleteShipment(ref, today(deps.clock));
      return ipcOk({ ref, files: d.files.length });
    },
    async exportBag({ ref, lang }) {
      session.current().getShipment(ref); // an unknown folder is said before a dialog opens
      // The same job as exportBags, awaited: the bag is written in the archive worker, the main process keeps answering.
      const started = await startExport([ref], bagName(ref), lang);
      if (!started) return ipcOk(null);
      const r = await jobs.settled(started.id);
      if (r.state !== 'done') throw new ArchiveError('INVALID', r.error?.message ?? 'The export was cancelled.', r.error?.messageVi ?? 'Đã hủy việc xuất.');
      return ipcOk({ dir: r.dir!, files: r.files! });
    },
    async exportBags(req) {
      const archive = session.current();
      let refs: string[];
      if ('refs' in req) {
        for (const ref of req.refs) archive.getShipment(ref); // an unknown folder is said before a dialog opens
        refs = req.refs;
      } else {
        const folders = archive.retention(today(deps.clock)).filter((f) => req.which === 'due' ? f.status === 'due' : f.status !== 'undeclared');
        if (folders.length === 0) {
          throw new ArchiveError('INVALID', req.which === 'due' ? 'No folder is due for disposal yet: nothing to export.' : 'No folder is declared yet: nothing to export.',
            req.which === 'due' ? 'Chưa có thư mục nào đến hạn tiêu hủy: không có gì để xuất.' : 'Chưa có thư mục nào đã khai báo hải quan: không có gì để xuất.');
        }
        refs = folders.map((f) => f.ref);
      }
      const suggested = refs.length === 1 ? bagName(refs[0]) : `dossier-${'which' in req ? req.which : 'folders'}-${today(deps.clock)}-bag`;
      return ipcOk(await startExport(refs, suggested, req.lang));
    },
    async verifyArchive() {
      return ipcOk(jobs.start({ kind: 'verify' }, 'user'));
    },
    async getArchiveJob({ id }) {
      return ipcOk(jobs.get(id));
    },
    async cancelArchiveJob({ id }) {
      return ipcOk(await jobs.cancel(id));
    },
    async getRetention() {
      const archive = session.current();
      const day = today(deps.clock);
      return ipcOk({
        years: archive.retentionYears(), today: day,
        folders: archive.retention(day).map((f) => ({
          ref: f.ref, status: f.status, ...(f.declarationNumber ? { declarationNumber: f.declarationNumber } : {}),
          ...(f.declaredOn ? { declaredOn: f.declaredOn } : {}), ...(f.keepUntil ? { keepUntil: f.keepUntil } : {}),
        })),
      });
    },
    async getOutages() {
      return ipcOk(toOutageViews(session.current().outages()));
    },
    async addOutage({ from, to, notice }) {
      const archive = session.current();
      archive.addOutage(from, to, notice);
      return ipcOk(toOutageViews(archive.outages()));
    },
    async restoreBackup({ passphrase }) {
      const backup = await deps.dialogs.openArchive();
      if (!backup) return ipcOk(null);
      const dest = await deps.dialogs.createArchive();
      if (!dest) return ipcOk(null);
      const r = await restoreBackup(backup, dest, passphrase !== undefined ? { passphrase } : {});
      if (r.problems.length > 0) {
        throw new ArchiveError('INVALID', `${backup} does not verify, so nothing was restored: ${r.problems[0]}${r.problems.length > 1 ? ` (and ${r.problems.length - 1} more)` : ''}`,
          `${backup} không qua được kiểm tra nên chưa khôi phục gì: ${r.problems[0]}${r.problems.length > 1 ? ` (và ${r.problems.length - 1} lỗi khác)` : ''}`);
      }
      const archive = deps.openArchive(dest, passphrase !== undefined ? { passphrase } : {});
      session.replace(archive, passphrase);
      session.granted.grant(dest, 'open'); // chosen in the save dialog: the page may reopen it
      const { total } = archive.listShipments({ limit: 1 });
      return ipcOk({ path: dest, name: dest.split(/[\\/]/).pop() ?? dest, shipments: total, ...(archive.encrypted ? { encrypted: true } : {}) });
    },
    async resolveOutage({ ref, number }) {
      const archive = session.current();
      archive.resolveOutage(ref, number);
      return ipcOk(toOutageViews(archive.outages()));
    },
  };
}

