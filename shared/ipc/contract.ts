// The one IPC contract: every channel with its request schema (zod, checked by the main process on every
// message) and its reply type. Main, preload, the e2e bridge and the renderer are all typed from here.
import { z } from 'zod';
import type {
  ColumnMapping, FolderStatus, HeaderKey, InputError, Lang, LineField, Role, Severity, Summary, TableLocation, ShipmentSummary
} from '../domain/types.ts';
import { FOLDER_STATUSES, LINE_FIELDS, ROLES } from '../domain/types.ts';
import type { Channel } from './channels.ts';
import type { IpcResult } from './result.ts';
import { DOC_GROUPS, type DocGroup } from './groups.ts';
import type { PlanFlag } from '../plan/folder-plan.ts';
import type { DocumentDiff, DiffValue } from '../domain/document-diff.ts';

export type { DocumentDiff, DiffValue, LineDiff, FieldChange } from '../domain/document-diff.ts';

export { CHANNELS, isChannel, type Channel } from './channels.ts';
export type { IpcError, IpcErrorCode, IpcResult } from './result.ts';
export { DOC_GROUPS, type DocGroup } from './groups.ts';

/** Bigger than any real invoice; keeps a runaway drop from exhausting the main process. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
export const MAX_NOTE = 2000;
export const MAX_PAGE = 500;

const lang = z.enum(['en', 'vi']);
const role = z.enum(ROLES as unknown as [Role, ...Role[]]);
const field = z.enum(LINE_FIELDS as unknown as [LineField, ...LineField[]]);
const group = z.enum(DOC_GROUPS as unknown as [DocGroup, ...DocGroup[]]);
const ref = z.string().trim().min(1).max(64).regex(/^[^\u0000-\u001f]+$/);
const path = z.string().min(1).max(4096);
const fileName = z.string().min(1).max(255);
const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected bytes')
  .refine((b) => b.byteLength <= MAX_FILE_BYTES, 'file too large');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const empty = z.object({}).strict();

export const layoutOverride = z.object({
  sheet: z.string().min(1).max(100).optional(),
  headerRow: z.number().int().min(1).max(1_048_576).optional(),
  columns: z.partialRecord(field, z.string().regex(/^[A-Z]{1,3}$/).nullable()).optional(),
}).strict();

const cellText = z.string().max(2000);
const form07Row = z.object({
  model: z.string().min(1).max(200), name: cellText, brand: cellText, hsCode: z.string().max(20), country: cellText,
  quantity: z.number().finite().min(0), unit: z.string().max(50), standards: cellText, features: cellText, purpose: cellText,
}).strict();

export const REQUEST_SCHEMAS = {
  getSettings: empty,
  setSettings: z.object({ lang }).strict(),
  pickArchiveToOpen: empty,
  pickArchiveToCreate: empty,
  openArchive: z.object({ path, create: z.boolean(), passphrase: z.string().min(1).max(1024).optional(), encrypt: z.boolean().optional() }).strict(),
  closeArchive: empty,
  listShipments: z.object({
    query: z.string().max(200).optional(),
    offset: z.number().int().min(0).max(10_000_000),
    limit: z.number().int().min(1).max(MAX_PAGE),
    /** 'urgency': late folders first (most late first), then due, then by file-by day. */
    sort: z.enum(['recent', 'urgency']).optional(),
    /** Only the folders with this status (the list's filter). */
    status: z.enum(FOLDER_STATUSES as unknown as [FolderStatus, ...FolderStatus[]]).optional(),
  }).strict(),
  createShipment: z.object({ ref, direction: z.enum(['import', 'export']), eta: isoDate.optional() }).strict(),
  getShipment: z.object({ ref, lang }).strict(),
  pickFiles: z.object({ purpose: z.enum(['documents', 'attachment']) }).strict(),
  previewDocument: z.object({ role, file: fileName, bytes, override: layoutOverride.optional() }).strict(),
  importDocument: z.object({
    ref, role, file: fileName, bytes, override: layoutOverride.optional(), remember: z.boolean(),
  }).strict(),
  addAttachment: z.object({ ref, name: fileName, bytes, group }).strict(),
  getSources: z.object({ ref, findingId: z.number().int().min(1) }).strict(),
  acknowledgeFinding: z.object({ ref, findingId: z.number().int().min(1), note: z.string().trim().min(1).max(MAX_NOTE), lang }).strict(),
  getAudit: z.object({ ref: ref.optional() }).strict(),
  listControlledLists: empty,
  saveReport: z.object({ ref, lang, format: z.enum(['pdf', 'xlsx']) }).strict(),
  diffLists: z.object({ a: z.string().min(1).max(200), b: z.string().min(1).max(200), lang }).strict(),
  recheckUnderList: z.object({ ref, listId: z.string().min(1).max(200), lang }).strict(),
  getPlan: z.object({ ref, lang }).strict(),
  addPlanEvent: z.object({ ref, kind: z.enum(['filed', 'returned', 'resubmitted', 'permit_received']), day: isoDate, lang }).strict(),
  getSwapDays: empty,
  setSwapDay: z.object({ day: isoDate, kind: z.enum(['off', 'work']).nullable(), note: z.string().max(200).optional() }).strict(),
  generateForm07: z.object({ ref, purpose: z.string().max(500).optional(), all: z.boolean().optional() }).strict(),
  saveForm07: z.object({ ref, rows: z.array(form07Row).min(1).max(10_000) }).strict(),
  openForm07: z.object({ ref }).strict(),
  setEta: z.object({ ref, eta: isoDate.nullable() }).strict(),
  declareShipment: z.object({
    ref, number: z.string().trim().min(1).max(60), date: isoDate, office: z.string().trim().min(1).max(40).optional(), paper: z.boolean(), lang,
  }).strict(),
  deleteShipment: z.object({ ref }).strict(),
  exportBag: z.object({ ref, lang }).strict(),
  getRetention: empty,
  getOutages: empty,
  addOutage: z.object({ from: z.string().max(16), to: z.string().max(16).optional(), notice: z.string().trim().min(1).max(500).optional() }).strict(),
  resolveOutage: z.object({ ref, number: z.string().trim().min(1).max(60) }).strict(),
  /** Backup and destination are picked in the native dialogs; the passphrase only for an encrypted backup. */
  restoreBackup: z.object({ passphrase: z.string().min(1).max(1024).optional() }).strict(),
  listPermits: z.object({ number: z.string().trim().min(1).max(120).optional(), expiringWithin: z.number().int().min(0).max(36_500).optional() }).strict(),
  usePermit: z.object({ ref, number: z.string().trim().min(1).max(120), lang }).strict(),
  /** The shipment will not go ahead: its draw on its permit is released, the reason kept in the audit trail. */
  cancelShipment: z.object({ ref, note: z.string().trim().min(1).max(MAX_NOTE), lang }).strict(),
  /** Goods declared outside this archive drawn on a permit line (negative: given back), with the note saying where. */
  adjustPermit: z.object({
    number: z.string().trim().min(1).max(120), model: z.string().trim().min(1).max(200),
    quantity: z.number().finite().refine((q) => q !== 0 && Math.abs(q) <= 1e9, 'a quantity other than 0'),
    note: z.string().trim().min(1).max(MAX_NOTE),
  }).strict(),
  forgetArchive: z.object({ path }).strict(),
  getDocumentVersion: z.object({ ref, versionId: z.number().int().min(1) }).strict(),
  editAcknowledgement: z.object({ ref, findingId: z.number().int().min(1), note: z.string().trim().min(1).max(MAX_NOTE), lang }).strict(),
  withdrawAcknowledgement: z.object({ ref, findingId: z.number().int().min(1), lang }).strict(),
  /** A group of findings acknowledged with one note, in one transaction. */
  acknowledgeFindings: z.object({
    ref, findingIds: z.array(z.number().int().min(1)).min(1).max(MAX_PAGE * 20), note: z.string().trim().min(1).max(MAX_NOTE), lang,
  }).strict(),
  /** Verify the whole archive in the background (a worker); progress and result through getArchiveJob. */
  verifyArchive: empty,
  /** A BagIt bag of the folders named, or of every folder due for disposal / every declared folder; the destination from the folder dialog. */
  exportBags: z.union([
    z.object({ refs: z.array(ref).min(1).max(100_000), lang }).strict(),
    z.object({ which: z.enum(['due', 'declared']), lang }).strict(),
  ]),
  getArchiveJob: z.object({ id: z.number().int().min(1) }).strict(),
  cancelArchiveJob: z.object({ id: z.number().int().min(1) }).strict(),
  /**
   * The declarant's open / reviewed (a folder becomes declared by declareShipment). `despiteErrors`: the declarant
   * confirmed "reviewed" although errors are not acknowledged (refused without it, never silent).
   */
  setFolderStatus: z.object({ ref, status: z.enum(['open', 'reviewed']), despiteErrors: z.boolean().optional(), lang }).strict(),
} satisfies { [C in Channel]: z.ZodType };

