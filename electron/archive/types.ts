// The archive's public face: what the CLI and the app's handlers call.
// Everything behind it (SQL, migrations, FTS, hashing) lives in electron/archive/ only.

import type { Direction, Finding, FolderStatus, FolderMatch, ParsedDocument, Role, ShipmentSummary, Summary } from '../../shared/domain/types.ts';
import type { PlanEvent, PlanEventKind, PlanState, SwapDay } from './plan.ts';
import type { Declaration, DeclarationInput } from './declarations.ts';
import type { Disposal, RetentionEntry } from './retention.ts';
import type { Outage } from './outages.ts';

export type { Direction, ShipmentSummary };

/** A file as the user gave it. `bytes` are stored byte for byte. */
export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export interface IncomingDocument extends IncomingFile {
  role: Role;
  parsed: ParsedDocument;
}

export interface NewShipment {
  ref: string;
  direction: Direction;
  eta?: string;
  /** The day the cross-check was made for (YYYY-MM-DD). */
  checkDate: string;
  /** Identifier of the controlled list applied, if any. */
  controlledListId?: string;
  documents: IncomingDocument[];
  attachments: IncomingFile[];
  findings: Finding[];
  /** `add --permit-number N`: checked against a permit already in the register, with no file. */
  permitNumber?: string;
}

export interface StoredDocument {
  id: number;
  role: Role;
  file: string;
  sha256: string;
  lines: number;
  parsed: ParsedDocument;
}

export interface StoredFile {
  name: string;
  sha256: string;
  bytes: number;
  role?: Role;
  /** An attachment's group (e.g. correspondence), when the app filed it under one. */
  group?: string;
}

export interface StoredFinding extends Finding {
  id: number;
  acknowledgement?: { note: string; by: string; at: string };
  /** Its acknowledgement was not carried over: the cells it refers to changed when a document was replaced. */
  reopened?: Reopened;
}

/** Why an acknowledgement was re-opened: which file replaced which, the cells that changed, the ack it had. */
export interface Reopened {
  role: Role;
  file: string;
  previousFile: string;
  /** "Sheet!A1" of the finding's cells whose value changed. */
  cells: string[];
  at: string;
  ack: { note: string; by: string; at: string };
}

/** A document version a replacement kept (schema 8): the original stays in `files`, what was read stays here. */
export interface DocumentVersion {
  id: number;
  role: Role;
  file: string;
  sha256: string;
  addedAt?: string;
  lines: number;
  replacedAt: string;
  replacedBy: string;
  nextFile: string;
  nextSha256: string;
}

/** What addDocument did to the folder's earlier document of that role, when there was one. */
export interface Replacement {
  version: DocumentVersion;
  /** Findings whose acknowledgement was re-opened because their cells changed. */
  reopened: number;
}

export interface ShipmentDetail extends ShipmentSummary {
  checkDate: string;
  /** The customs declaration, once recorded, with the day the folder must be kept until. */
  declaration?: Declaration & { keepUntil: string };
  controlledListId?: string;
  documents: StoredDocument[];
  /** Documents replaced since, oldest first (schema 8). */
  versions: DocumentVersion[];
  files: StoredFile[];
  findings: StoredFinding[];
  summary: Summary;
  /** The register's permit this folder uses, when it uses one. */
  permitUse?: FolderPermit;
  /** With a permit used by number: the registered copy, which the folder is checked against. */
  registeredPermit?: ParsedDocument;
}

export interface AuditEntry {
  seq: number;
  at: string;
  action: string;
  ref?: string;
  detail: string;
  hash: string;
}

export type ArchiveErrorCode =
  | 'NOT_AN_ARCHIVE'
  | 'NEWER_SCHEMA'
  | 'REF_EXISTS'
  | 'NOT_FOUND'
  | 'INVALID'
  /** An encrypted archive opened without its passphrase, or with a wrong one. */
  | 'PASSPHRASE'
  /** The archive is on read-only media: opened for reading only, a write is refused. */
  | 'READ_ONLY';

/**
 * Both sentences are written at the throw site because only there are the reference, path or value at hand;
 * a per-code translation further up would have to drop them.
 */
