// The folder status through the same dispatch Electron and the e2e bridge use: set, refused over unacknowledged
// errors unless confirmed, declared by the declaration, the list showing and filtering the same status.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO, demoBytes, harness } from './support.ts';

const REF = 'HPH-2026-0117';
let h: ReturnType<typeof harness>;
afterEach(() => h?.dispose());

async function withFolders() {
  h = harness();
  await h.dispatch('pickArchiveToCreate', {});
  expect(await h.dispatch('openArchive', { path: h.answers.archive, create: true })).toMatchObject({ ok: true });
  expect(await h.dispatch('createShipment', { ref: REF, direction: 'import' })).toMatchObject({ ok: true });
  for (const [role, file] of DEMO) expect(await h.dispatch('importDocument', { ref: REF, role, file, bytes: demoBytes(file), remember: false })).toMatchObject({ ok: true });
  expect(await h.dispatch('createShipment', { ref: 'HPH-2026-0118', direction: 'import' })).toMatchObject({ ok: true });
}

const listed = async (status?: 'open' | 'reviewed' | 'declared', sort?: 'urgency') => {
  const r = await h.dispatch('listShipments', { offset: 0, limit: 10, ...(status ? { status } : {}), ...(sort ? { sort } : {}) }) as
    { ok: true; value: { total: number; shipments: { ref: string; status: string }[] } };
  return r.value.shipments.map((s) => `${s.ref}:${s.status}`);
};

describe('setFolderStatus', () => {
  it('refuses "reviewed" over the demo\'s unacknowledged errors in both languages, then sets it when confirmed', async () => {
    await withFolders();
    const refused = await h.dispatch('setFolderStatus', { ref: REF, status: 'reviewed', lang: 'en' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID', message: expect.stringMatching(/unacknowledged error/), messageVi: expect.stringMatching(/lỗi chưa được chấp nhận/) } });
    expect(await listed()).toEqual(['HPH-2026-0118:open', `${REF}:open`]);
    const set = await h.dispatch('setFolderStatus', { ref: REF, status: 'reviewed', despiteErrors: true, lang: 'vi' });
    expect(set).toMatchObject({ ok: true, value: { ref: REF, status: 'reviewed' } });
    expect(await listed()).toEqual(['HPH-2026-0118:open', `${REF}:reviewed`]);
    expect(await listed('reviewed')).toEqual([`${REF}:reviewed`]);
    expect(await listed('reviewed', 'urgency')).toEqual([`${REF}:reviewed`]);
    expect(await listed('open')).toEqual(['HPH-2026-0118:open']);
    const audit = await h.dispatch('getAudit', { ref: REF }) as { ok: true; value: { action: string; detail: string }[] };
    expect(audit.value.filter((e) => e.action === 'shipment.status_set').map((e) => JSON.parse(e.detail)))
      .toEqual([{ from: 'open', to: 'reviewed', by: expect.any(String), unacknowledgedErrors: expect.any(Number) }]);
  });

  it('a declaration makes the folder declared, in the folder and the list; it cannot be set back; "declared" is not settable here', async () => {
    await withFolders();
    const declared = await h.dispatch('declareShipment', { ref: REF, number: '105123456789', date: '2026-11-21', paper: false, lang: 'en' });
    expect(declared).toMatchObject({ ok: true, value: { status: 'declared' } });
    expect(await listed('declared')).toEqual([`${REF}:declared`]);
    expect(await h.dispatch('setFolderStatus', { ref: REF, status: 'open', lang: 'en' }))
      .toMatchObject({ ok: false, error: { code: 'INVALID', messageVi: expect.stringMatching(/Đã khai báo/) } });
    expect(await h.dispatch('setFolderStatus', { ref: REF, status: 'declared', lang: 'en' } as never)).toMatchObject({ ok: false });
    expect(await h.dispatch('listShipments', { offset: 0, limit: 10, status: 'closed' } as never)).toMatchObject({ ok: false });
  });
});
