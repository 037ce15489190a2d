// Cancelling a folder's draw and adjusting a permit line from the app: through the same dispatch Electron and the
// e2e bridge use (requests validated in main), calling the archive functions `dossier archive cancel` and
// `permit-adjust` call. Balances exact after two and three shipments, a cancellation and adjustments.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO, demoBytes, harness } from './support.ts';
import type { PermitView, ShipmentView } from '../../shared/ipc/contract.ts';

const NUMBER = '245/2026/GP-BCY';
let h: ReturnType<typeof harness>;
afterEach(() => h?.dispose());

/** Folder 1 brings the demo permit (SG-100F: 20 permitted, the invoice draws 20); folders 2.. use it by number. */
async function addFolder(i: number): Promise<void> {
  const ref = `HPH-${i}`;
  expect(await h.dispatch('createShipment', { ref, direction: 'import' })).toMatchObject({ ok: true });
  if (i > 1) expect(await h.dispatch('usePermit', { ref, number: NUMBER, lang: 'en' })).toMatchObject({ ok: true });
  for (const [role, file] of DEMO.filter(([r]) => i === 1 || r === 'invoice' || r === 'packing_list')) {
    expect(await h.dispatch('importDocument', { ref, role, file, bytes: demoBytes(file), remember: false })).toMatchObject({ ok: true });
  }
}

async function folders(n: number): Promise<void> {
  h = harness();
  expect(await h.open()).toMatchObject({ ok: true });
  for (let i = 1; i <= n; i++) await addFolder(i);
}

async function line(model = 'SG-100F') {
  const r = await h.dispatch('listPermits', {}) as { ok: true; value: PermitView[] };
  const l = r.value[0].lines.find((x) => x.model === model)!;
  return { used: l.used, remaining: l.remaining, refs: l.shipments.map((s) => s.ref), adjustments: l.adjustments.map((a) => [a.quantity, a.note]) };
}

async function folder(ref: string, lang: 'en' | 'vi' = 'en'): Promise<ShipmentView> {
  return ((await h.dispatch('getShipment', { ref, lang })) as { ok: true; value: ShipmentView }).value;
}
const over = (v: ShipmentView) => v.findings.filter((f) => f.code === 'PERMIT_BALANCE_EXCEEDED').length;

describe('cancelling a draw and adjusting a permit from the app', () => {
  it('two shipments, then a third: used 40 then 60; cancelling the second gives back 20 and clears its over-draw', async () => {
    await folders(2);
    expect(await line()).toMatchObject({ used: 40, remaining: -20, refs: ['HPH-1', 'HPH-2'] });
    await addFolder(3);
    expect(await line()).toMatchObject({ used: 60, remaining: -40, refs: ['HPH-1', 'HPH-2', 'HPH-3'] });
    expect(over(await folder('HPH-3'))).toBe(4);
    // The folder says which lines of its permit are short, whichever folder took them over.
    expect((await folder('HPH-1')).folderPermit?.shortLines).toContainEqual({ model: 'SG-100F', unit: 'PCE', permitted: 20, used: 60, remaining: -40 });

    const r = await h.dispatch('cancelShipment', { ref: 'HPH-2', note: 'Buyer cancelled the order', lang: 'en' }) as { ok: true; value: ShipmentView };
    expect(r.ok).toBe(true);
    expect(r.value.folderPermit).toMatchObject({ number: NUMBER, cancelled: true, cancelNote: 'Buyer cancelled the order' });
    expect(over(r.value)).toBe(0);
    expect(await line()).toMatchObject({ used: 40, remaining: -20, refs: ['HPH-1', 'HPH-3'] });
    // HPH-3 still over, now naming HPH-1 only.
    const f = (await folder('HPH-3')).findings.find((x) => x.code === 'PERMIT_BALANCE_EXCEEDED' && x.model === 'SG-100F')!;
    expect(f.message).toContain('already drawn by HPH-1 (20);');
    const listed = await h.dispatch('listPermits', {}) as { ok: true; value: PermitView[] };
    expect(listed.value[0].cancelled).toEqual([{ ref: 'HPH-2', at: expect.any(String), note: 'Buyer cancelled the order' }]);
    const audit = await h.dispatch('getAudit', { ref: 'HPH-2' }) as { ok: true; value: { action: string }[] };
    expect(audit.value.at(-1)?.action).toBe('shipment.cancelled');

    // Final: a second cancel is refused in both languages, nothing changes.
    const again = await h.dispatch('cancelShipment', { ref: 'HPH-2', note: 'again', lang: 'en' });
    expect(again).toMatchObject({ ok: false, error: { code: 'INVALID', message: expect.stringMatching(/already cancelled/), messageVi: expect.stringMatching(/đã được hủy/) } });
    expect(await line()).toMatchObject({ used: 40 });
  });

  it('an adjustment with a note is drawn from the line (negative gives back); the folder over the line follows', async () => {
    await folders(1);
    expect(await line()).toMatchObject({ used: 20, remaining: 0 });
    expect(over(await folder('HPH-1'))).toBe(0);
    const r = await h.dispatch('adjustPermit', { number: NUMBER, model: 'sg 100f', quantity: 2.5, note: 'TK 105123456789 of 2026-10-20' }) as { ok: true; value: PermitView };
    expect(r).toMatchObject({ ok: true, value: { number: NUMBER } });
    expect(r.value.lines.find((l) => l.model === 'SG-100F')).toMatchObject({ used: 22.5, remaining: -2.5, adjustments: [{ quantity: 2.5, note: 'TK 105123456789 of 2026-10-20' }] });
    // Declared outside the archive before this folder: this folder now takes the line over.
    expect(over(await folder('HPH-1'))).toBeGreaterThanOrEqual(1);
    await h.dispatch('adjustPermit', { number: NUMBER, model: 'SG-100F', quantity: -2.5, note: 'TK 105123456789 cancelled by customs' });
    expect(await line()).toMatchObject({ used: 20, remaining: 0, adjustments: [[2.5, 'TK 105123456789 of 2026-10-20'], [-2.5, 'TK 105123456789 cancelled by customs']] });
    expect(over(await folder('HPH-1'))).toBe(0);
    const audit = await h.dispatch('getAudit', {}) as { ok: true; value: { action: string }[] };
    expect(audit.value.filter((a) => a.action === 'permit.adjusted')).toHaveLength(2);
  });

  it('main refuses what the renderer should never send, and an unknown model in both languages', async () => {
    await folders(1);
    for (const bad of [
      { number: NUMBER, model: 'SG-100F', quantity: 0, note: 'x' },
      { number: NUMBER, model: 'SG-100F', quantity: 1, note: '   ' },
      { number: NUMBER, model: 'SG-100F', quantity: Number.NaN, note: 'x' },
      { number: NUMBER, model: 'SG-100F', quantity: '3', note: 'x' },
      { number: NUMBER, model: 'SG-100F', quantity: 1, note: 'x', extra: true },
    ]) expect(await h.dispatch('adjustPermit', bad)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await h.dispatch('cancelShipment', { ref: 'HPH-1', note: '', lang: 'en' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await h.dispatch('cancelShipment', { ref: 'HPH-1', lang: 'en' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await h.dispatch('adjustPermit', { number: NUMBER, model: 'NOPE-1', quantity: 1, note: 'x' }))
      .toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/no line for the model "NOPE-1"/), messageVi: expect.stringMatching(/không có dòng nào cho model "NOPE-1"/) } });
    expect(await line()).toMatchObject({ used: 20, adjustments: [] });
  });
});