export type Request<C extends Channel> = z.infer<(typeof REQUEST_SCHEMAS)[C]>;
export type LayoutOverrideInput = z.infer<typeof layoutOverride>;

export interface Settings {
  lang: Lang;
  recentArchives: string[];
}

export interface ArchiveInfo {
  path: string;
  name: string;
  shipments: number;
  encrypted?: boolean;
  /** Set when the archive is on read-only media: it was opened for reading only, and this sentence says so. */
  readOnly?: { message: string; messageVi: string };
  /** The periodic fixity check started on opening (the last one is over 30 days old, or there was none): its job. */
  fixityJob?: number;
}

/** A verify or BagIt export running off the main thread, as the renderer polls it (getArchiveJob). */
export interface ArchiveJobView {
  id: number;
  kind: 'verify' | 'export';
  /** 'periodic': started by opening the archive (fixity check due); 'user': a button. */
  trigger: 'user' | 'periodic';
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** Stored files checked (verify) or written (export) so far, of total (0 until counted). */
  done: number;
  total: number;
  /** The check day (the app's clock). */
  day: string;
  /** verify, when done: every problem, one sentence each (empty: all intact). */
  problems?: string[];
  files?: number;
  /** export, when done: the bag's folder and the folders in it. */
  dir?: string;
  refs?: string[];
  /** Whether the result is in the audit trail; when not, why (a read-only archive, the archive closed meanwhile). */
  recorded?: boolean;
  notRecorded?: { message: string; messageVi: string };
  /** failed: why, in both languages. */
  error?: { message: string; messageVi: string };
}

