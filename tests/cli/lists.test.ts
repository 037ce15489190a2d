// `dossier lists`: a newer controlled list imported from a spreadsheet, and the list in force by date.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadControlledLists } from '../../electron/reference/controlled-lists.ts';
import { listInForce, findControlledEntry } from '../../shared/controlled-list/apply.ts';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'dossier-lists-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function dossier(args: string[]) {
  return spawnSync(process.execPath, ['bin/dossier.mjs', ...args], { encoding: 'utf8', env: { ...process.env, DOSSIER_LISTS_DIR: dir } });
}

describe('dossier lists', () => {
  it('bundles 58/2016 (to 2025-09-08) and the provisional 211/2025 (from 2025-09-09); an imported list wins for its days', () => {
    const before = loadControlledLists(dir);
    expect(before.map((l) => [l.id, l.effectiveFrom, l.effectiveUntil, l.provisional === true, l.entries.length])).toEqual([
      ['58/2016/NĐ-CP', '2016-07-01', '2025-09-08', false, 34], ['211/2025/NĐ-CP', '2025-09-09', undefined, true, 34],
    ]);
    // The 211/2025 file has no descriptions: every row is an entry because its is_entry column says so.
    expect(before[1].entries.every((e) => e.level === 8 && e.cryptoFunction === '')).toBe(true);
    expect(listInForce(before, '2026-11-20')!.origin).toBe('bundled');

    const r = dossier(['lists', 'import', 'seeds/controlled-lists/appendix-211-2025.csv', '--id', '211/2025/NĐ-CP', '--basis', 'Decree 211/2025/NĐ-CP', '--from', '2025-09-09']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Imported 34 entries');

    const lists = loadControlledLists(dir);
    expect(listInForce(lists, '2025-09-08')!.id).toBe('58/2016/NĐ-CP');
    expect(listInForce(lists, '2025-09-09')!.id).toBe('211/2025/NĐ-CP');
    expect(listInForce(lists, '2025-09-09')!.origin).toBe('imported');
    // 8517.62.10 is covered by the 2016 six-digit entry 8517.62, but not by the narrower 2025 list.
    expect(findControlledEntry(listInForce(lists, '2025-01-01')!, '85176210')).not.toBeNull();
    expect(findControlledEntry(listInForce(lists, '2026-01-01')!, '85176210')).toBeNull();
    // Smartphones (8517.13.00) exist only in the 2022 nomenclature and the 2025 list.
    expect(findControlledEntry(listInForce(lists, '2026-01-01')!, '85171300')).not.toBeNull();
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).lists).toHaveLength(1);
  });

  it('an imported list for a span of days wins for those days only, and --list names it', () => {
    const r = dossier(['lists', 'import', 'seeds/controlled-lists/appendix-211-2025.csv', '--id', 'Corrected 2026-H1', '--basis', 'Decree 211/2025/NĐ-CP (corrected)',
      '--from', '2026-01-01', '--until', '2026-06-30', '--provisional']);
    expect(r.status, r.stderr).toBe(0);
    const lists = loadControlledLists(dir);
    expect(listInForce(lists, '2025-12-31')!.id).toBe('211/2025/NĐ-CP');
    expect(listInForce(lists, '2026-03-01')!.id).toBe('Corrected 2026-H1');
    expect(listInForce(lists, '2026-07-01')!.id).toBe('211/2025/NĐ-CP');
    const check = spawnSync(process.execPath, ['bin/dossier.mjs', 'check', '--invoice', 'seeds/demo/invoice.xlsx', '--packing-list', 'seeds/demo/packing-list.xlsx',
      '--date', '2026-03-01', '--format', 'json'], { encoding: 'utf8', env: { ...process.env, DOSSIER_LISTS_DIR: dir } });
    const j = JSON.parse(check.stdout);
    expect(j.controlled_list).toEqual({ id: 'Corrected 2026-H1', legal_basis: 'Decree 211/2025/NĐ-CP (corrected)', effective_from: '2026-01-01', effective_until: '2026-06-30', provisional: true });
    // Its legal bases are those of the regime named in its legal basis.
    expect(j.findings.find((f: { code: string }) => f.code === 'NOT_IN_PERMIT').legal_basis.text).toContain('Decree 211/2025/NĐ-CP');
  });

  it('refuses a spreadsheet that is not a controlled list, installing nothing', () => {
    const r = dossier(['lists', 'import', 'seeds/demo/invoice.xlsx', '--id', 'x', '--basis', 'x', '--from', '2025-01-01']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('invoice.xlsx: no controlled-list table found');
    expect(loadControlledLists(dir)).toHaveLength(2);
  });

  it('shows which list is in force on a date', () => {
    const r = dossier(['lists', 'show', '--date', '2020-01-01']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('In force on 2020-01-01: 58/2016/NĐ-CP');
    expect(r.stdout).toContain('8517.62');
    expect(dossier(['lists', 'show', '--date', '2015-01-01']).stdout).toContain('No list in force on 2015-01-01');
  });
});
