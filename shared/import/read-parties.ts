// The parties named in an invoice's or packing list's title block: the consignee (buyer) and the shipper
// (seller). Not part of the header block's keys, which follow the check CLI's contract: the archive keeps them
// with the parsed document so a folder can be found by a party's name.
import partyLabels from '../vocabulary/party-labels.json';
import type { Parties, Role, Sourced } from '../domain/types.ts';
import { fold } from '../parse/fold.ts';
import type { DetectedTable } from './detect-table.ts';
import { columnLetter, displayText, type CellValue } from './workbook.ts';

type Party = keyof Parties;
const LABELS: [string, Party][] = (['consignee', 'shipper'] as const)
  .flatMap((party) => partyLabels[party].map((p) => [fold(p), party] as [string, Party]));
const COLON = /[:：]/;

/** Which party a label names, and what follows its colon in the same cell. */
function partyLabel(text: string): { party: Party; rest: string } | null {
  const colon = COLON.exec(text);
  const label = fold(colon ? text.slice(0, colon.index) : text);
  const hit = LABELS.find(([phrase]) => phrase === label);
  return hit ? { party: hit[1], rest: colon ? text.slice(colon.index + 1).trim() : '' } : null;
}

function valueAt(rows: CellValue[][], r: number, c: number): string | null {
  const v = rows[r]?.[c];
  if (v === null || v === undefined) return null;
  const text = displayText(v).trim();
  // A label of any kind ("Dispatch:") is not a party's name.
  return text === '' || partyLabel(text) || /[:：]$/.test(text) ? null : text;
}

export function readParties(table: DetectedTable, role: Role): Parties {
  if (role !== 'invoice' && role !== 'packing_list') return {};
  const parties: Parties = {};
  const rows = table.sheet.rows;
  const sheet = table.sheet.name;
  for (let r = 0; r < Math.min(table.headerStart, rows.length); r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const label = partyLabel(v);
      if (!label || parties[label.party]) continue;
      let found: Sourced<string> | undefined;
      if (label.rest) found = { value: label.rest, sheet, cell: columnLetter(c) + (r + 1) };
      // Else the next filled cell to the right ("Seller" | "SecuGate …"), else the one below ("Consigned to" above the name).
      for (let k = c + 1; !found && k < Math.min(row.length, c + 6); k++) {
        if (row[k] === null || row[k] === undefined || displayText(row[k]).trim() === '') continue;
        const text = valueAt(rows, r, k);
        if (text) found = { value: text, sheet, cell: columnLetter(k) + (r + 1) };
        break;
      }
      const below = found ? null : valueAt(rows, r + 1, c);
      if (below) found = { value: below, sheet, cell: columnLetter(c) + (r + 2) };
      if (found) parties[label.party] = found;
    }
  }
  return parties;
}