/** A shipment folder as the list shows it, with its permit plan's flag and file-by day. */
export type ShipmentRow = ShipmentSummary & { plan?: RowPlan; permitFlags?: PermitFlag[];
  /** Declared folders: the day they must be kept until; `due` once it has passed (they may be disposed of). */
  keepUntil?: string; retentionDue?: boolean };

export type { PlanFlag };

export interface RowPlan {
  flag: PlanFlag;
  fileBy?: string;
  lateBy?: number;
  daysLeft?: number;
}

export interface PlanEventView {
  id: number;
  kind: 'filed' | 'returned' | 'resubmitted' | 'permit_received';
  day: string;
  recordedAt: string;
}

/** A folder's permit plan (../shared/contracts/plan-cli.md), its events and what to do next, in one language. */
export interface PlanView {
  today: string;
  anchor: 'eta' | 'etd';
  permitNeeded: 'yes' | 'no' | 'unknown';
  flag: PlanFlag;
  nextAction: string;
  estimatedNote?: string;
  plan?: {
    eta: string; processing_days: number; permit_needed_by: string; file_by: string; filed?: string;
    expected_approval?: string; status: 'on_track' | 'late'; late_by?: number; estimated: boolean;
  };
  workingDaysLeft?: number;
  dates: { filed?: string; returned?: string; resubmitted?: string; permitReceived?: string };
  events: PlanEventView[];
  /** Weekday holidays and swap days off between file-by and the ETA: the days the count skipped. */
  daysOff: { date: string; name: string; estimated: boolean }[];
}

