// The plan and Form 07 through the app's handlers over a real archive (today pinned to 2026-11-20): what the
// timeline, the list column and the Form 07 tab receive.
import { afterEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { demoBytes, harness } from '../app/support.ts';
import { readDocument } from '../../shared/import/read-document.ts';
import type { PlanView, ShipmentRow, Form07Draft } from '../../shared/ipc/contract.ts';

let h: ReturnType<typeof harness>;
afterEach(() => h.dispose());

async function ok<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

async function folderWith(ref: string, eta: string | undefined, files: [string, string][], direction: 'import' | 'export' = 'import') {
  await ok(h.dispatch('createShipment', { ref, direction, ...(eta ? { eta } : {}) }));
  for (const [role, file] of files) await ok(h.dispatch('importDocument', { ref, role, file, bytes: demoBytes(file), remember: false }));
}

describe('plan handlers', () => {
  it('plans a folder, records its filing with an audit entry, and flags the list', async () => {
    h = harness();
    await h.open();
    await folderWith('LATE', '2026-11-24', [['invoice', 'invoice.xlsx']]);
    const plan = await ok<PlanView>(h.dispatch('getPlan', { ref: 'LATE', lang: 'en' }));
    expect(plan).toMatchObject({ today: '2026-11-20', anchor: 'eta', permitNeeded: 'yes', flag: 'late', plan: { permit_needed_by: '2026-11-23', file_by: '2026-11-13', late_by: 5 } });
    expect(plan.nextAction).toBe('5 working days late: filed today, the permit would still come after 23 Nov 2026.');
    const vi = await ok<PlanView>(h.dispatch('addPlanEvent', { ref: 'LATE', kind: 'filed', day: '2026-11-20', lang: 'vi' }));
    expect(vi.plan).toMatchObject({ filed: '2026-11-20', expected_approval: '2026-11-30', late_by: 5 });
    expect(vi.nextAction).toContain('30/11/2026');
    expect(h.archive().audit('LATE').at(-1)).toMatchObject({ action: 'plan.event' });

    await folderWith('SOON', '2026-12-03', []);
    await folderWith('CABLES', '2026-11-24', []);
    // A folder whose invoice has no controlled item: no permit needed.
    const cable = new Uint8Array(Buffer.from('Model,HS Code,Quantity,Unit,Unit Price,Amount\nCBL-CAT6-2M,8544.42.94,100,PCS,1.75,175\n'));
    await ok(h.dispatch('importDocument', { ref: 'CABLES', role: 'invoice', file: 'cables.csv', bytes: cable, remember: false }));
    await folderWith('EXPORT', '2026-12-21', [], 'export');
    const list = await ok<{ shipments: ShipmentRow[] }>(h.dispatch('listShipments', { offset: 0, limit: 10 }));
    const byRef = Object.fromEntries(list.shipments.map((s) => [s.ref, s.plan]));
    expect(byRef.LATE).toEqual({ flag: 'late', fileBy: '2026-11-13', lateBy: 5 });
    expect(byRef.SOON).toEqual({ flag: 'due', fileBy: '2026-11-24', daysLeft: 2 });
    expect(byRef.CABLES).toEqual({ flag: 'not_needed' });
    expect(byRef.EXPORT).toMatchObject({ flag: 'on_track', fileBy: '2026-12-10' });
    const urgent = await ok<{ total: number; shipments: ShipmentRow[] }>(h.dispatch('listShipments', { offset: 0, limit: 2, sort: 'urgency' }));
    expect(urgent.total).toBe(4);
    expect(urgent.shipments.map((s) => s.ref)).toEqual(['LATE', 'SOON']);
    const exportPlan = await ok<PlanView>(h.dispatch('getPlan', { ref: 'EXPORT', lang: 'en' }));
    expect(exportPlan.anchor).toBe('etd');
    const cables = await ok<PlanView>(h.dispatch('getPlan', { ref: 'CABLES', lang: 'vi' }));
    expect(cables.nextAction).toMatch(/^Không cần giấy phép/);
    expect(cables.plan).toBeUndefined();
  });

  it('plans a folder once its ETA is set, with an audit entry', async () => {
    h = harness();
    await h.open();
    await folderWith('NOETA', undefined, []);
    expect(await ok<PlanView>(h.dispatch('getPlan', { ref: 'NOETA', lang: 'en' }))).toMatchObject({ flag: 'no_date', nextAction: 'Enter the ETA to plan the permit.' });
    expect(await ok<ShipmentRow>(h.dispatch('setEta', { ref: 'NOETA', eta: '2026-12-03' }))).toMatchObject({ eta: '2026-12-03', ref: 'NOETA' });
    expect(await ok<PlanView>(h.dispatch('getPlan', { ref: 'NOETA', lang: 'en' }))).toMatchObject({ flag: 'due', plan: { file_by: '2026-11-24' } });
    expect(JSON.parse(h.archive().audit('NOETA').at(-1)!.detail)).toEqual({ from: null, to: '2026-12-03' });
    expect(await h.dispatch('setEta', { ref: 'NOETA', eta: '03/12/2026' })).toMatchObject({ ok: false });
  });

  it('counts a permit imported into the folder as received on its issue date', async () => {
    h = harness();
    await h.open();
    await folderWith('P', '2026-11-24', [['invoice', 'invoice.xlsx'], ['permit', 'permit.xlsx']]);
    const p = await ok<PlanView>(h.dispatch('getPlan', { ref: 'P', lang: 'en' }));
    expect(p).toMatchObject({ flag: 'received', dates: { permitReceived: '2026-10-15' }, nextAction: 'Permit received on 15 Oct 2026.' });
    const list = await ok<{ shipments: ShipmentRow[] }>(h.dispatch('listShipments', { offset: 0, limit: 10 }));
    expect(list.shipments[0].plan).toMatchObject({ flag: 'received' });
  });

  it('names the holidays the count skipped: Tết 2026 for an ETA of 2 March', async () => {
    h = harness();
    await h.open();
    await folderWith('TET', '2026-03-02', []);
    const p = await ok<PlanView>(h.dispatch('getPlan', { ref: 'TET', lang: 'en' }));
    expect(p.plan).toMatchObject({ file_by: '2026-02-12', permit_needed_by: '2026-02-27' });
    expect(p.daysOff.map((d) => d.date)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(p.daysOff[1].name).toContain('Tết Nguyên Đán');
  });

  it('moves the plan with a swap day of the archive', async () => {
    h = harness();
    await h.open();
    await folderWith('A', '2026-12-03', []);
    expect((await ok<PlanView>(h.dispatch('getPlan', { ref: 'A', lang: 'en' }))).plan?.file_by).toBe('2026-11-24');
    await ok(h.dispatch('setSwapDay', { day: '2026-11-27', kind: 'off', note: 'company day' }));
    const moved = await ok<PlanView>(h.dispatch('getPlan', { ref: 'A', lang: 'en' }));
    expect(moved.plan?.file_by).toBe('2026-11-23');
    expect(moved.daysOff).toEqual([{ date: '2026-11-27', name: 'company day', estimated: false }]);
    expect(await ok(h.dispatch('getSwapDays', {}))).toEqual([{ day: '2026-11-27', kind: 'off', note: 'company day' }]);
    expect(await h.dispatch('setSwapDay', { day: '27/11/2026', kind: 'off' })).toMatchObject({ ok: false });
  });

  it('drafts Form 07 from the folder, and saves the edited list as a document that reads as a permit list', async () => {
    h = harness();
    await h.open();
    await folderWith('F', '2026-12-20', []);
    expect(await h.dispatch('generateForm07', { ref: 'F' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('no invoice') } });
    await ok(h.dispatch('importDocument', { ref: 'F', role: 'invoice', file: 'invoice.xlsx', bytes: demoBytes('invoice.xlsx'), remember: false }));
    await ok(h.dispatch('importDocument', { ref: 'F', role: 'catalogue', file: 'catalogue.xlsx', bytes: demoBytes('catalogue.xlsx'), remember: false }));
    const draft = await ok<Form07Draft>(h.dispatch('generateForm07', { ref: 'F', purpose: 'Nhập khẩu để kinh doanh' }));
    expect(draft.rows.map((r) => [r.model, r.quantity, r.features])).toEqual([
      ['SG-100F', 20, 'AES-256'], ['SG-60F', 10, 'AES-256'], ['VPN-GW-2000', 5, 'AES-256'], ['HSM-K7', 2, 'AES-256'], ['ENC-SSD-1T', 50, 'AES-256'],
    ]);
    expect(draft.missing[0]).toEqual({ model: 'SG-100F', fields: ['brand', 'standards'] });
    const rows = draft.rows.map((r) => ({ ...r, brand: 'SecuGate Networks' }));
    const saved = await ok<{ name: string; sha256: string }>(h.dispatch('saveForm07', { ref: 'F', rows }));
    expect(saved.name).toBe('Form07-F.xlsx');
    const folder = h.archive().getShipment('F');
    expect(folder.files.find((f) => f.name === 'Form07-F.xlsx')).toMatchObject({ group: 'application' });
    const bytes = h.archive().readFile(saved.sha256);
    const back = readDocument({ role: 'permit', file: saved.name, bytes });
    expect(back.ok && back.value.lines.map((l) => [l.model?.value, l.brand?.value, l.quantity?.value])).toEqual([
      ['SG-100F', 'SecuGate Networks', 20], ['SG-60F', 'SecuGate Networks', 10], ['VPN-GW-2000', 'SecuGate Networks', 5],
      ['HSM-K7', 'SecuGate Networks', 2], ['ENC-SSD-1T', 'SecuGate Networks', 50],
    ]);
    expect(XLSX.read(bytes).SheetNames).toEqual(['Mẫu 07']);

    // Re-opened for editing: the rows as saved (the brand typed in), and what is still empty.
    const reopened = await ok<Form07Draft & { file: string }>(h.dispatch('openForm07', { ref: 'F' }));
    expect(reopened.file).toBe('Form07-F.xlsx');
    expect(reopened.rows).toEqual(rows);
    expect(reopened.missing[0]).toEqual({ model: 'SG-100F', fields: ['standards'] });
    // Saved again with a change: the newer version is the one that opens.
    await ok(h.dispatch('saveForm07', { ref: 'F', rows: rows.map((r) => ({ ...r, standards: 'FIPS 140-2' })) }));
    const again = await ok<Form07Draft>(h.dispatch('openForm07', { ref: 'F' }));
    expect(again.rows.every((r) => r.standards === 'FIPS 140-2')).toBe(true);
    expect(again.missing).toEqual([]);
  });

  it('says so when there is no saved Form 07 list to open', async () => {
    h = harness();
    await h.open();
    await folderWith('G', '2026-12-20', []);
    expect(await h.dispatch('openForm07', { ref: 'G' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('no saved Form 07 list') } });
  });
});
