// The domain vocabulary shared by the engine, the archive, the CLI and the app.
// Pure data: no behaviour lives here.

export type Role = 'invoice' | 'packing_list' | 'permit' | 'catalogue';
export const ROLES: readonly Role[] = ['invoice', 'packing_list', 'permit', 'catalogue'];

export type Severity = 'error' | 'warning' | 'info';
export type Direction = 'import' | 'export';

/**
 * Where a folder stands, as the declarant sets it: open (being worked on), reviewed (checked, ready to declare),
 * declared (its customs declaration is recorded: the archive derives this from the declaration, never stores it apart).
 */
export type FolderStatus = 'open' | 'reviewed' | 'declared';
export const FOLDER_STATUSES: readonly FolderStatus[] = ['open', 'reviewed', 'declared'];

/** A shipment folder as listed: what the archive returns and what crosses IPC to draw a row. */
export interface ShipmentSummary {
  ref: string;
  direction: Direction;
  eta?: string;
  createdAt: string;
  status: FolderStatus;
  errors: number;
  warnings: number;
  infos: number;
  /** The register's permit the folder uses, as the shipments list flags it (expired, expiring, over-drawn). */
  permit?: { number: string; validUntil?: string; overdrawn: boolean; cancelled: boolean };
  /** With a search: where the folder matched and the text there, its matching parts marked. */
  match?: FolderMatch;
}

/** Where a search found a folder: the field, the text (cut around the match when long) and the matched ranges. */
export interface SearchMatch {
  field: 'ref' | 'model' | 'number' | 'hs_code' | 'consignee' | 'shipper' | 'description' | 'note' | 'file';
  text: string;
  /** [start, end) offsets into `text`, ascending, not overlapping. */
  marks: [number, number][];
}
/** The searched words are in several fields, none holding them all: the fields are named, no text is marked. */
export interface SearchSpread {
  fields: SearchMatch['field'][];
}
/** Why a search found a folder: one text holding every word, or the fields the words are spread over. */
export type FolderMatch = SearchMatch | SearchSpread;
export type Lang = 'en' | 'vi';

/** A value read from a spreadsheet, with the cell it came from (A1 notation on `sheet`). */
export interface Sourced<T> {
  value: T;
  sheet: string;
  cell: string;
  /** The text as written, when it differs from `value` (e.g. "USD 1,200.00"). */
  raw?: string;
}

/** The fields a line-item table column can be recognised as. */
export type LineField =
  | 'model'
  | 'description'
  | 'brand'
  | 'hsCode'
  | 'quantity'
  | 'unit'
  | 'unitPrice'
  | 'amount'
  | 'origin'
  | 'packages'
  | 'netWeight'
  | 'grossWeight';

export const LINE_FIELDS: readonly LineField[] = [
  'model', 'description', 'brand', 'hsCode', 'quantity', 'unit',
  'unitPrice', 'amount', 'origin', 'packages', 'netWeight', 'grossWeight',
];

export const NUMERIC_FIELDS: ReadonlySet<LineField> = new Set([
  'quantity', 'unitPrice', 'amount', 'packages', 'netWeight', 'grossWeight',
]);

export interface DocumentLine {
  sheet: string;
  /** 1-based row number on the sheet. */
  row: number;
  model?: Sourced<string>;
  description?: Sourced<string>;
  brand?: Sourced<string>;
  /** Digits only, 4 to 8 of them: "85176259". */
  hsCode?: Sourced<string>;
  quantity?: Sourced<number>;
  /** Canonical unit code (PCE, SET, KGM …) or the written unit upper-cased when unknown. */
  unit?: Sourced<string>;
  unitPrice?: Sourced<number>;
  amount?: Sourced<number>;
  /** ISO 3166-1 alpha-2 code, or the written name upper-cased when unknown. */
  origin?: Sourced<string>;
  packages?: Sourced<number>;
  netWeight?: Sourced<number>;
  grossWeight?: Sourced<number>;
}

/** What a document's header block (or totals row) states. Keys follow the CLI contract. */
export interface DocumentHeader {
  number?: Sourced<string>;
  date?: Sourced<string>;
  currency?: Sourced<string>;
  total?: Sourced<number>;
  total_packages?: Sourced<number>;
  total_net_weight?: Sourced<number>;
  total_gross_weight?: Sourced<number>;
  issue_date?: Sourced<string>;
  valid_until?: Sourced<string>;
  licensee?: Sourced<string>;
}

