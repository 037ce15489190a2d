// NOT_IN_PERMIT in a folder that uses a registered permit by number (no permit file of its own): the detail shows
// the register's copy's lines as read, through the real handlers, instead of nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { demoBytes, harness } from './support.ts';

let h: ReturnType<typeof harness> | undefined;
afterEach(() => { h?.dispose(); h = undefined; });

describe('source cells of NOT_IN_PERMIT under a registered permit', () => {
  it('lists the register copy’s product lines', async () => {
    h = harness();
    expect(await h.open(true)).toMatchObject({ ok: true });
    // The first folder registers the demo permit with its file.
    await h.dispatch('createShipment', { ref: 'HPH-1', direction: 'import' });
    for (const [role, file] of [['invoice', 'invoice.xlsx'], ['packing_list', 'packing-list.xlsx'], ['permit', 'permit.xlsx']] as const) {
      expect(await h.dispatch('importDocument', { ref: 'HPH-1', role, file, bytes: demoBytes(file), remember: false })).toMatchObject({ ok: true });
    }
    // The second uses it by number: no permit file in the folder.
    await h.dispatch('createShipment', { ref: 'HPH-2', direction: 'import' });
    for (const [role, file] of [['invoice', 'invoice.xlsx'], ['packing_list', 'packing-list.xlsx']] as const) {
      expect(await h.dispatch('importDocument', { ref: 'HPH-2', role, file, bytes: demoBytes(file), remember: false })).toMatchObject({ ok: true });
    }
    const used = await h.dispatch('usePermit', { ref: 'HPH-2', number: '245/2026/GP-BCY', lang: 'en' }) as { ok: true; value: { findings: { id: number; code: string }[]; documents: { role: string }[] } };
    expect(used).toMatchObject({ ok: true });
    expect(used.value.documents.map((d) => d.role)).not.toContain('permit');
    const missing = used.value.findings.find((f) => f.code === 'NOT_IN_PERMIT')!;
    expect(missing).toBeDefined();
    const sources = await h.dispatch('getSources', { ref: 'HPH-2', findingId: missing.id }) as { ok: true; value: { role: string; context?: string; total?: number }[] };
    expect(sources.value.find((p) => p.role === 'permit')).toMatchObject({ context: 'permit_lines', total: 4 });
  });
});
