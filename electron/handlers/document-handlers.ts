// Importing spreadsheets: pick, preview (with the remembered correction for the supplier's layout),
// store and re-check the whole folder. The reading and the check run in the engine worker (deps.engine): a
// hostile file stops there, with a sentence naming it, while every other channel keeps answering.
import { basename } from 'node:path';
import type { HandlerDeps } from './deps.ts';
import { fromInputError, HandlerError } from './errors.ts';
import { today, type Session } from './session.ts';
import { toDocumentInfo, toVersionView } from './views.ts';
import { diffDocuments } from '../../shared/domain/document-diff.ts';
import type { Archive } from '../archive/types.ts';
import { readOnlyError } from '../archive/read-only.ts';
import type { Handlers } from '../../shared/ipc/contract.ts';
import { ipcOk } from '../../shared/ipc/result.ts';

type DocumentHandlers = Pick<Handlers, 'pickFiles' | 'previewDocument' | 'importDocument' | 'addAttachment'>;

export function documentHandlers(deps: HandlerDeps, session: Session): DocumentHandlers {
  return {
    async pickFiles({ purpose }) {
      const paths = await deps.dialogs.openFiles(purpose);
      const files = await Promise.all(paths.map(async (p) => ({ name: basename(p), bytes: await deps.readFile(p) })));
      return ipcOk(files);
    },

    async previewDocument({ role, file, bytes, override }) {
      const lookupRemembered = !override && session.isOpen();
      const reply = await deps.engine.run('preview', { role, file, bytes, ...(override ? { override } : {}), lookupRemembered }, {
        subject: { file },
        // The archive may have been closed while the worker read: then there is nothing remembered.
        lookupLayout: async (key) => (session.isOpen() ? session.current().getLayout(key) : undefined),
      });
      return reply.ok ? ipcOk(reply.value) : fromInputError(reply.error);
    },

    async importDocument({ ref, role, file, bytes, override, remember }) {
      const archive = session.current();
      archive.getShipment(ref); // fail on an unknown folder before the costly read
      if (archive.readOnlyMedia) throw readOnlyError(archive.path); // …and on read-only media
      const read = await deps.engine.run('parse', { role, file, bytes, ...(override ? { override } : {}) }, { subject: { file } });
      if (!read.ok) return fromInputError(read.error);
      const { parsed, layoutKey } = read.value;
      // The folder as it will be once stored, checked before anything is written: a check stopped at its
      // budget leaves the folder exactly as it was.
      stillOpen(session, archive, file);
      const detail = archive.getShipment(ref);
      const docs = [...detail.documents.filter((d) => d.role !== role).map((d) => d.parsed), parsed];
      // Against the folder's permit: its own file, or the registered copy it uses by number (a permit file
      // imported now takes the place of that copy).
      if (detail.registeredPermit && role !== 'permit') docs.push(detail.registeredPermit);
      const date = today(deps.clock);
      const result = await deps.engine.run('check', { docs, date, lists: session.controlledLists() }, { subject: { folder: ref } });
      stillOpen(session, archive, file);
      const previous = detail.documents.find((d) => d.role === role)?.parsed;
      const stored = archive.addDocument(ref, { name: file, bytes, role, parsed }, deps.user());
      if (remember && override) archive.saveLayout(layoutKey, override);
      archive.replaceFindings(ref, result.findings, date, result.list?.id);
      // A replacement is shown: the version kept, what changed line by line, the acknowledgements re-opened.
      const replaced = stored.replacement && previous
        ? { version: toVersionView(stored.replacement.version), diff: diffDocuments(previous, parsed), reopened: stored.replacement.reopened }
        : undefined;
      return ipcOk({ document: toDocumentInfo({ ...stored, parsed }), summary: result.summary, ...(replaced ? { replaced } : {}) });
    },

    async addAttachment({ ref, name, bytes, group }) {
      const f = session.current().addAttachment(ref, { name, bytes }, group);
      return ipcOk({ name: f.name, sha256: f.sha256, bytes: f.bytes, group });
    },
  };
}

/** The user may open another archive while a file is read in the worker: it must not land in that one. */
function stillOpen(session: Session, archive: Archive, file: string): void {
  if (session.isOpen() && session.current() === archive) return;
  throw new HandlerError('NO_ARCHIVE', `The archive was closed while ${file} was being read, so it was not stored: open the archive and import it again.`,
    `Kho hồ sơ đã bị đóng trong lúc đang đọc tệp ${file}, nên tệp chưa được lưu: hãy mở lại kho và nhập lại tệp.`);
}
