// Settings, the archive picker and the open archive.
import { basename } from 'node:path';
import type { HandlerDeps } from './deps.ts';
import type { Session } from './session.ts';
import type { Handlers } from '../../shared/ipc/contract.ts';
import { ipcOk } from '../../shared/ipc/result.ts';
import { readOnlyNotice } from '../archive/read-only.ts';

const RECENT = 8;

type ArchiveHandlers = Pick<Handlers,
  'getSettings' | 'setSettings' | 'pickArchiveToOpen' | 'pickArchiveToCreate' | 'openArchive' | 'closeArchive'>;

export function archiveHandlers(deps: HandlerDeps, session: Session): ArchiveHandlers {
  const granted = session.granted;
  return {
    async getSettings() {
      return ipcOk(deps.settings.load());
    },
    async setSettings({ lang }) {
      const next = { ...deps.settings.load(), lang };
      deps.settings.save(next);
      return ipcOk(next);
    },
    async pickArchiveToOpen() {
      const path = await deps.dialogs.openArchive();
      granted.grant(path, 'open');
      return ipcOk(path);
    },
    async pickArchiveToCreate() {
      const path = await deps.dialogs.createArchive();
      granted.grant(path, 'create');
      return ipcOk(path);
    },
    async openArchive({ path, create, passphrase, encrypt }) {
      granted.check(path, create, deps.settings.load().recentArchives);
      const archive = deps.openArchive(path, { create, ...(passphrase !== undefined ? { passphrase } : {}), ...(encrypt ? { encrypt } : {}) });
      session.replace(archive);
      const settings = deps.settings.load();
      const recentArchives = [path, ...settings.recentArchives.filter((p) => p !== path)].slice(0, RECENT);
      deps.settings.save({ ...settings, recentArchives });
      const { total } = archive.listShipments({ limit: 1 });
      return ipcOk({ path, name: basename(path), shipments: total, ...(archive.encrypted ? { encrypted: true } : {}),
        ...(archive.readOnlyMedia ? { readOnly: readOnlyNotice(path) } : {}) });
    },
    async closeArchive() {
      session.replace(null);
      return ipcOk(null);
    },
  };
}
