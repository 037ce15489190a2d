// Documents and their lines. A document row keeps the parsed document minus its lines; each line is a row
// with normalised values in columns (queryable) and its source cells in JSON (for findings' references).
import type { DocumentLine, LineField, ParsedDocument, Role, Sourced } from '../../shared/domain/types.ts';
import { LINE_FIELDS } from '../../shared/domain/types.ts';
import { headerValues } from '../../shared/check/report.ts';
import type { StoredDocument } from './types.ts';
import { sql, type Db } from './sql.ts';

const COLUMN: Record<LineField, string> = {
  model: 'model', description: 'description', brand: 'brand', hsCode: 'hs_code', quantity: 'quantity', unit: 'unit',
  unitPrice: 'unit_price', amount: 'amount', origin: 'origin', packages: 'packages', netWeight: 'net_weight', grossWeight: 'gross_weight',
};

/** Where a value came from: cell, the text as written when it differs, the sheet when not the line's. */
interface Source { c: string; r?: string; s?: string }

const INSERT_LINE = `INSERT INTO lines (document_id, position, sheet, row, ${LINE_FIELDS.map((f) => COLUMN[f]).join(', ')}, sources_json)
  VALUES (@document_id, @position, @sheet, @row, ${LINE_FIELDS.map((f) => '@' + COLUMN[f]).join(', ')}, @sources_json)`;

export function insertDocument(db: Db, shipmentId: number, role: Role, fileName: string, sha256: string, parsed: ParsedDocument): number {
  const { lines, ...rest } = parsed;
  const id = Number(sql(db, `INSERT INTO documents (shipment_id, role, file_name, sha256, sheet, number, header_json, parsed_json, line_count)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    shipmentId, role, fileName, sha256, parsed.sheet, parsed.header.number?.value ?? null,
    JSON.stringify(headerValues(parsed.header)), JSON.stringify(rest), lines.length,
  ).lastInsertRowid);
  const insertLine = sql(db, INSERT_LINE);
  lines.forEach((line, position) => insertLine.run(lineRow(id, position, line)));
  return id;
}

function lineRow(documentId: number, position: number, line: DocumentLine): Record<string, unknown> {
  const row: Record<string, unknown> = { document_id: documentId, position, sheet: line.sheet, row: line.row };
  const sources: Partial<Record<LineField, Source>> = {};
  for (const f of LINE_FIELDS) {
    const v = line[f] as Sourced<string | number> | undefined;
    row[COLUMN[f]] = v ? v.value : null;
    if (v) sources[f] = { c: v.cell, ...(v.raw !== undefined ? { r: v.raw } : {}), ...(v.sheet !== line.sheet ? { s: v.sheet } : {}) };
  }
  row.sources_json = JSON.stringify(sources);
  return row;
}

interface DocRow { id: number; role: Role; file_name: string; sha256: string; parsed_json: string; line_count: number }
type LineRow = Record<string, unknown> & { sheet: string; row: number; sources_json: string };

export function readDocuments(db: Db, shipmentId: number): StoredDocument[] {
  const docs = sql(db, 'SELECT id, role, file_name, sha256, parsed_json, line_count FROM documents WHERE shipment_id = ? ORDER BY id')
    .all(shipmentId) as DocRow[];
  const linesOf = sql(db, 'SELECT * FROM lines WHERE document_id = ? ORDER BY position');
  return docs.map((d) => {
    const lines = (linesOf.all(d.id) as LineRow[]).map(toLine);
    const parsed = { ...(JSON.parse(d.parsed_json) as Omit<ParsedDocument, 'lines'>), lines } as ParsedDocument;
    return { id: d.id, role: d.role, file: d.file_name, sha256: d.sha256, lines: d.line_count, parsed };
  });
}

function toLine(r: LineRow): DocumentLine {
  const sources = JSON.parse(r.sources_json) as Partial<Record<LineField, Source>>;
  const line: DocumentLine = { sheet: r.sheet, row: r.row };
  for (const f of LINE_FIELDS) {
    const src = sources[f];
    if (!src) continue;
    const sourced: Sourced<unknown> = { value: r[COLUMN[f]], sheet: src.s ?? r.sheet, cell: src.c };
    if (src.r !== undefined) sourced.raw = src.r;
    (line as unknown as Record<string, unknown>)[f] = sourced;
  }
  return line;
}

/** Removes the folder's document of this role (and its lines), returning its file's SHA-256 if there was one. */
export function removeDocument(db: Db, shipmentId: number, role: Role): string | undefined {
  const old = sql(db, 'SELECT id, sha256 FROM documents WHERE shipment_id = ? AND role = ?').get(shipmentId, role) as { id: number; sha256: string } | undefined;
  if (!old) return undefined;
  sql(db, 'DELETE FROM lines WHERE document_id = ?').run(old.id);
  sql(db, 'DELETE FROM documents WHERE id = ?').run(old.id);
  sql(db, 'DELETE FROM shipment_files WHERE shipment_id = ? AND role = ?').run(shipmentId, role);
  return old.sha256;
}