export class ArchiveError extends Error {
  constructor(readonly code: ArchiveErrorCode, message: string, readonly messageVi: string) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export interface ShipmentQuery {
  /** Full-text, accent-insensitive ("thiet bi" finds "thiết bị"). */
  query?: string;
  /** Only the folders with this status (folder-status.ts). */
  status?: FolderStatus;
  limit?: number;
  offset?: number;
}

/**
 * One open archive file. Every write is one transaction; a failure leaves nothing half-written.
 * Methods throw ArchiveError (with a user-facing message) for expected failures.
 */
import type { FixityRecord } from './fixity.ts';

export interface Archive {
  readonly path: string;
  /** The file is on read-only media: reads work, every write throws ArchiveError READ_ONLY. */
  readonly readOnlyMedia?: boolean;
  close(): void;

  /** `dossier archive add`: the whole folder (files, documents, lines, findings) in one transaction. */
  addShipment(shipment: NewShipment): ShipmentSummary;
  /** The app: an empty folder first, documents added one by one. */
  createShipment(ref: string, direction: Direction, eta?: string): ShipmentSummary;
  /**
   * Stores the file and its parsed document; replaces an earlier document of the same role, which is kept as a
   * version (`by` names who replaced it) and re-opens acknowledgements whose cells changed.
   */
  addDocument(ref: string, doc: IncomingDocument, by?: string): StoredDocument & { replacement?: Replacement };
  /** A replaced version as read, and the document that came after it (the next version or the current one). */
  documentVersion(ref: string, versionId: number): { version: DocumentVersion; parsed: ParsedDocument; next: ParsedDocument };
  /** Stores a supporting file (B/L, C/O, licence …), filed under a checklist group when given. */
  addAttachment(ref: string, file: IncomingFile, group?: string): StoredFile;
  /** Replaces the folder's findings after a (re-)check; keeps acknowledgements of findings that remain. */
  replaceFindings(ref: string, findings: Finding[], checkDate: string, controlledListId?: string): StoredFinding[];
  acknowledgeFinding(ref: string, findingId: number, note: string, by: string): StoredFinding;
  /** Several findings acknowledged with one note, in one transaction (one audit entry per finding). */
  acknowledgeFindings(ref: string, findingIds: number[], note: string, by: string): StoredFinding[];
  /** A new note for an acknowledgement (audited with the old and the new note). */
  editAcknowledgement(ref: string, findingId: number, note: string, by: string): StoredFinding;
  /** The acknowledgement taken back: the finding is open again (audited with the note withdrawn). */
  withdrawAcknowledgement(ref: string, findingId: number, by: string): StoredFinding;

  listShipments(query: ShipmentQuery): { total: number; shipments: ShipmentSummary[] };
  /** Why each of these folders matched `query` (a page of a list sorted otherwise than listShipments does). */
  searchMatches(refs: string[], query: string): Map<string, FolderMatch>;
  getShipment(ref: string): ShipmentDetail;
  readFile(sha256: string): Uint8Array;
  audit(ref?: string): AuditEntry[];

  /** Import-preview corrections remembered per supplier layout (key chosen by the caller). */
  getLayout(key: string): unknown | undefined;
  saveLayout(key: string, layout: unknown): void;

  /** Problems found (empty when all holds): SQLite integrity, file hashes, audit chain; progress per stored file re-hashed. */
  verify(onProgress?: (done: number, total: number) => void): string[];
  storedFileCount(): number;
  /** The app's verify (fixity check), as an audit entry; read back for the periodic check (fixity.ts). */
  recordVerified(result: FixityRecord): void;
  lastVerified(): (FixityRecord & { at: string }) | undefined;
  /** A BagIt export from the app: one audit entry per folder, in one transaction. */
  recordExported(dir: string, folders: { ref: string; files: number }[], payload: { files: number; bytes: number }): void;
  /** Keep-until of those folders that are declared (the shipments list). */
  keepUntilOf(refs: string[]): Map<string, string>;

  /** A folder's plan events (filed, returned, resubmitted, permit received), each with its audit entry. */
  addPlanEvent(ref: string, kind: PlanEventKind, day: string): PlanEvent;
  planEvents(ref: string): PlanEvent[];
  /** The declarant's open / reviewed, audited; reviewed over unacknowledged errors needs `despiteErrors` (folder-status.ts). */
  setStatus(ref: string, status: 'open' | 'reviewed', by: string, opts?: { despiteErrors?: boolean }): ShipmentSummary;
  /** Sets or changes the folder's ETA (ETD for an export), with its audit entry. */
  setEta(ref: string, eta: string | null): ShipmentSummary;
  planStates(refs: string[]): Map<string, PlanState>;
  /** Grows with every write: a view computed from the archive is current while it has not moved. */
  changeCounter(): number;
  /** The archive's swap days (extra day off, make-up Saturday) that the working-day calendar adds. */
  swapDays(): SwapDay[];
  setSwapDay(day: string, kind: 'off' | 'work' | null, note?: string): SwapDay[];
  /** A consistent copy while others may read or write. */
  backup(destPath: string): Promise<void>;