export interface SwapDayView {
  day: string;
  kind: 'off' | 'work';
  note: string;
}

export type Form07RowInput = z.infer<typeof form07Row>;

/** The Form 07 product list drafted from the folder's invoice and catalogue, for the user to complete. */
export interface Form07Draft {
  rows: Form07RowInput[];
  missing: { model: string; fields: string[] }[];
  /** Models left out: no HS code to tell whether controlled. */
  noHsCode: string[];
  listId?: string;
}

/** Why the list flags a folder's permit: expired, ending within 30 days of the check day, or over-drawn. */
export type PermitFlag = 'expired' | 'expiring' | 'overdrawn';

/** One line of a registered permit: permitted / used / remaining and the folders that drew it. */
export interface PermitLineView {
  model: string;
  name?: string;
  hsCode?: string;
  unit?: string;
  permitted?: number;
  used: number;
  remaining?: number;
  shipments: { ref: string; quantity: number }[];
  notCounted: { ref: string; quantity: number; unit: string }[];
  adjustments: { quantity: number; note: string; at: string }[];
}

export interface PermitView {
  number: string;
  direction: 'import' | 'export' | null;
  licensee?: string;
  issueDate?: string;
  validUntil?: string;
  /** Days from the check day to the validity end (negative: expired); absent when not read. */
  daysLeft?: number;
  registeredBy?: string;
  lines: PermitLineView[];
  cancelled: { ref: string; at: string; note: string }[];
}

/** The register's permit a folder is checked against. */
export interface FolderPermitView {
  number: string;
  via: 'file' | 'number';
  direction: 'import' | 'export' | null;
  validUntil?: string;
  overdrawn: boolean;
  cancelled: boolean;
  /** When and why the folder was cancelled (its draw released). */
  cancelledAt?: string;
  cancelNote?: string;
  /** The permit's lines that are over-drawn now (remaining below zero), whatever folder took them over. */
  shortLines: { model: string; unit?: string; permitted: number; used: number; remaining: number }[];
}

/** A stored document without its lines: a 10,000-line list has no business crossing IPC to draw a card. */
export interface DocumentInfo {
  id: number;
  role: Role;
  file: string;
  sha256: string;
  lines: number;
  sheet: string;
  table: TableLocation;
  header: Record<string, string | number>;
}

export interface AttachmentInfo {
  name: string;
  sha256: string;
  bytes: number;
  role?: Role;
  group?: DocGroup;
}

export interface FindingView {
  id: number;
  code: string;
  severity: Severity;
  model?: string;
  /** In the language asked for: a 10,000-line folder's findings are megabytes already in one language. */
  message: string;
  refs: { role: Role; sheet: string; cell: string }[];
  acknowledgement?: { note: string; by: string; at: string };
  /** Its acknowledgement was re-opened: these cells changed when `previousFile` was replaced by `file`. */
  reopened?: { file: string; previousFile: string; cells: string[]; at: string; ack: { note: string; by: string; at: string } };
  /** The rule and sanction at stake under the regime of the list applied (legal-basis.csv), where known. */
  legalBasis?: { text: string; penalty?: string; source: string; verified: boolean };
}

/** A controlled-list version as the app names it: the header says "provisional" where it is. */
export interface ControlledListInfo {
  id: string;
  legalBasis: string;
  effectiveFrom: string;
  effectiveUntil?: string;
  provisional: boolean;
  imported: boolean;
  entries: number;
}

export interface ListDiffRow {
  /** "8471.70.20" */
  hsCode: string;
  name?: string;
  inHs2022: boolean;
  /** The covering entry's code and its wording, whole (where its source is cut, said so). */
  entry: string;
  entryText: string;
}

export interface ListDiffView {
  a: ControlledListInfo;
  b: ControlledListInfo;
  onlyInA: ListDiffRow[];
  onlyInB: ListDiffRow[];
  notExpanded: { list: string; entry: string; entryText: string }[];
}

