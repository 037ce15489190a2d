import type { ParsedDocument, Result, Role, LineField } from '../domain/types.ts';

/** A user's correction of what was detected, remembered per supplier layout. */
export interface LayoutOverride {
  sheet?: string;
  /** 1-based row of the (last) header row. */
  headerRow?: number;
  /** Field → column letter; null removes a detected mapping. */
  columns?: Partial<Record<LineField, string | null>>;
}

export interface ReadRequest {
  role: Role;
  /** File name as given by the user (used in messages and for the format). */
  file: string;
  bytes: Uint8Array;
  override?: LayoutOverride;
}

/** Reads one spreadsheet into a document, or says in one sentence why it cannot be used. */
export function readDocument(req: ReadRequest): Result<ParsedDocument> {
  void req;
  throw new Error('not implemented yet');
}
