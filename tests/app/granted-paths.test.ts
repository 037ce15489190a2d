// Item 9 of issue 8: the page may name only archive paths the user chose (native dialog or recent list).
// Through the real handlers and dispatch: every refusal is one sentence in both languages, and no file appears.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { harness } from './support.ts';

let h: ReturnType<typeof harness>;
afterEach(() => h.dispose());

const refused = { ok: false, error: { code: 'BAD_REQUEST', message: expect.stringMatching(/not chosen in a file dialog/), messageVi: expect.stringMatching(/không được chọn qua hộp thoại/) } };

describe('archive paths from the renderer', () => {
  it.each([
    ['/dev/null-journal', '/dev/null-journal'],
    ['a relative path', 'client.dossier'],
    ['a path never granted', '/tmp/never-granted-by-dialog.dossier'],
    ['a dotted spelling of a granted path', '<dir>/x/../client.dossier'],
  ])('refuses %s, creating nothing', async (_what, given) => {
    h = harness();
    await h.dispatch('pickArchiveToCreate', {}); // grants <dir>/client.dossier, not the path below
    const path = given.replace('<dir>', h.dir);
    const before = readdirSync(h.dir);
    expect(await h.dispatch('openArchive', { path, create: true })).toMatchObject(refused);
    expect(existsSync(path)).toBe(false);
    expect(existsSync(`${path}-journal`)).toBe(false);
    expect(readdirSync(h.dir)).toEqual(before);
    expect(await h.dispatch('listShipments', { offset: 0, limit: 1 })).toMatchObject({ ok: false, error: { code: 'NO_ARCHIVE' } });
  });

  it('creates only where the save dialog answered; the open dialog does not allow creating', async () => {
    h = harness();
    h.answers.archive = join(h.dir, 'picked-to-open.dossier');
    await h.dispatch('pickArchiveToOpen', {});
    expect(await h.dispatch('openArchive', { path: h.answers.archive, create: true })).toMatchObject(refused);
    expect(existsSync(h.answers.archive)).toBe(false);
    expect(await h.open(true)).toMatchObject({ ok: true, value: { path: h.answers.archive } });
  });

  it('opens a path from the recent list in a later session without a dialog', async () => {
    h = harness();
    expect(await h.open(true)).toMatchObject({ ok: true });
    const path = h.answers.archive!;
    const later = harness({ settingsFrom: h.dir });
    try {
      expect(await later.dispatch('getSettings', {})).toMatchObject({ ok: true, value: { recentArchives: [path] } });
      expect(await later.dispatch('openArchive', { path, create: false })).toMatchObject({ ok: true, value: { path } });
      // On the recent list is enough to open, never to create a file that has gone.
      expect(await later.dispatch('openArchive', { path: join(h.dir, 'other.dossier'), create: false })).toMatchObject(refused);
    } finally {
      later.dispose();
    }
  });

  it('a cancelled dialog grants nothing', async () => {
    h = harness();
    h.answers.archive = null;
    expect(await h.dispatch('pickArchiveToCreate', {})).toEqual({ ok: true, value: null });
    expect(await h.dispatch('openArchive', { path: join(h.dir, 'client.dossier'), create: true })).toMatchObject(refused);
  });
});
