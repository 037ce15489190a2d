// Failures that are not malformed messages still come back as values a declarant can read.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { harness } from './support.ts';

let h: ReturnType<typeof harness>;
afterEach(() => h.dispose());

describe('handler failures as values', () => {
  it('asks for an archive first', async () => {
    h = harness();
    const r = await h.dispatch('listShipments', { offset: 0, limit: 10 });
    expect(r).toMatchObject({ ok: false, error: { code: 'NO_ARCHIVE', messageVi: expect.stringMatching(/kho hồ sơ/) } });
  });

  it('refuses a file that is not an archive, without writing to it', async () => {
    h = harness();
    const notes = join(h.dir, 'notes.dossier');
    writeFileSync(notes, 'meeting notes, not a database');
    h.answers.archive = notes;
    const r = await h.open(false);
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_AN_ARCHIVE' } });
  });

  it('refuses a second shipment with the same reference', async () => {
    h = harness();
    await h.open();
    expect(await h.dispatch('createShipment', { ref: 'A-1', direction: 'import' })).toMatchObject({ ok: true });
    expect(await h.dispatch('createShipment', { ref: 'A-1', direction: 'export' })).toMatchObject({ ok: false, error: { code: 'REF_EXISTS' } });
  });

  it('names the existing reference in both languages, not a generic sentence', async () => {
    h = harness();
    await h.open();
    await h.dispatch('createShipment', { ref: 'HPH-2026-0117', direction: 'import' });
    const r = await h.dispatch('createShipment', { ref: 'HPH-2026-0117', direction: 'import' });
    expect(r).toMatchObject({ ok: false, error: {
      code: 'REF_EXISTS',
      message: 'A shipment folder "HPH-2026-0117" already exists in this archive: choose another reference.',
      messageVi: 'Kho hồ sơ này đã có thư mục lô hàng "HPH-2026-0117": hãy chọn số tham chiếu khác.',
    } });
  });

  it('remembers the language and the recent archives', async () => {
    h = harness();
    await h.dispatch('setSettings', { lang: 'en' });
    await h.open();
    expect(await h.dispatch('getSettings', {})).toEqual({ ok: true, value: { lang: 'en', recentArchives: [h.answers.archive] } });
  });
});
