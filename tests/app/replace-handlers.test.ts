// Replacing a document through the handlers, with the real demo spreadsheets: the reply says what changed, the
// re-opened acknowledgement is in the folder, the old version opens from the history; acknowledgements edited,
// withdrawn and given to a group.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, demoBytes, harness } from './support.ts';
import { DEMO_ITEMS, packingWorkbook, toBytes } from '../../scripts/fixtures/shipment.ts';
import type { FindingView, ImportReply, ShipmentView } from '../../shared/ipc/contract.ts';
import type { IpcResult } from '../../shared/ipc/result.ts';

const REF = 'HPH-2026-0117';
const h = harness();
const ok = <T>(r: unknown): T => {
  const res = r as IpcResult<T>;
  if (!res.ok) throw new Error(res.error.message);
  return res.value;
};
const folder = async () => ok<ShipmentView>(await h.dispatch('getShipment', { ref: REF, lang: 'en' }));
const finding = async (code: string, model?: string) => (await folder()).findings.find((f) => f.code === code && (model === undefined || f.model === model))!;

beforeAll(async () => {
  ok(await h.open());
  ok(await h.dispatch('createShipment', { ref: REF, direction: 'import' }));
  for (const [role, file] of DEMO) ok(await h.dispatch('importDocument', { ref: REF, role, file, bytes: demoBytes(file), remember: false }));
});
afterAll(() => h.dispose());

describe('replacing the packing list', () => {
  it('says what changed, re-opens the acknowledgement on the changed cell, keeps the old version', async () => {
    const q = await finding('QUANTITY_MISMATCH', 'SG-100F');
    ok(await h.dispatch('acknowledgeFinding', { ref: REF, findingId: q.id, note: 'Two follow by air', lang: 'en' }));
    const near = await finding('MODEL_NEAR_MATCH');
    ok(await h.dispatch('acknowledgeFinding', { ref: REF, findingId: near.id, note: 'Forwarder spelling', lang: 'en' }));
    // The forwarder's corrected list: 19 of SG-100F packed (was 18).
    const v2 = toBytes(packingWorkbook(DEMO_ITEMS, { qty: { 'SG-100F': 19 }, rename: { 'VPN-GW-2000': 'VPN GW 2000' } }));
    const reply = ok<ImportReply>(await h.dispatch('importDocument', { ref: REF, role: 'packing_list', file: 'packing-list-v2.xlsx', bytes: v2, remember: false }));
    expect(reply.replaced?.version).toMatchObject({ file: 'packing-list.xlsx', nextFile: 'packing-list-v2.xlsx', replacedBy: 'tester' });
    expect(reply.replaced?.reopened).toBe(1);
    const line = reply.replaced!.diff.lines.find((l) => l.model === 'SG-100F');
    expect(line).toMatchObject({ kind: 'changed', changes: expect.arrayContaining([{ field: 'quantity', from: 18, to: 19, fromCell: 'PL!D5', toCell: 'PL!D5' }]) });

    const after = await finding('QUANTITY_MISMATCH', 'SG-100F');
    expect(after.acknowledgement).toBeUndefined();
    expect(after.reopened).toMatchObject({ file: 'packing-list-v2.xlsx', previousFile: 'packing-list.xlsx', cells: ['PL!D5'], ack: { note: 'Two follow by air' } });
    expect((await finding('MODEL_NEAR_MATCH')).acknowledgement?.note).toBe('Forwarder spelling');

    const f = await folder();
    expect(f.versions?.map((v) => v.file)).toEqual(['packing-list.xlsx']);
    const old = ok<{ lines: { values: { model?: unknown; quantity?: unknown } }[]; diff: { lines: unknown[] } }>(
      await h.dispatch('getDocumentVersion', { ref: REF, versionId: f.versions![0].id }));
    expect(old.lines.find((l) => l.values.model === 'SG-100F')?.values.quantity).toBe(18);
    expect(old.diff.lines).toEqual(reply.replaced!.diff.lines);
    expect(h.archive().verify()).toEqual([]);
  });

  it('refuses a damaged replacement in one sentence, the stored version and the history untouched', async () => {
    const before = await folder();
    const good = toBytes(packingWorkbook(DEMO_ITEMS, { qty: { 'SG-100F': 21 } }));
    const cut = good.subarray(0, Math.floor(good.length / 2));
    const res = (await h.dispatch('importDocument', { ref: REF, role: 'packing_list', file: 'packing-list-v3.xlsx', bytes: cut, remember: false })) as IpcResult<ImportReply>;
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.message).toMatch(/packing-list-v3\.xlsx/);
      expect(res.error.message).not.toMatch(/\n/);
    }
    const after = await folder();
    const pl = (v: ShipmentView) => v.documents.find((d) => d.role === 'packing_list');
    expect(pl(before)?.file).toBe('packing-list-v2.xlsx');
    expect(pl(after)?.sha256).toBe(pl(before)?.sha256);
    expect(after.versions?.map((v) => v.file)).toEqual(['packing-list.xlsx']);
    expect(after.findings.map((f) => [f.code, f.model, !!f.acknowledgement])).toEqual(before.findings.map((f) => [f.code, f.model, !!f.acknowledgement]));
    expect(h.archive().verify()).toEqual([]);
  });

  it('edits, withdraws and group-acknowledges', async () => {
    const near = await finding('MODEL_NEAR_MATCH');
    expect(ok<FindingView>(await h.dispatch('editAcknowledgement', { ref: REF, findingId: near.id, note: 'Spelling, see mail of 20/11', lang: 'en' })).acknowledgement?.note)
      .toBe('Spelling, see mail of 20/11');
    expect(ok<FindingView>(await h.dispatch('withdrawAcknowledgement', { ref: REF, findingId: near.id, lang: 'en' })).acknowledgement).toBeUndefined();
    const open = (await folder()).findings.filter((f) => f.severity === 'warning' && !f.acknowledgement).map((f) => f.id);
    expect(open.length).toBeGreaterThan(1);
    const done = ok<FindingView[]>(await h.dispatch('acknowledgeFindings', { ref: REF, findingIds: open, note: 'Checked with the supplier', lang: 'vi' }));
    expect(done.map((f) => f.id)).toEqual(open);
    expect((await folder()).findings.filter((f) => open.includes(f.id)).every((f) => f.acknowledgement?.note === 'Checked with the supplier')).toBe(true);
    const actions = h.archive().audit(REF).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['finding.reopened', 'finding.ack_edited', 'finding.ack_withdrawn']));
  });
});
