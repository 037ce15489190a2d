// Declarations, retention and disposal, the BagIt export and the outage register (contract revision 2), for the app.
import type { HandlerDeps } from './deps.ts';
import { today, type Session } from './session.ts';
import { toShipmentView } from './views.ts';
import { exportBag } from '../archive/bagit.ts';
import { reportModelFromShipment } from '../report/from-shipment.ts';
import { reportBytesAsync } from '../report/run-writer.ts';
import { restoreBackup } from '../archive/restore.ts';
import { ArchiveError } from '../archive/types.ts';
import type { Outage } from '../archive/outages.ts';
import type { Handlers, OutageView } from '../../shared/ipc/contract.ts';
import { ipcOk } from '../../shared/ipc/result.ts';

type AuditHandlers = Pick<Handlers, 'declareShipment' | 'deleteShipment' | 'exportBag' | 'getRetention' | 'getOutages' | 'addOutage' | 'resolveOutage'
  | 'restoreBackup'>;

function toOutageViews(outages: Outage[]): OutageView[] {
  return outages.map((o) => ({
    id: o.id, from: o.from, ...(o.to ? { to: o.to } : {}), ...(o.notice ? { notice: o.notice } : {}),
    declarations: o.declarations.map((d) => ({ ref: d.ref, number: d.number, declaredOn: d.declaredOn, reentered: d.reentered,
      ...(d.electronicNumber ? { electronicNumber: d.electronicNumber } : {}) })),
  }));
}

/** A folder name for the bag from the reference (the dialog suggests it; the user may change it). */
const bagName = (ref: string) => `${ref.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')}-bag`;

export function auditHandlers(deps: HandlerDeps, session: Session): AuditHandlers {
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
      const archive = session.current();
      const detail = archive.getShipment(ref); // an unknown folder is said before a dialog opens
      const picked = await deps.dialogs.exportFolder(bagName(ref));
      if (!picked) return ipcOk(null);
      // The PDF is written in the report worker, as the report buttons do: the main process keeps answering.
      const model = reportModelFromShipment(detail, lang, { lists: session.controlledLists(), generatedAt: deps.clock().toISOString() });
      const pdf = await reportBytesAsync(model, 'pdf');
      const r = exportBag(archive, ref, picked, { lang, now: deps.clock(), extras: new Map([[ref, [{ name: 'report.pdf', bytes: pdf }]]]) });
      return ipcOk({ dir: r.dir, files: r.folders[0].files.length });
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
      session.replace(archive);
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

