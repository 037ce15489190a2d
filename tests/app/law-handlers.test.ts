// The law in the app, through the real handlers over a real archive: the list a folder was checked under
// (provisional said), each finding's legal basis, a report saved through the save dialog, the list diff, and a
// folder re-checked under the other list.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import type { ListDiffView, RecheckView, ShipmentView } from '../../shared/ipc/contract.ts';
import { DEMO, demoBytes, harness } from './support.ts';
import { sheetBytes } from '../engine/fixtures.ts';

let h: ReturnType<typeof harness>;
afterEach(() => h.dispose());

async function demoFolder() {
  h = harness();
  await h.open();
  await h.dispatch('createShipment', { ref: 'HPH-2026-0117', direction: 'import' });
  for (const [role, file] of DEMO) {
    const r = await h.dispatch('importDocument', { ref: 'HPH-2026-0117', role, file, bytes: demoBytes(file), remember: false });
    expect(r.ok).toBe(true);
  }
}

const value = <T>(r: { ok: boolean; value?: unknown; error?: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
};

describe('the law in the app', () => {
  it('a folder checked on 2026-11-20 names the provisional 211/2025 list, and every finding its legal basis', async () => {
    await demoFolder();
    const view = value<ShipmentView>(await h.dispatch('getShipment', { ref: 'HPH-2026-0117', lang: 'vi' }));
    expect(view.controlledList).toMatchObject({ id: '211/2025/NĐ-CP', provisional: true, effectiveFrom: '2025-09-09' });
    const missing = view.findings.find((f) => f.code === 'NOT_IN_PERMIT')!;
    expect(missing.legalBasis).toMatchObject({ verified: false, text: expect.stringContaining('không có giấy phép hợp lệ') });
    expect(view.findings.every((f) => f.legalBasis)).toBe(true);
    // An acknowledgement keeps the legal basis on the finding it returns.
    const acked = value<{ legalBasis?: unknown }>(await h.dispatch('acknowledgeFinding', { ref: 'HPH-2026-0117', findingId: missing.id, note: 'Permit applied for', lang: 'vi' }));
    expect(acked.legalBasis).toEqual(missing.legalBasis);
  });

  it('saves the PDF and the Excel report where the save dialog says, in the language asked; cancel writes nothing', async () => {
    await demoFolder();
    h.answers.report = null;
    expect(await h.dispatch('saveReport', { ref: 'HPH-2026-0117', lang: 'vi', format: 'pdf' })).toEqual({ ok: true, value: null });
    const pdf = join(h.dir, 'bao-cao.pdf');
    h.answers.report = pdf;
    expect(await h.dispatch('saveReport', { ref: 'HPH-2026-0117', lang: 'vi', format: 'pdf' })).toEqual({ ok: true, value: { path: pdf } });
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    for (const s of ['HPH-2026-0117', 'Hóa đơn thương mại', 'Phiếu đóng gói', 'Giấy phép', 'Hóa đơn thương mại ghi 20 PCS SG-100F, phiếu đóng gói ghi 18 Cái.', 'DANH MỤC TẠM THỜI']) expect(text).toContain(s);
    const xlsx = join(h.dir, 'report.xlsx');
    h.answers.report = xlsx;
    await h.dispatch('saveReport', { ref: 'HPH-2026-0117', lang: 'en', format: 'xlsx' });
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(XLSX.read(readFileSync(xlsx)).Sheets.Findings);
    expect(rows).toHaveLength(13);
    expect(rows[0].Finding).toBe('Invoice has 20 PCS of SG-100F, packing list has 18 Cái.');
    expect(existsSync(`${xlsx}.${process.pid}.tmp`)).toBe(false);
  });

  it('an acknowledgement and its note are in the report; the supplier form leaves the acknowledged finding out', async () => {
    await demoFolder();
    const view = value<ShipmentView>(await h.dispatch('getShipment', { ref: 'HPH-2026-0117', lang: 'en' }));
    const origin = view.findings.find((f) => f.code === 'ORIGIN_MISMATCH')!;
    await h.dispatch('acknowledgeFinding', { ref: 'HPH-2026-0117', findingId: origin.id, note: 'C/O says Taiwan; catalogue is old', lang: 'en' });
    h.answers.report = join(h.dir, 'r.xlsx');
    await h.dispatch('saveReport', { ref: 'HPH-2026-0117', lang: 'en', format: 'xlsx' });
    const wb = XLSX.read(readFileSync(h.answers.report));
    const row = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets.Findings).find((r) => r.Code === 'ORIGIN_MISMATCH')!;
    expect(row.Acknowledgement).toMatch(/^C\/O says Taiwan; catalogue is old \(by tester, on /);
    const sup = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['For the supplier'], { header: 1 }).flat().join('\n');
    expect(sup).not.toContain(origin.message);
    expect(sup).toContain('Invoice has 20 PCS of SG-100F');
  });

  it('lists the known lists, diffs them, and re-checks a folder under the other list without storing anything', async () => {
    await demoFolder();
    const lists = value<{ id: string; provisional: boolean }[]>(await h.dispatch('listControlledLists', {}));
    expect(lists.map((l) => [l.id, l.provisional])).toEqual([['58/2016/NĐ-CP', false], ['211/2025/NĐ-CP', true]]);
    const diff = value<ListDiffView>(await h.dispatch('diffLists', { a: '58/2016/NĐ-CP', b: '211/2025/NĐ-CP', lang: 'en' }));
    expect(diff.onlyInA.find((r) => r.hsCode === '8471.70.20')).toMatchObject({ entry: '8471.70.20', entryText: expect.stringContaining('Ổ đĩa cứng mã hóa…') });
    expect(diff.onlyInB.map((r) => r.hsCode)).toContain('8517.13.00');
    const re = value<RecheckView>(await h.dispatch('recheckUnderList', { ref: 'HPH-2026-0117', listId: '58/2016/NĐ-CP', lang: 'en' }));
    expect(re.list.id).toBe('58/2016/NĐ-CP');
    // Under 58/2016 the cable is still not controlled and the same five items are: only the list named in the
    // CONTROLLED_HS_CODE messages changes, so nothing appears or goes by code and model.
    expect(re.appear.map((f) => `${f.code} ${f.model}`)).toEqual([]);
    expect(re.go.map((f) => `${f.code} ${f.model}`)).toEqual([]);
    const after = value<ShipmentView>(await h.dispatch('getShipment', { ref: 'HPH-2026-0117', lang: 'en' }));
    expect(after.controlledList?.id).toBe('211/2025/NĐ-CP');
    expect(await h.dispatch('recheckUnderList', { ref: 'HPH-2026-0117', listId: 'nope', lang: 'en' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('re-checked under 58/2016, a self-encrypting drive needs a permit again: the findings that would appear', async () => {
    h = harness();
    await h.open();
    await h.dispatch('createShipment', { ref: 'SED-1', direction: 'import' });
    // Origins on both documents so that every rule runs (no NOT_CHECKED): the test is about the list applied.
    const inv = sheetBytes([['Model', 'HS Code', 'Quantity', 'Unit', 'Unit Price', 'Amount', 'Origin'], ['SED-2TB', '8471.70.20', 40, 'PCS', 180, 7200, 'Korea']], 'Invoice');
    const pl = sheetBytes([['Model', 'Quantity', 'Unit', 'N.W. (kg)', 'G.W. (kg)', 'Origin'], ['SED-2TB', 40, 'PCS', 4, 6, 'Korea']], 'PL');
    await h.dispatch('importDocument', { ref: 'SED-1', role: 'invoice', file: 'inv.xlsx', bytes: inv, remember: false });
    await h.dispatch('importDocument', { ref: 'SED-1', role: 'packing_list', file: 'pl.xlsx', bytes: pl, remember: false });
    expect(value<ShipmentView>(await h.dispatch('getShipment', { ref: 'SED-1', lang: 'en' })).findings).toEqual([]);
    const re = value<RecheckView>(await h.dispatch('recheckUnderList', { ref: 'SED-1', listId: '58/2016/NĐ-CP', lang: 'en' }));
    expect(re.appear.map((f) => `${f.code} ${f.model}`)).toEqual(['NOT_IN_PERMIT SED-2TB', 'CONTROLLED_HS_CODE SED-2TB']);
    expect(re.appear[0].legalBasis?.penalty).toMatch(/^Fine of 40,000,000 to 50,000,000 VND/);
    expect(re.summary.errors).toBe(1);
  });
});
