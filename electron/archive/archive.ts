// The Archive implementation: each public method is one synchronous transaction over the aggregate modules.
import { existsSync, fsyncSync, openSync, closeSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Finding, FolderMatch } from '../../shared/domain/types.ts';
import { ROLES } from '../../shared/domain/types.ts';
import { summarize } from '../../shared/check/run-check.ts';
import { isValidIsoDate } from '../../shared/parse/date.ts';
import {
  ArchiveError, type Archive, type AuditEntry, type Direction, type IncomingDocument, type IncomingFile, type NewShipment,
  type DocumentVersion, type Replacement, type ShipmentDetail, type ShipmentQuery, type ShipmentSummary, type StoredDocument, type StoredFile, type StoredFinding,
} from './types.ts';
import { sql, writeTx, type Db } from './sql.ts';
import { appendAudit, readAudit } from './audit.ts';
import { folderFiles, linkFile, readStoredFile, storeFile } from './files.ts';
import { insertDocument, readDocuments, removeDocument } from './documents.ts';
import { acknowledge, clearFindings, editAck, insertFindings, readFindings, reopenChangedAcks, withdrawAck } from './findings.ts';
import { keepVersion, readVersion, readVersions } from './versions.ts';
import { getLayout, putLayout } from './layouts.ts';
import { findShipment, getShipmentRow, insertShipment, listShipments, setCheck, toSummary } from './shipments.ts';
import { putReviewStatus, reopenIfNewErrors, unacknowledgedErrorKeys, unacknowledgedErrors } from './folder-status.ts';
import { reindexShipment, searchMatches } from './search.ts';
import { verifyArchive } from './verify.ts';
import { FIXITY_ACTION, lastFixity, type FixityRecord } from './fixity.ts';
import {
  addAdjustment, cancelUse, linkPermitFile, releaseFolder, linkPermitNumber, permitOf, recomputeDraws, refreshRegisterFindings,
  registeredPermitDocument, withoutRegisterFindings, type PermitLink,
} from './permits.ts';
import { folderPermit, folderPermits, listPermits } from './permit-register.ts';
import { registerJson, registerText } from './permit-entries.ts';
import type { Lang, ParsedDocument } from '../../shared/domain/types.ts';
import type { PermitQuery, PermitSummary } from './types.ts';
import { openDatabase, type OpenOptions } from './open.ts';
import { sweepStaleTemp, tempPath } from './temp-files.ts';
import { closeDb, isOnReadOnlyMedia } from './read-only.ts';
import { SCHEMA_VERSION } from './migrations/index.ts';
import { deleteSwapDay, insertPlanEvent, updateEta, PLAN_EVENT_KINDS, planStates, putSwapDay, readPlanEvents, readSwapDays, type PlanEvent, type PlanEventKind, type PlanState, type SwapDay } from './plan.ts';
import { addYears, declaredFolders, keepUntilOf, putDeclaration, readDeclaration, retentionYears, setRetentionYears, validateDeclaration,
  type Declaration, type DeclarationInput } from './declarations.ts';
import { disposeShipment, retentionReport, type Disposal, type RetentionEntry } from './retention.ts';
import { insertOutage, listOutages, markReentered, type Outage } from './outages.ts';
import { isKeyed, rekey, vacuumInto } from './cipher.ts';

export interface ArchiveOptions extends OpenOptions {
  /** The clock for created_at / audit timestamps (tests pin it). */
  now?: () => Date;
}

export class SqliteArchive implements Archive {
  readonly path: string;
  readonly schemaVersion = SCHEMA_VERSION;
  private readonly db: Db;
  private readonly now: () => Date;

