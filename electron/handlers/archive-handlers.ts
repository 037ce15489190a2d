// Settings, the archive picker and the open archive.
import { basename, dirname } from 'node:path';
import { ArchiveError } from '../archive/types.ts';
import { HandlerError } from './errors.ts';
import type { HandlerDeps } from './deps.ts';
import type { Session } from './session.ts';
import type { Handlers } from '../../shared/ipc/contract.ts';
import { ipcOk } from '../../shared/ipc/result.ts';
import { readOnlyNotice } from '../archive/read-only.ts';
import type { ArchiveJobs } from './archive-jobs.ts';
import { ArchiveJobError } from '../archive-worker/runner.ts';

const RECENT = 8;

type ArchiveHandlers = Pick<Handlers,
  'getSettings' | 'setSettings' | 'pickArchiveToOpen' | 'pickArchiveToCreate' | 'openArchive' | 'closeArchive' | 'forgetArchive'>;

/**
 * The archive layer speaks to the command line ("create it with dossier archive init …"); in the app that advice
 * would create an empty archive where the client's real one used to be. Said here in the app's own words instead.
 */
function inAppWords(e: unknown, path: string, create: boolean): unknown {
  if (!(e instanceof ArchiveError) || create) return e;
  const name = basename(path);
  const folder = dirname(path);
  if (e.code === 'NOT_FOUND') {
    return new HandlerError('NOT_FOUND',
      `The archive “${name}” is no longer in ${folder}: it may have been moved, renamed or be on a drive not connected. Locate it, or forget it from the recent list.`,
      `Không còn thấy kho hồ sơ “${name}” trong ${folder}: có thể tệp đã bị chuyển đi, đổi tên hoặc nằm trên ổ đĩa chưa kết nối. Hãy tìm lại tệp, hoặc bỏ nó khỏi danh sách gần đây.`);
  }
  if (e.code === 'NOT_AN_ARCHIVE') {
    return new HandlerError('NOT_AN_ARCHIVE',
      `“${name}” in ${folder} is not a Dossier archive: open the client's archive file, or create a new archive.`,
      `“${name}” trong ${folder} không phải là kho hồ sơ Dossier: hãy mở đúng tệp kho hồ sơ của khách hàng, hoặc tạo kho hồ sơ mới.`);
  }
  return e;
}

/** A migration failed in the worker: one sentence naming the file; each migration rolled back on its own. */
function upgradeFailed(e: unknown, path: string): unknown {
  if (!(e instanceof ArchiveJobError)) return e;
  const name = basename(path);
  const folder = dirname(path);
  return new HandlerError('INVALID',
    `The archive “${name}” in ${folder} could not be upgraded to the new version (${e.message}); the step that failed was undone, so the archive is intact, and opening it again tries again.`,
    `Không nâng cấp được kho hồ sơ “${name}” trong ${folder} lên phiên bản mới (${e.messageVi ?? e.message}); bước bị lỗi đã được hoàn tác nên kho vẫn nguyên vẹn, và lần mở sau sẽ thử nâng cấp lại.`);
}

export function archiveHandlers(deps: HandlerDeps, session: Session, jobs: ArchiveJobs): ArchiveHandlers {
  const granted = session.granted;
  // One upgrade per file at a time: a second open of the same archive (a double click) waits for the first.
  const upgrading = new Map<string, Promise<unknown>>();
  /**
   * An archive of an older format is migrated in the archive worker before it is opened here, so its migrations
   * (up to half a minute on a large archive) never hold the main process's event loop; the open below then has
   * nothing left to migrate. Awaited: the renderer shows that it is opening meanwhile.
   */
  async function upgradeFirst(path: string, passphrase: string | undefined): Promise<void> {
    let running = upgrading.get(path);
    if (!running) {
      running = deps.archiveWorker.upgradeIfNeeded({ path, ...(passphrase !== undefined ? { passphrase } : {}) })
        .finally(() => upgrading.delete(path));
      upgrading.set(path, running);
    }
    try {
      await running;
    } catch (e) {
      throw upgradeFailed(e, path);
    }
  }
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
      await upgradeFirst(path, passphrase);
      let archive: ReturnType<HandlerDeps['openArchive']>;
      try {
        archive = deps.openArchive(path, { create, ...(passphrase !== undefined ? { passphrase } : {}), ...(encrypt ? { encrypt } : {}) });
      } catch (e) {
        throw inAppWords(e, path, create);
      }
      session.replace(archive, passphrase);
      const settings = deps.settings.load();
      const recentArchives = [path, ...settings.recentArchives.filter((p) => p !== path)].slice(0, RECENT);
      deps.settings.save({ ...settings, recentArchives });
      const { total } = archive.listShipments({ limit: 1 });
      // In the background: the reply (and the list) does not wait for a large archive's files to be re-hashed.
      const fixityJob = jobs.startFixityIfDue(archive);
      return ipcOk({ path, name: basename(path), shipments: total, ...(archive.encrypted ? { encrypted: true } : {}),
        ...(archive.readOnlyMedia ? { readOnly: readOnlyNotice(path) } : {}), ...(fixityJob ? { fixityJob } : {}) });
    },
    async forgetArchive({ path }) {
      const settings = deps.settings.load();
      const next = { ...settings, recentArchives: settings.recentArchives.filter((p) => p !== path) };
      deps.settings.save(next);
      return ipcOk(next);
    },
    async closeArchive() {
      session.replace(null);
      return ipcOk(null);
    },
  };
}
