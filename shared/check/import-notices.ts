// What the import preview says about a document before it is imported: what was read differently from how it is
// written (cells converted from TCVN3 / VNI-Windows), in both languages, from the same sentences as the report.
import type { ParsedDocument } from '../domain/types.ts';
import { renderFinding } from './messages.ts';
import { legacyEncoding } from './rules/read-notes.ts';

export interface ImportNotice {
  message: string;
  messageVi: string;
}

export function importNotices(doc: ParsedDocument): ImportNotice[] {
  return legacyEncoding({ [doc.role]: doc }).map((f) => ({ message: renderFinding(f, 'en').message, messageVi: renderFinding(f, 'vi').message }));
}