  constructor(path: string, opts: ArchiveOptions = {}) {
    this.path = resolve(path);
    this.now = opts.now ?? (() => new Date());
    this.db = openDatabase(this.path, {
      ...opts,
      onMigrated: (db, from, to) => appendAudit(db, this.stamp(), from === 0 ? 'archive.created' : 'archive.migrated', null, { from, to }),
    });
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  /** True when the file is on read-only media: reads work, writes are refused with one sentence. */
  get readOnlyMedia(): boolean {
    return isOnReadOnlyMedia(this.db);
  }

  close(): void {
    closeDb(this.db);
  }

  /**
   * Runs `fn` in one transaction; archive methods called inside become savepoints of it.
   * For bulk loading (the benchmark, imports of old folders): one fsync per batch instead of per folder.
   */
  batch<T>(fn: () => T): T {
    return writeTx(this.db, fn);
  }

  addShipment(s: NewShipment): ShipmentSummary {
    validateShipment(s);
    return writeTx(this.db, () => {
      const at = this.stamp();
      const id = insertShipment(this.db, s.ref, s.direction, s.eta, at);
      const files: { name: string; sha256: string; role: string | null }[] = [];
      let permit: PermitLink | null = null;
      for (const doc of s.documents) {
        const sha256 = storeFile(this.db, doc.bytes, at);
        linkFile(this.db, id, doc.name, sha256, doc.role, at);
        insertDocument(this.db, id, doc.role, doc.name, sha256, doc.parsed);
        files.push({ name: doc.name, sha256, role: doc.role });
        if (doc.role === 'permit') permit = linkPermitFile(this.db, id, doc.parsed, sha256, doc.name, at);
      }
      if (s.permitNumber !== undefined) permit = linkPermitNumber(this.db, id, s.permitNumber);
      for (const att of s.attachments) {
        const sha256 = storeFile(this.db, att.bytes, at);
        linkFile(this.db, id, att.name, sha256, null, at);
        files.push({ name: att.name, sha256, role: null });
      }
      setCheck(this.db, id, s.checkDate, s.controlledListId);
      insertFindings(this.db, id, withoutRegisterFindings(s.findings));
      // The draws commit with the folder: after a crash, balances are the sum over complete folders.
      recomputeDraws(this.db, id);
      refreshRegisterFindings(this.db, [id], [], at);
      reindexShipment(this.db, id);
      const row = getShipmentRow(this.db, s.ref);
      appendAudit(this.db, at, 'shipment.added', s.ref, {
        direction: s.direction, eta: s.eta ?? null, checkDate: s.checkDate, controlledListId: s.controlledListId ?? null,
        files, summary: { errors: row.errors, warnings: row.warnings, infos: row.infos }, ...(permit ? { permit } : {}),
      });
      return toSummary(row);
    });
  }

  createShipment(ref: string, direction: Direction, eta?: string): ShipmentSummary {
    validateHead(ref, direction, eta);
    return writeTx(this.db, () => {
      const at = this.stamp();
      const id = insertShipment(this.db, ref, direction, eta, at);
      reindexShipment(this.db, id);
      appendAudit(this.db, at, 'shipment.created', ref, { direction, eta: eta ?? null });
      return toSummary(getShipmentRow(this.db, ref));
    });
  }

  addDocument(ref: string, doc: IncomingDocument, by = ''): StoredDocument & { replacement?: Replacement } {
    validateDocument(doc);
    return writeTx(this.db, () => {
      const at = this.stamp();
      const ship = getShipmentRow(this.db, ref);
      const errorsBefore = unacknowledgedErrorKeys(this.db, ship.id);
      const old = readDocuments(this.db, ship.id).find((d) => d.role === doc.role);
      const sha256 = storeFile(this.db, doc.bytes, at);
      // The replaced version is kept (schema 8), and acknowledgements whose cells now say something else re-open.
      const version = old ? keepVersion(this.db, ship.id, old, at, by, { name: doc.name, sha256 }) : undefined;
      const reopened = old ? reopenChangedAcks(this.db, ship.id, doc.role, old.parsed, doc.parsed, { previous: old.file, next: doc.name }, at) : [];
      for (const r of reopened) {
        appendAudit(this.db, at, 'finding.reopened', ref, {
          code: r.finding.code, model: r.finding.model ?? null, cells: r.cells, file: doc.name, previousFile: old!.file,
          note: r.finding.acknowledgement!.note, ackBy: r.finding.acknowledgement!.by,
        });
      }
      const replaced = removeDocument(this.db, ship.id, doc.role);
      linkFile(this.db, ship.id, doc.name, sha256, doc.role, at);
      const docId = insertDocument(this.db, ship.id, doc.role, doc.name, sha256, doc.parsed);
      const before = permitOf(this.db, ship.id);
      const permit = doc.role === 'permit' ? linkPermitFile(this.db, ship.id, doc.parsed, sha256, doc.name, at) : null;
      appendAudit(this.db, at, 'document.added', ref, {
        role: doc.role, name: doc.name, sha256, replaced: replaced ?? null, ...(permit ? { permit } : {}),
        ...(version ? { replacedFile: version.file, versionId: version.id, by } : {}),
      });
      // A new invoice or permit changes what the folder draws: rewritten, never added to the old draw.
      recomputeDraws(this.db, ship.id);
      refreshRegisterFindings(this.db, [ship.id], before !== undefined ? [before] : [], at);
      reindexShipment(this.db, ship.id);
      // Errors whose acknowledgement re-opened (their cells changed) are errors nobody has looked at.
      reopenIfNewErrors(this.db, ship.id, errorsBefore, at);
      const stored = readDocuments(this.db, ship.id).find((d) => d.id === docId)!;
      return version ? { ...stored, replacement: { version, reopened: reopened.length } } : stored;
    });
  }

  documentVersion(ref: string, versionId: number): { version: DocumentVersion; parsed: ParsedDocument; next: ParsedDocument } {
    return this.db.transaction(() => readVersion(this.db, getShipmentRow(this.db, ref).id, versionId)).deferred();
  }

  /** A file added to an existing folder as is (the app's "attach"), optionally filed under a group. */
  addAttachment(ref: string, file: IncomingFile, group?: string): StoredFile {
    return writeTx(this.db, () => {
      const at = this.stamp();
      const ship = getShipmentRow(this.db, ref);
      const sha256 = storeFile(this.db, file.bytes, at);
      linkFile(this.db, ship.id, file.name, sha256, null, at, group);
      reindexShipment(this.db, ship.id);
      appendAudit(this.db, at, 'attachment.added', ref, { name: file.name, sha256, group: group ?? null });
      return { name: file.name, sha256, bytes: file.bytes.byteLength, ...(group !== undefined ? { group } : {}) };
    });
  }

  replaceFindings(ref: string, findings: Finding[], checkDate: string, controlledListId?: string): StoredFinding[] {
    if (!isValidIsoDate(checkDate)) throw new ArchiveError('INVALID', `The check date "${checkDate}" is not a day written YYYY-MM-DD.`,
      `Ngày đối chiếu "${checkDate}" không phải là một ngày viết theo dạng YYYY-MM-DD.`);
    return writeTx(this.db, () => {
      const ship = getShipmentRow(this.db, ref);
      const errorsBefore = unacknowledgedErrorKeys(this.db, ship.id);
      // The register's findings stay (with their acknowledgements) until the register says otherwise.
      const kept = readFindings(this.db, ship.id).filter((f) => !withoutRegisterFindings([f]).length)
        .map(({ id: _id, acknowledgement: _ack, ...f }) => f as Finding);
      const acks = clearFindings(this.db, ship.id);
      insertFindings(this.db, ship.id, [...kept, ...withoutRegisterFindings(findings)], acks);
      setCheck(this.db, ship.id, checkDate, controlledListId);
      const at = this.stamp();
      appendAudit(this.db, at, 'findings.replaced', ref, { checkDate, controlledListId: controlledListId ?? null, summary: summarize(findings) });
      recomputeDraws(this.db, ship.id);
      refreshRegisterFindings(this.db, [ship.id], [], at);
      // Notes of acknowledgements that went with their findings are no longer the folder's to be found by.
      reindexShipment(this.db, ship.id);
      reopenIfNewErrors(this.db, ship.id, errorsBefore, at);
      return readFindings(this.db, ship.id);
    });
  }

  acknowledgeFinding(ref: string, findingId: number, note: string, by: string): StoredFinding {
    requireReviewer(by);
    return writeTx(this.db, () => {
      const at = this.stamp();
      const id = getShipmentRow(this.db, ref).id;
      const acked = this.acknowledgeOne(ref, id, findingId, note, by, at, {});
      // The note is searchable from this transaction on (search.ts indexes acknowledgement notes).
      reindexShipment(this.db, id);
      return acked;
    });
  }

  acknowledgeFindings(ref: string, findingIds: number[], note: string, by: string): StoredFinding[] {
    requireReviewer(by);
    return writeTx(this.db, () => {
      const at = this.stamp();
      const ship = getShipmentRow(this.db, ref);
      // One action, one transaction; one entry per finding, each saying it was one of a group of n.
      // Already acknowledged ones keep their own note (each can be edited on its own).
      const open = new Map(readFindings(this.db, ship.id).map((f) => [f.id, !f.acknowledgement]));
      const ids = [...new Set(findingIds)].filter((id) => open.get(id) !== false);
      const acked = ids.map((id) => this.acknowledgeOne(ref, ship.id, id, note, by, at, { group: ids.length }));
      reindexShipment(this.db, ship.id);
      return acked;
    });
  }

  /** One finding acknowledged and its audit entry, inside the caller's transaction. */
  private acknowledgeOne(ref: string, shipmentId: number, findingId: number, note: string, by: string, at: string,
    extra: { group?: number }): StoredFinding {
    const f = acknowledge(this.db, shipmentId, findingId, note, by, at);
    appendAudit(this.db, at, 'finding.acknowledged', ref, { code: f.code, model: f.model ?? null, note, by, ...extra });
    return f;
  }

  editAcknowledgement(ref: string, findingId: number, note: string, by: string): StoredFinding {
    if (note.trim() === '') throw new ArchiveError('INVALID', 'The new note is empty: write what was checked, or withdraw the acknowledgement.',
      'Ghi chú mới đang trống: hãy ghi điều đã kiểm tra, hoặc rút lại việc chấp nhận.');
    return writeTx(this.db, () => {
      const at = this.stamp();
      const ship = getShipmentRow(this.db, ref);
      const { before, after } = editAck(this.db, ship.id, findingId, note, by, at);
      reindexShipment(this.db, ship.id);
      appendAudit(this.db, at, 'finding.ack_edited', ref, {
        code: after.code, model: after.model ?? null, from: before.acknowledgement!.note, to: note, by, ackBy: before.acknowledgement!.by,
      });
      return after;
    });
  }

  withdrawAcknowledgement(ref: string, findingId: number, by: string): StoredFinding {
    return writeTx(this.db, () => {
      const at = this.stamp();
      const ship = getShipmentRow(this.db, ref);
      const { before, after } = withdrawAck(this.db, ship.id, findingId);
      reindexShipment(this.db, ship.id);
      appendAudit(this.db, at, 'finding.ack_withdrawn', ref, {
        code: after.code, model: after.model ?? null, note: before.acknowledgement!.note, by, ackBy: before.acknowledgement!.by,
      });
      return after;
    });
  }

  searchMatches(refs: string[], query: string): Map<string, FolderMatch> {
    const refOf = new Map(refs.flatMap((ref) => {
      const id = findShipment(this.db, ref)?.id;
      return id === undefined ? [] : [[id, ref] as const];
    }));
    return new Map([...searchMatches(this.db, [...refOf.keys()], query)].map(([id, m]) => [refOf.get(id)!, m]));
  }

  listShipments(query: ShipmentQuery): { total: number; shipments: ShipmentSummary[] } {
    const page = listShipments(this.db, query);
    // The list flags folders whose permit is expired, expiring or over-drawn: only the page asked for is looked up.
    if (query.limit === undefined || query.limit < 0 || query.limit > 5000) return page;
    const permits = folderPermits(this.db, page.shipments.map((s) => s.ref));
    for (const s of page.shipments) {
      const p = permits.get(s.ref);
      if (p) s.permit = { number: p.number, ...(p.validUntil ? { validUntil: p.validUntil } : {}), overdrawn: p.overdrawn, cancelled: p.cancelled !== undefined };
    }
    return page;
  }

  // ── The permit register ──────────────────────────────────────────────────────────────────────────

  listPermits(query: PermitQuery = {}): PermitSummary[] {
    return listPermits(this.db, query);
  }

  /** `archive permits --format json` for the query, the UTF-8 bytes printed in pieces (the contract's document), from the stored entries. */
  permitsJson(query: Omit<PermitQuery, 'nestDrawsAt'> = {}): { chunks: Uint8Array[]; count: number } {
    return registerJson(this.db, query);
  }

  /** `archive permits` (text) for the query in `lang`, as of `day` (YYYY-MM-DD): the UTF-8 bytes printed in pieces, from the stored tables. */
  permitsText(query: Omit<PermitQuery, 'nestDrawsAt'>, lang: Lang, day: string): { chunks: Uint8Array[]; count: number } {
    return registerText(this.db, query, lang, day);
  }

  /** The registered copy of a permit as read, to check a folder against it (ArchiveError NOT_FOUND if unknown). */
  registeredPermit(number: string): ParsedDocument {
    return registeredPermitDocument(this.db, number);
  }

  /** The app's "use a registered permit": the folder is checked against the permit in the register. */
  usePermit(ref: string, number: string): void {
    writeTx(this.db, () => {
      const at = this.stamp();
      const ship = getShipmentRow(this.db, ref);
      if (readDocuments(this.db, ship.id).some((d) => d.role === 'permit')) {
        throw new ArchiveError('INVALID', `The shipment folder "${ref}" has its own permit file: it is checked against that file, not a registered permit.`,
          `Thư mục lô hàng "${ref}" đã có tệp giấy phép riêng: lô hàng được đối chiếu với tệp đó, không dùng giấy phép đã đăng ký.`);
      }
      const before = permitOf(this.db, ship.id);
      const link = linkPermitNumber(this.db, ship.id, number);
      recomputeDraws(this.db, ship.id);
      refreshRegisterFindings(this.db, [ship.id], before !== undefined ? [before] : [], at);
      appendAudit(this.db, at, 'permit.used', ref, { permit: link });
    });
  }

  /** A folder that will not go ahead: its draw on its permit is released, and the trail says who and why. */
  cancelShipment(ref: string, note: string): void {
    writeTx(this.db, () => {
      const at = this.stamp();
      const ship = getShipmentRow(this.db, ref);
      cancelUse(this.db, ship.id, ref, note, at);
      appendAudit(this.db, at, 'shipment.cancelled', ref, { note });
    });
  }

  /** Goods drawn on a permit outside this archive (negative: given back), with the note that says why. */
  adjustPermit(number: string, model: string, quantity: number, note: string): void {
    writeTx(this.db, () => {
      const at = this.stamp();
      const done = addAdjustment(this.db, number, model, quantity, note, at);
      appendAudit(this.db, at, 'permit.adjusted', null, { permit: done.permit, model: done.model, quantity, note: note.trim() });
    });
  }

  getShipment(ref: string): ShipmentDetail {
    // One read transaction: a writer committing meanwhile cannot give a folder half old, half new.
    return this.db.transaction(() => {
      const row = getShipmentRow(this.db, ref);
      const findings = readFindings(this.db, row.id);
      return {
        ...toSummary(row),
        ...(row.check_date !== null ? { checkDate: row.check_date } : { checkDate: '' }),
        ...(row.controlled_list_id !== null ? { controlledListId: row.controlled_list_id } : {}),
        ...this.declarationOf(row.id),
        documents: readDocuments(this.db, row.id),
        versions: readVersions(this.db, row.id),
        files: folderFiles(this.db, row.id).map((f) => ({
          name: f.name, sha256: f.sha256, bytes: f.size, ...(f.role ? { role: f.role } : {}), ...(f.grp !== null ? { group: f.grp } : {}),
        })),
        findings,
        summary: summarize(findings),
        ...permitOfDetail(this.db, row.id),
      };
    }).deferred();
  }

  /** Records a plan event (filed, returned, resubmitted, permit received) of a folder, with its audit entry. */
  addPlanEvent(ref: string, kind: PlanEventKind, day: string): PlanEvent {
    if (!PLAN_EVENT_KINDS.includes(kind)) throw new ArchiveError('INVALID', `"${kind}" is not a plan event.`, `"${kind}" không phải là mốc kế hoạch.`);
    if (!isValidIsoDate(day)) throw new ArchiveError('INVALID', `The day "${day}" is not a date (YYYY-MM-DD).`, `Ngày "${day}" không phải là ngày hợp lệ (YYYY-MM-DD).`);
    return writeTx(this.db, () => {
      const at = this.stamp();
      const row = getShipmentRow(this.db, ref);
      insertPlanEvent(this.db, row.id, kind, day, at);
      appendAudit(this.db, at, 'plan.event', ref, { kind, day });
      return readPlanEvents(this.db, row.id).at(-1)!;
    });
  }

  /**
   * The declarant sets the folder open or reviewed, with its audit entry. A declared folder stays declared (its
   * declaration is recorded: declare() is how a folder becomes declared). Reviewed over unacknowledged errors only
   * when the caller says the declarant confirmed it (`despiteErrors`), and the entry keeps how many there were.
   */
  setStatus(ref: string, status: 'open' | 'reviewed', by: string, opts: { despiteErrors?: boolean } = {}): ShipmentSummary {
    return writeTx(this.db, () => {
      const at = this.stamp();
      const row = getShipmentRow(this.db, ref);
      if (row.status === 'declared') {
        const d = readDeclaration(this.db, row.id)!;
        throw new ArchiveError('INVALID', `The shipment folder "${ref}" is declared (declaration ${d.number} is recorded): its status stays "declared".`,
          `Thư mục lô hàng "${ref}" đã khai báo (đã ghi nhận tờ khai số ${d.number}): trạng thái giữ là "Đã khai báo".`);
      }
      if (row.status === status) return toSummary(row);
      const errors = status === 'reviewed' ? unacknowledgedErrors(this.db, row.id) : 0;
      if (errors > 0 && !opts.despiteErrors) {
        throw new ArchiveError('INVALID', `The shipment folder "${ref}" still has ${errors} unacknowledged error(s): acknowledge them, or confirm that it is reviewed with them.`,
          `Thư mục lô hàng "${ref}" còn ${errors} lỗi chưa được chấp nhận: hãy chấp nhận các lỗi đó, hoặc xác nhận đã rà soát dù còn lỗi.`);
      }
      putReviewStatus(this.db, row.id, status);
      appendAudit(this.db, at, 'shipment.status_set', ref, { from: row.status, to: status, by, ...(errors > 0 ? { unacknowledgedErrors: errors } : {}) });
      return toSummary(getShipmentRow(this.db, ref));
    });
  }

  /** Sets or changes the folder's ETA (ETD for an export), with its audit entry: the plan runs from it. */
  setEta(ref: string, eta: string | null): ShipmentSummary {
    if (eta !== null && !isValidIsoDate(eta)) throw new ArchiveError('INVALID', `The ETA "${eta}" is not a day written YYYY-MM-DD.`,
      `Ngày hàng đến (ETA) "${eta}" không phải là một ngày viết theo dạng YYYY-MM-DD.`);
    return writeTx(this.db, () => {
      const at = this.stamp();
      const row = getShipmentRow(this.db, ref);
      updateEta(this.db, row.id, eta);
      appendAudit(this.db, at, 'shipment.eta_set', ref, { from: row.eta ?? null, to: eta });
      return toSummary(getShipmentRow(this.db, ref));
    });
  }

  planEvents(ref: string): PlanEvent[] {
    return readPlanEvents(this.db, getShipmentRow(this.db, ref).id);
  }

  /** Grows with every write (each writes an audit entry): lets a caller keep a computed view until it moves. */
  changeCounter(): number {
    return (this.db.prepare('SELECT max(seq) FROM audit').pluck().get() as number | null) ?? 0;
  }

  /** Plan events and permit need of many folders (a page of the list) in one read. */
  planStates(refs: string[]): Map<string, PlanState> {
    return this.db.transaction(() => planStates(this.db, refs)).deferred();
  }

  /** The archive's swap days, added to the holiday table for every folder. */
  swapDays(): SwapDay[] {
    return readSwapDays(this.db);
  }

  /** Adds or changes a swap day (`kind` null removes it), with its audit entry. */
  setSwapDay(day: string, kind: 'off' | 'work' | null, note = ''): SwapDay[] {
    if (!isValidIsoDate(day)) throw new ArchiveError('INVALID', `The day "${day}" is not a date (YYYY-MM-DD).`, `Ngày "${day}" không phải là ngày hợp lệ (YYYY-MM-DD).`);
    return writeTx(this.db, () => {
      const at = this.stamp();
      if (kind === null) deleteSwapDay(this.db, day);
      else putSwapDay(this.db, day, kind, note, at);
      appendAudit(this.db, at, 'calendar.swap_day', null, { day, kind, note });
      return readSwapDays(this.db);
    });
  }

  hasShipment(ref: string): boolean {
    return findShipment(this.db, ref) !== undefined;
  }

  readFile(sha256: string): Uint8Array {
    return readStoredFile(this.db, sha256);
  }

  audit(ref?: string): AuditEntry[] {
    return readAudit(this.db, ref);
  }

  getLayout(key: string): unknown | undefined {
    return getLayout(this.db, key);
  }

  saveLayout(key: string, layout: unknown): void {
    writeTx(this.db, () => {
      const at = this.stamp();
      putLayout(this.db, key, layout, at);
      appendAudit(this.db, at, 'layout.saved', null, { key });
    });
  }

  verify(onProgress?: (done: number, total: number) => void): string[] {
    return verifyArchive(this.db, this.path, onProgress);
  }

  storedFileCount(): number {
    return sql(this.db, 'SELECT count(*) FROM files').pluck().get() as number;
  }

  recordVerified(result: FixityRecord): void {
    writeTx(this.db, () => appendAudit(this.db, this.stamp(), FIXITY_ACTION, null, result));
  }

  lastVerified(): (FixityRecord & { at: string }) | undefined {
    return lastFixity(this.db);
  }

  recordExported(dir: string, folders: { ref: string; files: number }[], payload: { files: number; bytes: number }): void {
    writeTx(this.db, () => {
      const at = this.stamp();
      for (const f of folders) appendAudit(this.db, at, 'bag.exported', f.ref, { dir, files: f.files, together: folders.length, payloadFiles: payload.files, payloadBytes: payload.bytes });
    });
  }

  keepUntilOf(refs: string[]): Map<string, string> {
    return keepUntilOf(this.db, refs);
  }

  /**
   * SQLite's online backup into a temporary file next to the destination, renamed into place once complete:
   * a backup interrupted by a crash never leaves a truncated file under the name the user asked for.
   */
  async backup(destPath: string): Promise<void> {
    const dest = resolve(destPath);
    if (dest === this.path) throw new ArchiveError('INVALID', `${destPath} is the archive itself: choose another file for the backup.`,
      `${destPath} chính là kho hồ sơ này: hãy chọn một tệp khác để sao lưu.`);
    if (existsSync(dest)) throw new ArchiveError('INVALID', `${destPath} already exists: choose a new file name for the backup.`,
      `${destPath} đã tồn tại: hãy chọn một tên tệp mới cho bản sao lưu.`);
    if (!existsSync(dirname(dest))) throw new ArchiveError('NOT_FOUND', `The folder of ${destPath} does not exist: create it first.`,
      `Thư mục chứa ${destPath} không tồn tại: hãy tạo thư mục đó trước.`);
    // A killed earlier backup (or init) left its copy here: remove it before writing another one.
    sweepStaleTemp(dirname(dest));
    const tmp = tempPath(dirname(dest), basename(dest), 'backup');
    try {
      // SQLite restarts a backup whenever another connection writes; in steps of 100 pages (the default) a
      // large archive under a steady writer might never finish. 16 MB steps keep the app responsive, and once
      // a restart is seen, the rest is copied in one step (a WAL read snapshot: writers are not blocked).
      // An encrypted archive: SQLite's backup API would write the copy in clear (the driver refuses it), while
      // VACUUM INTO writes a consistent snapshot encrypted with the same key.
      if (isKeyed(this.db)) vacuumInto(this.db, tmp);
      let remaining = Infinity;
      if (!isKeyed(this.db)) await this.db.backup(tmp, {
        progress: ({ remainingPages }) => {
          const restarted = remainingPages > remaining;
          remaining = remainingPages;
          return restarted ? 0x7fffffff : 4096;
        },
      });
      const fd = openSync(tmp, 'r+');
      try { fsyncSync(fd); } finally { closeSync(fd); }
      renameSync(tmp, dest);
    } finally {
      for (const side of ['', '-journal', '-wal', '-shm']) rmSync(tmp + side, { force: true });
    }
  }

  get encrypted(): boolean {
    return isKeyed(this.db);
  }

  /** A new passphrase for an encrypted archive (every page re-encrypted in one transaction); audited, never stored. */
  changePassphrase(next: string): void {
    rekey(this.db, next);
    writeTx(this.db, () => appendAudit(this.db, this.stamp(), 'passphrase.changed', null, {}));
  }

  // ---- Declarations, retention, the outage register (schema 5) ----

  private declarationOf(shipmentId: number): { declaration?: Declaration & { keepUntil: string } } {
    const d = readDeclaration(this.db, shipmentId);
    return d ? { declaration: { ...d, keepUntil: addYears(d.declaredOn, retentionYears(this.db)) } } : {};
  }

  /** Records (or corrects) a folder's customs declaration; a paper one is tied to the outage covering its date. */
  declare(ref: string, input: DeclarationInput): Declaration & { keepUntil: string } {
    validateDeclaration(input);
    return writeTx(this.db, () => {
      const at = this.stamp();
      const ship = getShipmentRow(this.db, ref);
      const previous = readDeclaration(this.db, ship.id) ?? null;
      const d = putDeclaration(this.db, ship.id, input, at);
      // Recording the declaration is what makes the folder declared: its status change is in the trail as any other.
      if (!previous) appendAudit(this.db, at, 'shipment.status_set', ref, { from: ship.status, to: 'declared', declaration: d.number });
      // Folders draw on a permit in the order they were declared: a declaration can reorder who went over.
      refreshRegisterFindings(this.db, [ship.id], [], at);
      reindexShipment(this.db, ship.id);
      appendAudit(this.db, at, 'declaration.recorded', ref, {
        number: d.number, declaredOn: d.declaredOn, office: d.office, paper: d.paper, outageId: d.outageId,
        previous: previous && { number: previous.number, declaredOn: previous.declaredOn, office: previous.office, paper: previous.paper },
      });
      return { ...d, keepUntil: addYears(d.declaredOn, retentionYears(this.db)) };
    });
  }

  /** Declaration number and keep-until of every declared folder, by reference. */
  declaredFolders(): Map<string, { number: string; keepUntil: string }> {
    return declaredFolders(this.db);
  }

  declaration(ref: string): (Declaration & { keepUntil: string }) | undefined {
    return this.declarationOf(getShipmentRow(this.db, ref).id).declaration;
  }

  retentionYears(): number {
    return retentionYears(this.db);
  }

  setRetentionYears(years: number): void {
    writeTx(this.db, () => {
      const at = this.stamp();
      const from = retentionYears(this.db);
      setRetentionYears(this.db, years, at);
      appendAudit(this.db, at, 'retention.changed', null, { from, to: years });
    });
  }

  /** `today` is the day the check is made for (YYYY-MM-DD): a folder is due once its keep-until is before it. */
  retention(today: string, dueBefore?: string): RetentionEntry[] {
    return this.db.transaction(() => retentionReport(this.db, today, dueBefore)).deferred();
  }

  /**
   * Deletes a folder whose keep-until has passed (or that was never declared), in one transaction with its
   * disposal entry. secure_delete overwrites the freed pages, so the disposed content does not linger in the file.
   */
  deleteShipment(ref: string, today: string): Disposal {
    const before = this.db.pragma('secure_delete', { simple: true }) as number;
    this.db.pragma('secure_delete = ON');
    try {
      return writeTx(this.db, () => {
        const at = this.stamp();
        const ship = getShipmentRow(this.db, ref);
        // The permit register lets go of the folder first (its draw released, the permit and its copies kept).
        const permits = releaseFolder(this.db, ship.id);
        const disposal = disposeShipment(this.db, ship.id, ref, today, (d) => appendAudit(this.db, at, 'shipment.disposed', ref, {
          declaration: d.declaration && { number: d.declaration.number, declaredOn: d.declaration.declaredOn, office: d.declaration.office,
            paper: d.declaration.paper, electronicNumber: d.declaration.electronicNumber },
          keepUntil: d.keepUntil, retentionYears: retentionYears(this.db), on: today,
          files: d.files.map((f) => ({ name: f.name, sha256: f.sha256, bytes: f.bytes, role: f.role })),
        }));
        if (permits.length > 0) refreshRegisterFindings(this.db, [], permits, at);
        return disposal;
      });
    } finally {
      this.db.pragma(`secure_delete = ${before}`);
    }
  }

  addOutage(from: string, to?: string, notice?: string): { id: number; tied: string[] } {
    return writeTx(this.db, () => {
      const at = this.stamp();
      const r = insertOutage(this.db, from, to, notice, at);
      appendAudit(this.db, at, 'outage.recorded', null, { id: r.id, from, to: to ?? null, notice: notice ?? null, tied: r.tied });
      return r;
    });
  }

  outages(): Outage[] {
    return this.db.transaction(() => listOutages(this.db)).deferred();
  }

  /** The electronic re-entry of a folder's paper declaration, once VNACCS/VCIS is back. */
  resolveOutage(ref: string, electronicNumber: string): { paperNumber: string; outageId: number | null } {
    return writeTx(this.db, () => {
      const at = this.stamp();
      const ship = getShipmentRow(this.db, ref);
      const r = markReentered(this.db, ship.id, ref, electronicNumber, at);
      reindexShipment(this.db, ship.id);
      appendAudit(this.db, at, 'declaration.reentered', ref, { paperNumber: r.paperNumber, electronicNumber, outageId: r.outageId });
      return r;
    });
  }

  /** Raw connection for the archive's own tests and scripts; never for callers outside electron/archive. */
  get connection(): Db {
    return this.db;
  }
}

function permitOfDetail(db: Db, shipmentId: number): Pick<ShipmentDetail, 'permitUse' | 'registeredPermit'> {
  const permit = folderPermit(db, shipmentId, { lines: true });
  if (!permit) return {};
  return { permitUse: permit, ...(permit.via === 'number' ? { registeredPermit: registeredPermitDocument(db, permit.number) } : {}) };
}

const REF_PATTERN = /^[^\u0000-\u001f\u007f]{1,120}$/;

function validateHead(ref: string, direction: Direction, eta?: string): void {
  if (!REF_PATTERN.test(ref) || ref.trim() !== ref) {
    throw new ArchiveError('INVALID', `The reference "${ref}" cannot be used: give 1 to 120 characters, without leading or trailing spaces.`,
      `Không thể dùng số tham chiếu "${ref}": hãy nhập từ 1 đến 120 ký tự, không có khoảng trắng ở đầu hoặc cuối.`);
  }
  if (direction !== 'import' && direction !== 'export') throw new ArchiveError('INVALID', `The direction must be import or export, not "${direction}".`,
    `Loại hình phải là import (nhập khẩu) hoặc export (xuất khẩu), không phải "${direction}".`);
  if (eta !== undefined && !isValidIsoDate(eta)) throw new ArchiveError('INVALID', `The ETA "${eta}" is not a day written YYYY-MM-DD.`,
    `Ngày hàng đến (ETA) "${eta}" không phải là một ngày viết theo dạng YYYY-MM-DD.`);
}

function validateDocument(doc: IncomingDocument): void {
  if (!ROLES.includes(doc.role)) throw new ArchiveError('INVALID', `"${doc.role}" is not a document role.`,
    `"${doc.role}" không phải là một loại chứng từ.`);
  if (doc.parsed.role !== doc.role) throw new ArchiveError('INVALID', `${doc.name} was read as ${doc.parsed.role} but is given as ${doc.role}.`,
    `Tệp ${doc.name} được đọc là ${doc.parsed.role} nhưng lại được khai là ${doc.role}.`);
}

function validateShipment(s: NewShipment): void {
  validateHead(s.ref, s.direction, s.eta);
  if (!isValidIsoDate(s.checkDate)) throw new ArchiveError('INVALID', `The check date "${s.checkDate}" is not a day written YYYY-MM-DD.`,
    `Ngày đối chiếu "${s.checkDate}" không phải là một ngày viết theo dạng YYYY-MM-DD.`);
  if (s.permitNumber !== undefined && s.documents.some((d) => d.role === 'permit')) {
    throw new ArchiveError('INVALID', 'Give either a permit file or the number of a registered permit, not both.',
      'Hãy nộp tệp giấy phép hoặc số của một giấy phép đã đăng ký, không nộp cả hai.');
  }
  const roles = new Set<string>();
  for (const d of s.documents) {
    validateDocument(d);
    if (roles.has(d.role)) throw new ArchiveError('INVALID', `Two documents are given as ${d.role}: give one file per role.`,
      `Có hai chứng từ cùng được khai là ${d.role}: mỗi loại chứng từ chỉ nộp một tệp.`);
    roles.add(d.role);
  }
}

function requireReviewer(by: string): void {
  if (by.trim() === '') throw new ArchiveError('INVALID', 'An acknowledgement needs the reviewer\'s name.',
    'Cần ghi tên người rà soát để xác nhận phát hiện.');
}
