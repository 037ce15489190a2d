// Which document a sheet says it is, by its name or its title: a CIPL workbook holds the invoice and the
// packing list side by side, and each role must read its own sheet, not the one with more columns.
import type { Role } from '../domain/types.ts';
import sheetRoles from '../vocabulary/sheet-roles.json';
import { fold } from '../parse/fold.ts';
import { displayText, type Sheet } from './workbook.ts';

type Key = Role | 'other';
const PHRASES: [Key, Set<string>][] = (Object.keys(sheetRoles) as string[])
  .filter((k) => !k.startsWith('_'))
  .map((k) => [k as Key, new Set((sheetRoles as unknown as Record<string, string[]>)[k].map(fold))]);

/** Title rows sit above the table; a letterhead rarely runs longer. */
const TITLE_ROWS = 15;

function roleOf(text: string): Key | null {
  // Numbers name the document, not its kind: "CI-2026-041", "PL (2)".
  const folded = fold(text).split(' ').filter((w) => !/^\d+$/.test(w)).join(' ');
  if (!folded) return null;
  for (const [key, set] of PHRASES) {
    if (set.has(folded)) return key;
    // A bilingual title: "PACKING LIST / PHIẾU ĐÓNG GÓI" is two names of one document.
    const words = folded.split(' ');
    for (let i = 1; i < words.length; i++) {
      if (set.has(words.slice(0, i).join(' ')) && set.has(words.slice(i).join(' '))) return key;
    }
  }
  return null;
}

/** 1 when the sheet's name or title names this role, -1 when it names another document, 0 when it says nothing. */
export function sheetRoleAffinity(sheet: Sheet, role: Role, headerStart: number): number {
  const byName = roleOf(sheet.name);
  if (byName) return byName === role ? 1 : -1;
  for (let r = 0; r < Math.min(headerStart, TITLE_ROWS, sheet.rows.length); r++) {
    for (const v of sheet.rows[r] ?? []) {
      if (typeof v !== 'string' || v.length > 60) continue;
      const key = roleOf(displayText(v));
      if (key) return key === role ? 1 : -1;
    }
  }
  return 0;
}