/** A folder's findings under another list, against those stored: what would appear and what would go. */
export interface RecheckView {
  list: ControlledListInfo;
  appear: Omit<FindingView, 'id'>[];
  go: FindingView[];
  summary: Summary;
}

/** A folder's customs declaration and the day it must be kept until (contract revision 2). */
export interface DeclarationView {
  number: string;
  declaredOn: string;
  office?: string;
  paper: boolean;
  keepUntil: string;
  outageId?: number;
  electronicNumber?: string;
}

export interface RetentionView {
  ref: string;
  declarationNumber?: string;
  declaredOn?: string;
  keepUntil?: string;
  status: 'keep' | 'due' | 'undeclared';
}

export interface OutageView {
  id: number;
  from: string;
  to?: string;
  notice?: string;
  declarations: { ref: string; number: string; declaredOn: string; reentered: boolean; electronicNumber?: string }[];
}

/** A replaced document kept in the folder's history. */
export interface DocumentVersionView {
  id: number;
  role: Role;
  file: string;
  sha256: string;
  lines: number;
  addedAt?: string;
  replacedAt: string;
  replacedBy: string;
  nextFile: string;
}

/** One line of a document as read, values only (what the history shows of an old version). */
export interface VersionLineView {
  sheet: string;
  row: number;
  values: Partial<Record<LineField, DiffValue>>;
}

/** An old version opened from the history: what was read from it, and what changed in the file after it. */
export interface DocumentVersionDetail {
  version: DocumentVersionView;
  header: Record<string, string | number>;
  lines: VersionLineView[];
  /** Lines beyond this many are not sent (said on screen with the count). */
  truncated: boolean;
  diff: DocumentDiff;
}

/** What replacing a document did: the version kept, what changed, how many acknowledgements re-opened. */
export interface ReplacementView {
  version: DocumentVersionView;
  diff: DocumentDiff;
  reopened: number;
}

export interface ShipmentView extends ShipmentRow {
  checkDate: string;
  /** Replaced documents, oldest first (absent: none). */
  versions?: DocumentVersionView[];
  declaration?: DeclarationView;
  controlledListId?: string;
  /** The list the stored findings were made under, when still known here. */
  controlledList?: ControlledListInfo;
  summary: Summary;
  documents: DocumentInfo[];
  files: AttachmentInfo[];
  findings: FindingView[];
  folderPermit?: FolderPermitView;
}

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** A window of the sheet around the detected table, as display text. */
export interface PreviewGrid {
  sheets: string[];
  sheet: string;
  /** 1-based sheet row of rows[0]. */
  firstRow: number;
  rows: string[][];
  /** Total rows on the sheet. */
  totalRows: number;
}

export type Detection =
  | { ok: true; table: TableLocation; lines: number; header: Record<string, string | number>; notes: number;
      /** Sentences about how the file was read (cells converted from TCVN3 / VNI-Windows), EN and VI. */
      notices?: { message: string; messageVi: string }[] }
  | { ok: false; error: InputError };

export interface PreviewReply {
  grid: PreviewGrid;
  detection: Detection;
  /** The correction remembered for this supplier layout and applied, if any. */
  remembered?: LayoutOverrideInput;
}

export interface ImportReply {
  document: DocumentInfo;
  summary: Summary;
  /** Set when the document replaced the folder's earlier one of its role. */
  replaced?: ReplacementView;
}

export interface SourceRow {
  row: number;
  cells: string[];
}

/** A merged header cell: its top-left cell (A1) and how many columns and rows it covers. */
export interface HeaderSpan {
  cell: string;
  cols: number;
  rows: number;
}

/** A cell of the document's header block (above its table), shown under the label the sheet gives it. */
export interface LabelledCell {
  cell: string;
  /** The label as written on the sheet: the nearest text to the cell's left on its row; '' when the cell holds its own. */
  label: string;
  value: string;
  /** Which header value the import read from this cell (valid_until …), when it read one. */
  key?: HeaderKey;
}