export type HeaderKey = keyof DocumentHeader;

/** The parties an invoice's or packing list's title block names, where found. */
export interface Parties {
  consignee?: Sourced<string>;
  shipper?: Sourced<string>;
}

/** Which column of the sheet became which field: what the import preview shows and lets the user correct. */
export interface ColumnMapping {
  field: LineField;
  /** Column letter, e.g. "E". */
  column: string;
  /** The header text as read (two-row headers joined with " / "). */
  header: string;
}

export interface TableLocation {
  sheet: string;
  /** 1-based first and last header rows (equal for a one-row header). */
  headerStart: number;
  headerEnd: number;
  /** 1-based rows of the first and last line item. */
  firstRow: number;
  lastRow: number;
  columns: ColumnMapping[];
}

export interface ParsedDocument {
  role: Role;
  /** File name as given (no directory). */
  file: string;
  sheet: string;
  table: TableLocation;
  header: DocumentHeader;
  lines: DocumentLine[];
  /** Non-fatal oddities met while reading (a cell that is not a number, an unknown unit …). */
  notes: ReadNote[];
  /** A permit's direction, where its title or header states one (never assumed). */
  direction?: Sourced<Direction>;
  /** Consignee and shipper from the title block (invoice, packing list), where found. */
  parties?: Parties;
}

export interface ReadNote {
  sheet: string;
  cell: string;
  field: LineField | HeaderKey;
  /** What was written. */
  raw: string;
  problem: 'not_a_number' | 'negative' | 'absurd' | 'bad_hs_code' | 'bad_date' | 'missing' | 'uncalculated_formula'
    | 'ambiguous_number' | 'legacy_encoding';
  /** For 'ambiguous_number': the value read (separator as thousands) and the other reading (as decimal mark). */
  readings?: [number, number];
  /** For 'legacy_encoding': the encoding converted from, the text as converted, and what could not be converted. */
  encoding?: 'TCVN3' | 'VNI';
  converted?: string;
  unconverted?: string;
}

/** A reference from a finding to a source cell. */
export interface CellRef {
  role: Role;
  sheet: string;
  cell: string;
}

export type FindingCode =
  | 'MISSING_IN_PACKING_LIST'
  | 'MISSING_IN_INVOICE'
  | 'QUANTITY_MISMATCH'
  | 'UNIT_MISMATCH'
  | 'MODEL_NEAR_MATCH'
  | 'LINE_AMOUNT_MISMATCH'
  | 'INVOICE_TOTAL_MISMATCH'
  | 'PACKING_TOTAL_MISMATCH'
  | 'WEIGHT_INCONSISTENT'
  | 'CONTROLLED_HS_CODE'
  | 'NOT_IN_PERMIT'
  | 'PERMIT_QUANTITY_EXCEEDED'
  | 'HS_CODE_MISMATCH'
  | 'ORIGIN_MISMATCH'
  | 'PERMIT_EXPIRED'
  | 'PERMIT_NOT_YET_VALID'
  | 'MISSING_IN_CATALOGUE'
  // Codes beyond the contract's table (allowed: "new codes may be added").
  | 'PERMIT_VALIDITY_UNKNOWN'
  | 'INVALID_VALUE'
  // The permit register (archive-cli contract revision 2): findings across the folders of one archive.
  | 'PERMIT_COPIES_DIFFER'
  | 'PERMIT_BALANCE_EXCEEDED'
  | 'PERMIT_DIRECTION_MISMATCH'
  // Contract revision 2.
  | 'NOT_CHECKED'
  | 'AMBIGUOUS_NUMBER'
  // Text typed in a legacy Vietnamese font encoding (TCVN3, VNI-Windows), read converted.
  | 'LEGACY_ENCODING';

export type FindingParams = Record<string, string | number>;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The model as written in the first document where it appears; absent for document-level findings. */
  model?: string;
  /** Values the message is built from, so it can be rendered again in either language. */
  params: FindingParams;
  refs: CellRef[];
}

export interface RenderedFinding {
  code: FindingCode;
  severity: Severity;
  model?: string;
  message: string;
  refs: CellRef[];
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

/** A failure to use an input, stated for the person at the keyboard. */
export interface InputError {
  file: string;
  sheet?: string;
  column?: string;
  /** One sentence naming what is wrong and what to do, in English. */
  message: string;
  /** The same sentence in Vietnamese. */
  messageVi: string;
}

export type Result<T, E = InputError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
