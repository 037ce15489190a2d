// Shipment folders: list and search, create, show, acknowledge, audit.
import type { HandlerDeps } from './deps.ts';
import type { Session } from './session.ts';
import { withPermitFlags } from './permit-handlers.ts';
import { toFindingView, toRow, toShipmentView } from './views.ts';
import { withLaw, withLegalBasis } from './law-views.ts';
import { listById } from '../../shared/controlled-list/apply.ts';
import { byUrgency, withRowPlans } from './plan-handlers.ts';
import { today } from './session.ts';
import type { Handlers, ShipmentRow } from '../../shared/ipc/contract.ts';
import type { Archive } from '../archive/types.ts';
import { ipcFail, ipcOk } from '../../shared/ipc/result.ts';

type ShipmentHandlers = Pick<Handlers, 'listShipments' | 'createShipment' | 'getShipment' | 'acknowledgeFinding' | 'getAudit' | 'setFolderStatus'>;

/** The page's declared folders with the day they must be kept until, flagged once it has passed (retention.ts's `due`). */
function withKeepUntil(archive: Archive, rows: ShipmentRow[], day: string): ShipmentRow[] {
  const keep = archive.keepUntilOf(rows.map((r) => r.ref));
  return rows.map((r) => {
    const until = keep.get(r.ref);
    return until ? { ...r, keepUntil: until, ...(until < day ? { retentionDue: true } : {}) } : r;
  });
}

export function shipmentHandlers(deps: HandlerDeps, session: Session): ShipmentHandlers {
  return {
    async listShipments({ query, offset, limit, sort, status }) {
      const q = query?.trim();
      const archive = session.current();
      const day = today(deps.clock);
      if (sort === 'urgency') {
        const r = byUrgency(archive, q, offset, limit, day, status);
        return ipcOk({ ...r, shipments: withKeepUntil(archive, r.shipments, day) });
      }
      const { total, shipments } = archive.listShipments({ ...(q ? { query: q } : {}), ...(status ? { status } : {}), offset, limit });
      return ipcOk({ total, shipments: withKeepUntil(archive, withRowPlans(archive, shipments.map((s) => withPermitFlags(toRow(s), s, day)), shipments, day), day) });
    },
    async createShipment({ ref, direction, eta }) {
      return ipcOk(toRow(session.current().createShipment(ref, direction, eta)));
    },
    async getShipment({ ref, lang }) {
      return ipcOk(withLaw(toShipmentView(session.current().getShipment(ref), lang), session.controlledLists(), lang));
    },
    async acknowledgeFinding({ ref, findingId, note, lang }) {
      const archive = session.current();
      const shipment = archive.getShipment(ref);
      const found = shipment.findings.some((f) => f.id === findingId);
      if (!found) return ipcFail('NOT_FOUND', `Shipment ${ref} has no finding #${findingId}.`, `Lô hàng ${ref} không có phát hiện #${findingId}.`);
      const list = shipment.controlledListId ? listById(session.controlledLists(), shipment.controlledListId) : null;
      return ipcOk(withLegalBasis(toFindingView(archive.acknowledgeFinding(ref, findingId, note, deps.user()), lang), list, lang));
    },
    async setFolderStatus({ ref, status, despiteErrors, lang }) {
      const archive = session.current();
      archive.setStatus(ref, status, deps.user(), { despiteErrors: despiteErrors === true });
      return ipcOk(withLaw(toShipmentView(archive.getShipment(ref), lang), session.controlledLists(), lang));
    },
    async getAudit({ ref }) {
      return ipcOk(session.current().audit(ref).map(({ seq, at, action, ref: r, detail }) => ({ seq, at, action, detail, ...(r ? { ref: r } : {}) })));
    },
  };
}
