// Item 10a of issue 8, in the app: an archive on read-only media opens (the reply says so in both languages),
// its folders list and show; a write — a new folder, an import, an acknowledgement — gets the one sentence.
import { mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readOnlyFolder, type ReadOnlyFolder } from '../support/read-only-folder.ts';
import { DEMO, demoBytes, harness } from './support.ts';

const REF = 'HPH-2026-0117';
let h: ReturnType<typeof harness> | undefined;
let ro: ReadOnlyFolder | undefined;
afterEach(() => { ro?.release(); ro = undefined; h?.dispose(); h = undefined; });

const probe = (() => {
  const dir = join(tmpdir(), `dossier-ro-probe-app-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const made = readOnlyFolder(dir);
  if ('reason' in made) return made.reason;
  made.release();
  return null;
})();

const readOnlyNotice = expect.stringMatching(/client\.dossier is on read-only media \(a DVD, a write-protected USB stick or folder\), so it was opened read-only: folders can be listed/);
const readOnlyNoticeVi = expect.stringMatching(/client\.dossier nằm trên phương tiện chỉ đọc .*nên được mở ở chế độ chỉ đọc/);
const readOnlySentence = expect.stringMatching(/client\.dossier is on read-only media \(a DVD, a write-protected USB stick or folder\): nothing can be added or changed in it; copy the archive to a writable disk/);
const readOnlySentenceVi = expect.stringMatching(/client\.dossier nằm trên phương tiện chỉ đọc .*không thể thêm hay sửa gì trong kho này/);

describe.skipIf(probe !== null)(`the app on an archive on read-only media${probe ? ` (skipped: ${probe})` : ''}`, () => {
  it('opens it read-only, shows its folders, and refuses every write in one sentence', async () => {
    h = harness();
    const dvd = join(h.dir, 'dvd');
    mkdirSync(dvd);
    h.answers.archive = join(dvd, 'client.dossier');
    expect(await h.open(true)).toMatchObject({ ok: true });
    expect(await h.dispatch('createShipment', { ref: REF, direction: 'import' })).toMatchObject({ ok: true });
    for (const [role, file] of DEMO) {
      expect(await h.dispatch('importDocument', { ref: REF, role, file, bytes: demoBytes(file), remember: false })).toMatchObject({ ok: true });
    }
    await h.dispatch('closeArchive', {});

    const made = readOnlyFolder(dvd);
    if ('reason' in made) throw new Error(made.reason);
    ro = made;
    const before = readdirSync(made.path).sort();
    h.answers.archive = join(made.path, 'client.dossier');
    const opened = await h.open(false);
    expect(opened).toMatchObject({ ok: true, value: { shipments: 1, readOnly: { message: readOnlyNotice, messageVi: readOnlyNoticeVi } } });

    expect(await h.dispatch('listShipments', { offset: 0, limit: 10, query: 'firewall' })).toMatchObject({ ok: true, value: { total: 1 } });
    const shown = await h.dispatch('getShipment', { ref: REF, lang: 'vi' }) as { ok: true; value: { findings: { id: number }[] } };
    expect(shown).toMatchObject({ ok: true, value: { ref: REF } });
    const finding = shown.value.findings[0].id;
    expect(await h.dispatch('getSources', { ref: REF, findingId: finding })).toMatchObject({ ok: true });
    expect(await h.dispatch('getAudit', { ref: REF })).toMatchObject({ ok: true });

    const refused = { ok: false, error: { code: 'READ_ONLY', message: readOnlySentence, messageVi: readOnlySentenceVi } };
    expect(await h.dispatch('createShipment', { ref: 'HPH-2026-0200', direction: 'import' })).toMatchObject(refused);
    expect(await h.dispatch('importDocument', { ref: REF, role: 'invoice', file: 'invoice.xlsx', bytes: demoBytes('invoice.xlsx'), remember: false })).toMatchObject(refused);
    expect(await h.dispatch('acknowledgeFinding', { ref: REF, findingId: finding, note: 'seen', lang: 'en' })).toMatchObject(refused);
    expect(await h.dispatch('addAttachment', { ref: REF, name: 'bl.pdf', bytes: new Uint8Array([37, 80, 68, 70]), group: 'trade' })).toMatchObject(refused);

    await h.dispatch('closeArchive', {});
    expect(readdirSync(made.path).sort()).toEqual(before);
  });
});
