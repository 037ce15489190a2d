// `dossier lists diff` and the list wording: what changed between 58/2016 and the provisional 211/2025 list,
// 4/6-digit entries expanded over HS 2022; cut-off cells said to be cut, not shown as "[…]" mid-word.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffLists } from '../../shared/controlled-list/diff.ts';
import { cellWording, entryWording } from '../../shared/controlled-list/wording.ts';
import { loadHs2022 } from '../../electron/reference/hs2022.ts';
import { LIST_2016, list2025 } from '../engine/fixtures.ts';

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'dossier-diff-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dossier = (args: string[]) => spawnSync(process.execPath, ['bin/dossier.mjs', 'lists', ...args], { encoding: 'utf8', env: { ...process.env, DOSSIER_LISTS_DIR: dir } });

describe('lists diff', () => {
  const d = diffLists(LIST_2016, list2025(), loadHs2022());
  const codes = (rows: typeof d.onlyInA) => rows.map((r) => r.hsCode);

  it('expands the 6-digit entry 8517.62 over its 15 HS 2022 codes: the 4 the 2025 list dropped are only under 2016', () => {
    expect(loadHs2022().size).toBe(117);
    expect(codes(d.onlyInA).filter((c) => c.startsWith('851762'))).toEqual(['85176210', '85176230', '85176241', '85176252']);
    expect(d.onlyInA.find((r) => r.hsCode === '85176241')!.entry.hsCode).toBe('851762');
  });

  it('the self-encrypting drive 8471.70.20 is controlled under 2016 and not under 2025; smartphones the reverse', () => {
    expect(codes(d.onlyInA)).toContain('84717020');
    expect(codes(d.onlyInB)).toEqual(['84433131', '84433139', '84433191', '84433199', '85171300', '85171400']);
    expect(d.onlyInB.every((r) => r.inHs2022)).toBe(true);
  });

  it('keeps 2016 codes that no longer exist in HS 2022, marked so, and names the entry it could not expand', () => {
    const gone = d.onlyInA.filter((r) => !r.inHs2022).map((r) => r.hsCode);
    expect(gone).toEqual(['84433130', '84433190', '84717099', '85171200', '85437020', '85439050']);
    expect(d.unexpanded.map((u) => `${u.list} ${u.entry.hsCode}`)).toEqual(['58/2016/NĐ-CP 851770']);
  });

  it('prints text and --format json, and refuses an unknown list naming the known ones', () => {
    const text = dossier(['diff', '58/2016/NĐ-CP', '211/2025/NĐ-CP']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain(`Controlled under 58/2016/NĐ-CP and not under 211/2025/NĐ-CP (${d.onlyInA.length} codes):`);
    expect(text.stdout).toMatch(/8471\.70\.20 {2}- - Ổ đĩa cứng\n {6}↳ entry 8471\.70\.20: Ổ đĩa cứng — Ổ đĩa cứng mã hóa…/);
    const j = JSON.parse(dossier(['diff', '211/2025/NĐ-CP', '58/2016/NĐ-CP', '--format', 'json']).stdout);
    expect(j.a).toEqual({ id: '211/2025/NĐ-CP', provisional: true });
    expect(j.only_in_a.map((r: { hs_code: string }) => r.hs_code)).toEqual(['8443.31.31', '8443.31.39', '8443.31.91', '8443.31.99', '8517.13.00', '8517.14.00']);
    expect(j.only_in_a[4].entry.note).toMatch(/no crypto-function description is known yet/);
    const bad = dossier(['diff', '58/2016/NĐ-CP', 'nope']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"211/2025/NĐ-CP"');
  });
});

describe('list wording', () => {
  it('folds a reconstruction in and says where the source is cut, instead of "[…]" mid-word', () => {
    expect(cellWording('Sản phẩm bảo [mật fax, điện báo]', 'en')).toEqual({
      text: 'Sản phẩm bảo mật fax, điện báo', note: 'the source text is cut off after “Sản phẩm bảo”; the rest is reconstructed and unverified' });
    expect(cellWording('Bộ vi xử lý có […]', 'vi')).toEqual({ text: 'Bộ vi xử lý có…', note: 'văn bản nguồn bị cắt sau “Bộ vi xử lý có”; chưa rõ phần còn lại' });
    expect(cellWording('Sản phẩm sinh [khóa mật mã …]', 'en').note).toBe('the source text is cut off after “Sản phẩm sinh”; “khóa mật mã” is reconstructed (unverified), the rest is not known');
    expect(cellWording('Sản phẩm bảo mật fax, điện báo', 'en')).toEqual({ text: 'Sản phẩm bảo mật fax, điện báo' });
    for (const e of LIST_2016.entries) expect(entryWording(e, 'en').text).not.toMatch(/[[\]]/);
  });

  it('says that the provisional list has no description, in the finding and in lists show', () => {
    const e = list2025().entries[0];
    expect(entryWording(e, 'vi', true)).toEqual({ text: '', note: 'chưa có mô tả chức năng mật mã (danh mục tạm thời chỉ có mã HS)' });
    const show = dossier(['show', '--date', '2026-11-20']).stdout;
    expect(show).toContain('211/2025/NĐ-CP — PROVISIONAL list');
    expect(show).toMatch(/8517\.13\.00 {2}Điện thoại thông minh — no crypto-function description is known yet/);
    const old = dossier(['show', '--date', '2020-01-01']).stdout;
    expect(old).toContain('8471.50.90  Loại khác — Bộ vi xử lý có… (the source text is cut off after “Bộ vi xử lý có”; the rest is not known)');
    expect(old).not.toContain('[');
  });
});
