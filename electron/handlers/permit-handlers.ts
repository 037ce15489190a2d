// The permit register in the app: the Permits screen, "use a registered permit" in a folder, and the check of a
// folder against the permit it uses (its own file, or the registered copy when used by number).
import type { HandlerDeps } from './deps.ts';
import { today, type Session } from './session.ts';
import { toShipmentView } from './views.ts';
import { runCheck } from '../../shared/check/run-check.ts';
import type { Summary } from '../../shared/domain/types.ts';
import { daysBetween } from '../../shared/permits/register.ts';
import type { FolderPermitView, Handlers, PermitFlag, PermitView, ShipmentRow } from '../../shared/ipc/contract.ts';
import { ipcOk } from '../../shared/ipc/result.ts';
import type { Archive, FolderPermit, PermitSummary, ShipmentSummary } from '../archive/index.ts';

type PermitHandlers = Pick<Handlers, 'listPermits' | 'usePermit' | 'cancelShipment' | 'adjustPermit'>;

/** How many days before its end a permit is flagged as expiring (the shipments list, the Permits screen). */
export const EXPIRING_DAYS = 30;

/** Re-checks a folder from what it holds now, with the registered permit it uses by number, and stores the findings. */
export function recheckFolder(archive: Archive, ref: string, date: string, session: Session): Summary {
  const detail = archive.getShipment(ref);
  const docs = detail.documents.map((d) => d.parsed);
  if (detail.registeredPermit) docs.push(detail.registeredPermit);
  const result = runCheck(docs, { date, lists: session.controlledLists() });
  archive.replaceFindings(ref, result.findings, date, result.list?.id);
  return result.summary;
}

export function permitFlags(p: ShipmentSummary['permit'], day: string): PermitFlag[] {
  if (!p || p.cancelled) return [];
  const flags: PermitFlag[] = [];
  if (p.validUntil !== undefined) {
    const left = daysBetween(day, p.validUntil);
    if (left < 0) flags.push('expired');
    else if (left <= EXPIRING_DAYS) flags.push('expiring');
  }
  if (p.overdrawn) flags.push('overdrawn');
  return flags;
}

export function withPermitFlags(row: ShipmentRow, s: ShipmentSummary, day: string): ShipmentRow {
  const flags = permitFlags(s.permit, day);
  return flags.length ? { ...row, permitFlags: flags } : row;
}

export function toFolderPermitView(p: FolderPermit): FolderPermitView {
  return {
    number: p.number, via: p.via, direction: p.direction, ...(p.validUntil ? { validUntil: p.validUntil } : {}),
    overdrawn: p.overdrawn, cancelled: p.cancelled !== undefined,
    ...(p.cancelled ? { cancelledAt: p.cancelled.at, cancelNote: p.cancelled.note } : {}),
    shortLines: p.shortLines ?? [],
  };
}

function toPermitView(p: PermitSummary, day: string): PermitView {
  return {
    number: p.number, direction: p.direction,
    ...(p.licensee ? { licensee: p.licensee } : {}), ...(p.issueDate ? { issueDate: p.issueDate } : {}),
    ...(p.validUntil ? { validUntil: p.validUntil, daysLeft: daysBetween(day, p.validUntil) } : {}),
    ...(p.registeredBy ? { registeredBy: p.registeredBy } : {}),
    lines: p.lines.map((l) => ({
      model: l.model, ...(l.name ? { name: l.name } : {}), ...(l.hsCode ? { hsCode: l.hsCode } : {}), ...(l.unit ? { unit: l.unit } : {}),
      ...(l.permitted !== undefined ? { permitted: l.permitted } : {}), used: l.used, ...(l.remaining !== undefined ? { remaining: l.remaining } : {}),
      shipments: l.shipments, notCounted: l.notCounted, adjustments: l.adjustments,
    })),
    cancelled: p.cancelled,
  };
}

export function permitHandlers(deps: HandlerDeps, session: Session): PermitHandlers {
  return {
    async listPermits({ number, expiringWithin }) {
      const day = today(deps.clock);
      const permits = session.current().listPermits({
        ...(number ? { number } : {}), ...(expiringWithin !== undefined ? { expiringWithin, today: day } : {}),
      });
      return ipcOk(permits.map((p) => toPermitView(p, day)));
    },
    async usePermit({ ref, number, lang }) {
      const archive = session.current();
      archive.usePermit(ref, number);
      if (archive.getShipment(ref).documents.length > 0) recheckFolder(archive, ref, today(deps.clock), session);
      return ipcOk(toShipmentView(archive.getShipment(ref), lang));
    },
    // The same archive calls as `dossier archive cancel` and `permit-adjust`: one transaction each, with its audit
    // entry; the register's findings of every folder on the permit are brought up to date in it.
    async cancelShipment({ ref, note, lang }) {
      const archive = session.current();
      archive.cancelShipment(ref, note);
      return ipcOk(toShipmentView(archive.getShipment(ref), lang));
    },
    async adjustPermit({ number, model, quantity, note }) {
      const archive = session.current();
      archive.adjustPermit(number, model, quantity, note);
      const day = today(deps.clock);
      return ipcOk(toPermitView(archive.listPermits({ number })[0], day));
    },
  };
}
