// createHandlers(deps): one plain async function per IPC channel, with no Electron in sight.
import type { HandlerDeps } from './deps.ts';
import { Session } from './session.ts';
import { archiveHandlers } from './archive-handlers.ts';
import { shipmentHandlers } from './shipment-handlers.ts';
import { documentHandlers } from './document-handlers.ts';
import { sourceHandlers } from './source-handlers.ts';
import { reportHandlers } from './report-handlers.ts';
import { planHandlers } from './plan-handlers.ts';
import { auditHandlers } from './audit-handlers.ts';
import { permitHandlers } from './permit-handlers.ts';
import { versionHandlers } from './version-handlers.ts';
import { ArchiveJobs } from './archive-jobs.ts';
import type { Handlers } from '../../shared/ipc/contract.ts';

export type { HandlerDeps, Dialogs, SettingsStore } from './deps.ts';

export function createHandlers(deps: HandlerDeps): Handlers & { dispose(): void } {
  const session = new Session(deps);
  const jobs = new ArchiveJobs(deps, session);
  return {
    ...archiveHandlers(deps, session, jobs),
    ...shipmentHandlers(deps, session),
    ...documentHandlers(deps, session),
    ...sourceHandlers(deps, session),
    ...reportHandlers(deps, session),
    ...planHandlers(deps, session),
    ...auditHandlers(deps, session, jobs),
    ...permitHandlers(deps, session),
    ...versionHandlers(deps, session),
    dispose: () => { jobs.cancelAll(); session.replace(null); },
  };
}
