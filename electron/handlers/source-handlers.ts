// The rows a finding points at, from the stored files themselves, so the user sees the cells as written.
import type { HandlerDeps } from './deps.ts';
import type { Session } from './session.ts';
import { fromInputError } from './errors.ts';
import type { Result } from '../../shared/domain/types.ts';
import type { Grid } from '../../shared/import/workbook.ts';
import type { Handlers } from '../../shared/ipc/contract.ts';
import { ipcFail, ipcOk } from '../../shared/ipc/result.ts';
import { rolesShown, sourcePanels } from './source-panels.ts';

export function sourceHandlers(deps: HandlerDeps, session: Session): Pick<Handlers, 'getSources'> {
  const gridsReading = new Map<string, Promise<Result<Grid>>>();
  return {
    async getSources({ ref, findingId }) {
      const archive = session.current();
      const shipment = archive.getShipment(ref);
      const finding = shipment.findings.find((f) => f.id === findingId);
      if (!finding) return ipcFail('NOT_FOUND', `Shipment ${ref} has no finding #${findingId}.`, `Lô hàng ${ref} không có phát hiện #${findingId}.`);
      const grids = new Map<string, Grid['sheets']>();
      for (const role of rolesShown(finding, shipment.documents)) {
        const doc = shipment.documents.find((d) => d.role === role)!;
        let grid = session.grids.get(doc.sha256);
        if (!grid) {
          // Stored files are read in the worker too: an archive may hold a file added by an older version.
          // Findings clicked in quick succession share one read of the same file.
          let reading = gridsReading.get(doc.sha256);
          if (!reading) {
            reading = deps.engine.run('grid', { file: doc.file, bytes: archive.readFile(doc.sha256) }, { subject: { file: doc.file } });
            gridsReading.set(doc.sha256, reading);
            void reading.finally(() => gridsReading.delete(doc.sha256)).catch(() => undefined);
          }
          const read = await reading;
          if (!read.ok) return fromInputError(read.error);
          grid = read.value.sheets;
          session.cacheGrid(doc.sha256, grid);
        }
        grids.set(role, grid);
      }
      // A folder checked against a registered permit by number holds no permit file: the register's copy, as read,
      // is what NOT_IN_PERMIT shows the lines of.
      const reg = shipment.registeredPermit;
      const docs = reg && !shipment.documents.some((d) => d.role === 'permit')
        ? [...shipment.documents, { role: 'permit' as const, file: reg.file, parsed: reg }] : shipment.documents;
      return ipcOk(sourcePanels(finding, docs, (role) => grids.get(role)));
    },
  };
}