  /** Revision 2: declarations, retention and the outage register (see declarations.ts, retention.ts, outages.ts). */
  declare(ref: string, input: DeclarationInput): Declaration & { keepUntil: string };
  retentionYears(): number;
  setRetentionYears(years: number): void;
  retention(today: string, dueBefore?: string): RetentionEntry[];
  deleteShipment(ref: string, today: string): Disposal;
  addOutage(from: string, to?: string, notice?: string): { id: number; tied: string[] };
  outages(): Outage[];
  resolveOutage(ref: string, electronicNumber: string): { paperNumber: string; outageId: number | null };
  readonly encrypted: boolean;
  /** The permit register: each permit with its lines' permitted / used / remaining and the folders that drew them. */
  listPermits(query?: PermitQuery): PermitSummary[];
  /** The registered copy of a permit as read (ArchiveError NOT_FOUND when the number is not registered). */
  registeredPermit(number: string): ParsedDocument;
  /** Checks the folder against a registered permit instead of a file of its own. */
  usePermit(ref: string, number: string): void;
  /** The folder will not go ahead: its draw is released, the audit trail keeps the note. */
  cancelShipment(ref: string, note: string): void;
  /** Goods drawn on a permit line outside this archive (negative gives back), with a note. */
  adjustPermit(number: string, model: string, quantity: number, note: string): void;
}

// ── The permit register (archive-cli contract revision 2) ─────────────────────────────────────────────

export interface PermitDraw {
  ref: string;
  quantity: number;
}

export interface PermitLineBalance {
  model: string;
  name?: string;
  brand?: string;
  hsCode?: string;
  country?: string;
  unit?: string;
  /** Absent when the permit's quantity could not be read. */
  permitted?: number;
  /** Counted draws of folders not cancelled, plus adjustments. */
  used: number;
  /** permitted − used, negative when over-drawn; absent with `permitted`. */
  remaining?: number;
  shipments: PermitDraw[];
  /** Invoiced in another unit than the permit's: said, not counted. */
  notCounted: (PermitDraw & { unit: string })[];
  adjustments: { quantity: number; note: string; at: string }[];
}

export interface PermitSummary {
  number: string;
  direction: Direction | null;
  licensee?: string;
  issueDate?: string;
  validUntil?: string;
  registeredAt: string;
  /** The folder whose file registered it. */
  registeredBy?: string;
  files: { name: string; sha256: string; ref?: string }[];
  lines: PermitLineBalance[];
  /** Folders that use it and were cancelled (their draws released). */
  cancelled: { ref: string; at: string; note: string }[];
}

export interface PermitQuery {
  number?: string;
  /** Only permits whose validity ends between `today` and `today` + this many days. */
  expiringWithin?: number;
  /** YYYY-MM-DD; required with expiringWithin. */
  today?: string;
  /**
   * For a writer that nests each line's `shipments` at this many spaces in a JSON.stringify(…, null, 2) document
   * (permitsJsonText of the listing: 10): SQLite writes the draws' text so (drawnText), and JavaScript never holds
   * the compact copy. The command itself prints the stored entries (permit-entries.ts); this is the listing's way,
   * which the benchmark compares them with.
   */
  nestDrawsAt?: number;
}

/** The permit a folder is checked against, as the folder shows it. */
export interface FolderPermit {
  number: string;
  via: 'file' | 'number';
  direction: Direction | null;
  licensee?: string;
  issueDate?: string;
  validUntil?: string;
  cancelled?: { at: string; note: string };
  /** Some line of the permit this folder draws from is over-drawn at this folder. */
  overdrawn: boolean;
  /**
   * The permit's lines over-drawn now (remaining below zero), read for one folder's detail only (the list's
   * flags do not need them). A lone folder over its own permit has only the check's PERMIT_QUANTITY_EXCEEDED:
   * this is where its folder says the permit's balance is exceeded too.
   */
  shortLines?: { model: string; unit?: string; permitted: number; used: number; remaining: number }[];
}