/** One document's rows that a finding points at, with the header rows for context. */
export interface SourcePanel {
  role: Role;
  file: string;
  sheet: string;
  /** The table's header rows: one, or both rows of a two-row header. */
  headers?: SourceRow[];
  /** Merged cells among the header rows (a group label over its sub-columns, a label merged down both rows). */
  spans?: HeaderSpan[];
  /** Cells of the header block the finding points at (a permit's validity), each under its own label. */
  fields?: LabelledCell[];
  /** 'permit_lines': the permit's product lines, shown so the declarant sees what the permit does list. */
  context?: 'permit_lines';
  /** With a context: how many lines it has in all (the panel shows the first of them). */
  total?: number;
  rows: SourceRow[];
  /** A1 cells to highlight. */
  cells: string[];
  /** The columns the import recognised (letters), shown with the highlighted ones; the rest is noise here. */
  columns: string[];
  /** The model and description columns (letters): kept in view on the left, so every row says what it is. */
  pinned?: string[];
}

export interface AuditView {
  seq: number;
  at: string;
  action: string;
  ref?: string;
  detail: string;
}

export interface Replies {
  getSettings: Settings;
  setSettings: Settings;
  pickArchiveToOpen: string | null;
  pickArchiveToCreate: string | null;
  openArchive: ArchiveInfo;
  closeArchive: null;
  listShipments: { total: number; shipments: ShipmentRow[] };
  createShipment: ShipmentRow;
  getShipment: ShipmentView;
  pickFiles: PickedFile[];
  previewDocument: PreviewReply;
  importDocument: ImportReply;
  addAttachment: AttachmentInfo;
  getSources: SourcePanel[];
  acknowledgeFinding: FindingView;
  getAudit: AuditView[];
  listControlledLists: ControlledListInfo[];
  /** The path written, or null when the user cancelled the save dialog. */
  saveReport: { path: string } | null;
  diffLists: ListDiffView;
  recheckUnderList: RecheckView;
  getPlan: PlanView;
  addPlanEvent: PlanView;
  getSwapDays: SwapDayView[];
  setSwapDay: SwapDayView[];
  generateForm07: Form07Draft;
  saveForm07: AttachmentInfo;
  /** The folder's last saved Form 07 list, read back for editing, with the file it came from. */
  openForm07: Form07Draft & { file: string };
  setEta: ShipmentRow;
  declareShipment: ShipmentView;
  deleteShipment: { ref: string; files: number };
  /** null when the user cancelled the folder dialog. */
  exportBag: { dir: string; files: number } | null;
  getRetention: { years: number; today: string; folders: RetentionView[] };
  getOutages: OutageView[];
  addOutage: OutageView[];
  resolveOutage: OutageView[];
  /** The restored, verified copy, now the open archive; null when a dialog was cancelled. */
  restoreBackup: ArchiveInfo | null;
  listPermits: PermitView[];
  usePermit: ShipmentView;
  cancelShipment: ShipmentView;
  /** The permit after the adjustment, as the Permits screen shows it. */
  adjustPermit: PermitView;
  /** The recent archives left after one is taken off the list (the file itself is not touched). */
  forgetArchive: Settings;
  getDocumentVersion: DocumentVersionDetail;
  editAcknowledgement: FindingView;
  withdrawAcknowledgement: FindingView;
  acknowledgeFindings: FindingView[];
  verifyArchive: ArchiveJobView;
  /** null when the user cancelled the folder dialog. */
  exportBags: ArchiveJobView | null;
  getArchiveJob: ArchiveJobView;
  cancelArchiveJob: ArchiveJobView;
  setFolderStatus: ShipmentView;
}

export type Reply<C extends Channel> = Replies[C];

/** What the preload exposes as window.dossier: one named method per channel. */
export type DossierApi = { [C in Channel]: (req: Request<C>) => Promise<IpcResult<Replies[C]>> };

/** What the main process implements: the same shape, written without Electron. */
export type Handlers = DossierApi;

export type { ColumnMapping };
