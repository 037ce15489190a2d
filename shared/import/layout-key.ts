// A supplier's layout, recognised again next time: the same letterhead and headers give the same key,
// whatever the invoice number, dates and quantities of this shipment. Import-preview corrections are
// remembered under this key.
import type { Result, Role } from '../domain/types.ts';
import { ok } from '../domain/types.ts';
import { fold } from '../parse/fold.ts';
import { detectTable } from './detect-table.ts';
import { displayText, readWorkbook, type Workbook } from './workbook.ts';

/** Rows read for the key when no table is detected. */
const ROWS = 14;

export function layoutKey(role: Role, file: string, bytes: Uint8Array): Result<string> {
  const wb = readWorkbook(file, bytes);
  return wb.ok ? ok(layoutKeyOf(role, wb.value)) : wb;
}

export function layoutKeyOf(role: Role, wb: Workbook): string {
  const parts: string[] = [role];
  for (const sheet of wb.sheets) {
    parts.push(`#${fold(sheet.name)}`);
    // Up to the detected header when there is one: the lines below it differ from shipment to shipment.
    const table = detectTable(sheet, role);
    const last = table ? table.headerEnd : ROWS - 1;
    let taken = 0;
    for (const row of sheet.rows.slice(0, last + 1)) {
      if (taken >= ROWS) break;
      // Only text cells, digits removed: "Invoice No.: SG-INV-2026-1187" and "…-1188" are the same layout.
      const text = row.filter((v) => typeof v === 'string').map((v) => fold(displayText(v)).replace(/\d+/g, '')).filter(Boolean).join('|');
      if (!text) continue;
      parts.push(text);
      taken++;
    }
  }
  return `${role}:${fnv1a(parts.join('\n'))}`;
}

/** 64-bit FNV-1a as hex: stable across processes and platforms, no Node crypto needed in shared/. */
function fnv1a(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * prime) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}
