// The one IPC contract: every channel with its request schema (zod, checked by the main process on every
// message) and its reply type. Main, preload, the e2e bridge and the renderer are all typed from here.
import { z } from 'zod';
import type {
  ColumnMapping, InputError, Lang, LineField, Role, Severity, Summary, TableLocation, ShipmentSummary
} from '../domain/types.ts';
import { LINE_FIELDS, ROLES } from '../domain/types.ts';
import type { Channel } from './channels.ts';
import type { IpcResult } from './result.ts';
import { DOC_GROUPS, type DocGroup } from './groups.ts';

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
}

/** A shipment folder as the list shows it. */
export type ShipmentRow = ShipmentSummary;

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

export interface ShipmentView extends ShipmentRow {
  checkDate: string;
  declaration?: DeclarationView;
  controlledListId?: string;
  summary: Summary;
  documents: DocumentInfo[];
  files: AttachmentInfo[];
  findings: FindingView[];
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
  | { ok: true; table: TableLocation; lines: number; header: Record<string, string | number>; notes: number }
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
}

export interface SourceRow {
  row: number;
  cells: string[];
}

/** One document's rows that a finding points at, with the header row for context. */
export interface SourcePanel {
  role: Role;
  file: string;
  sheet: string;
  header?: SourceRow;
  rows: SourceRow[];
  /** A1 cells to highlight. */
  cells: string[];
  /** The columns the import recognised (letters), shown with the highlighted ones; the rest is noise here. */
  columns: string[];
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
}

export type Reply<C extends Channel> = Replies[C];

/** What the preload exposes as window.dossier: one named method per channel. */
export type DossierApi = { [C in Channel]: (req: Request<C>) => Promise<IpcResult<Replies[C]>> };

/** What the main process implements: the same shape, written without Electron. */
export type Handlers = DossierApi;

export type { ColumnMapping };
