// The register as `archive permits --format json` prints it (archive-cli contract, "The permit register"):
// JSON.stringify({ permits }, null, 2) + '\n', byte for byte. Here rather than in the CLI because the archive keeps
// each permit's entry of that document materialised (permit-entries.ts), and the two must be one writer.
import { drawnText } from './permit-register.ts';
import type { PermitSummary } from './types.ts';

export function permitsJson(permits: PermitSummary[]) {
  return { permits: permits.map((p) => permitJson(p, (l) => l.shipments)) };
}

function permitJson<S>(p: PermitSummary, shipments: (l: PermitSummary['lines'][number]) => S) {
  return {
      number: p.number,
      direction: p.direction,
      licensee: p.licensee ?? null,
      issue_date: p.issueDate ?? null,
      valid_until: p.validUntil ?? null,
      lines: p.lines.map((l) => ({
        model: l.model,
        hs_code: l.hsCode ?? null,
        unit: l.unit ?? null,
        permitted: l.permitted ?? null,
        used: l.used,
        remaining: l.remaining ?? null,
        shipments: shipments(l),
        // Beyond the contract's keys: what the permit says of the line, and what was not counted.
        name: l.name ?? null,
        brand: l.brand ?? null,
        country: l.country ?? null,
        not_counted: l.notCounted,
        adjustments: l.adjustments,
      })),
      registered_at: p.registeredAt,
      registered_by: p.registeredBy ?? null,
      files: p.files,
      cancelled: p.cancelled,
  };
}

/** The document around the permits' entries (each as permitEntryText writes it), in register order. */
export function registerDocument(entries: readonly string[]): string {
  return documentParts(entries, (s) => s).join('');
}

/** The same document as UTF-8 bytes in pieces, to be written one after the other: the entries' bytes as stored, never copied. */
export function registerDocumentChunks(entries: readonly Uint8Array[]): Uint8Array[] {
  return documentParts(entries, (s) => Buffer.from(s));
}

function documentParts<T>(entries: readonly T[], text: (s: string) => T): T[] {
  if (entries.length === 0) return [text('{\n  "permits": []\n}\n')];
  const between = text(',\n    ');
  const out = [text('{\n  "permits": [\n    ')];
  for (let k = 0; k < entries.length; k++) {
    if (k > 0) out.push(between);
    out.push(entries[k]);
  }
  out.push(text('\n  ]\n}\n'));
  return out;
}

/**
 * One permit's entry as it stands in the document: the permit's JSON.stringify(…, null, 2) indented by the 4
 * spaces of the `permits` array's items (without the first line's, which registerDocument writes).
 */
export function permitEntryText(p: PermitSummary): string {
  // The permit with every line's shipments left empty; each `"shipments": []` (which no JSON string can contain:
  // its quotes would be escaped) is then replaced by the line's draws, in line order.
  const pieces = JSON.stringify(permitJson(p, () => []), null, 2).replaceAll('\n', '\n    ').split('"shipments": []');
  const out = [pieces[0]];
  for (let i = 0; i < p.lines.length; i++) out.push('"shipments": ', shipmentsText(p.lines[i]), pieces[i + 1]);
  return out.join('');
}

/** What JSON.stringify(permitsJson(permits), null, 2) + '\n' prints, byte for byte, built without parsing the draws. */
export function permitsJsonText(permits: PermitSummary[]): string {
  return registerDocument(permits.map(permitEntryText));
}

/** The depth of a line's `shipments` in the document: the archive writes their text so (PermitQuery.nestDrawsAt). */
export const SHIPMENTS_DEPTH = 10;

/** A line's draws as JSON.stringify(shipments, null, 2) writes them at their depth in the document. */
function shipmentsText(line: PermitSummary['lines'][number]): string {
  const drawn = drawnText(line);
  if (drawn?.nest === SHIPMENTS_DEPTH) return drawn.text;
  return JSON.stringify(line.shipments, null, 2).replaceAll('\n', '\n' + ' '.repeat(SHIPMENTS_DEPTH));
}
