// The app's side of contract revision 2, through the same dispatch Electron and the e2e bridge use: declare,
// keep-until, early delete refused, a bag exported, an encrypted archive opened with its passphrase, the outages.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO, demoBytes, harness } from './support.ts';

const REF = 'HPH-2026-0117';
let h: ReturnType<typeof harness>;
afterEach(() => h?.dispose());

async function withFolder(opts: { passphrase?: string; encrypt?: boolean } = {}) {
  h = harness();
  await h.dispatch('pickArchiveToCreate', {}); // the user chooses where: only such a path may be opened
  expect(await h.dispatch('openArchive', { path: h.answers.archive, create: true, ...opts })).toMatchObject({ ok: true });
  expect(await h.dispatch('createShipment', { ref: REF, direction: 'import' })).toMatchObject({ ok: true });
  for (const [role, file] of DEMO) expect(await h.dispatch('importDocument', { ref: REF, role, file, bytes: demoBytes(file), remember: false })).toMatchObject({ ok: true });
}

describe('declarations and retention in the app', () => {
  it('declares a folder, shows its keep-until, refuses an early delete in both languages, exports a bag', async () => {
    await withFolder();
    const r = await h.dispatch('declareShipment', { ref: REF, number: '105123456789', date: '2026-11-21', office: '03CC', paper: false, lang: 'en' });
    expect(r).toMatchObject({ ok: true, value: { declaration: { number: '105123456789', declaredOn: '2026-11-21', office: '03CC', keepUntil: '2031-11-21', paper: false } } });
    const del = await h.dispatch('deleteShipment', { ref: REF });
    expect(del).toMatchObject({ ok: false, error: { code: 'INVALID', message: expect.stringMatching(/must be kept until 2031-11-21/), messageVi: expect.stringMatching(/phải được lưu đến hết ngày 2031-11-21/) } });
    expect(await h.dispatch('getRetention', {})).toMatchObject({ ok: true, value: { years: 5, today: '2026-11-20', folders: [{ ref: REF, keepUntil: '2031-11-21', status: 'keep' }] } });
    const out = join(h.dir, 'bag');
    h.answers.exportTo = out;
    expect(await h.dispatch('exportBag', { ref: REF, lang: 'vi' })).toMatchObject({ ok: true, value: { dir: out, files: 4 } });
    expect(readdirSync(out).sort()).toEqual(['bag-info.txt', 'bagit.txt', 'data', 'manifest-sha256.txt', 'tagmanifest-sha256.txt']);
    h.answers.exportTo = null;
    expect(await h.dispatch('exportBag', { ref: REF, lang: 'en' })).toEqual({ ok: true, value: null });
  });

  it('an undeclared folder can be deleted; it is gone from the list and its disposal is in the trail', async () => {
    await withFolder();
    expect(await h.dispatch('deleteShipment', { ref: REF })).toEqual({ ok: true, value: { ref: REF, files: 4 } });
    expect(await h.dispatch('listShipments', { offset: 0, limit: 10 })).toMatchObject({ ok: true, value: { total: 0 } });
    const audit = await h.dispatch('getAudit', { ref: REF }) as { ok: true; value: { action: string }[] };
    expect(audit.value.at(-1)?.action).toBe('shipment.disposed');
  });

  it('records an outage, ties a paper declaration to it and resolves it', async () => {
    await withFolder();
    expect(await h.dispatch('addOutage', { from: '2026-11-19 22:00', notice: 'TB 123/TB-CNTT' })).toMatchObject({ ok: true, value: [{ id: 1, from: '2026-11-19 22:00', declarations: [] }] });
    await h.dispatch('declareShipment', { ref: REF, number: 'GIAY-01', date: '2026-11-20', paper: true, lang: 'en' });
    expect(await h.dispatch('getOutages', {})).toMatchObject({ ok: true, value: [{ declarations: [{ ref: REF, number: 'GIAY-01', reentered: false }] }] });
    expect(await h.dispatch('resolveOutage', { ref: REF, number: '105777000111' })).toMatchObject({ ok: true, value: [{ declarations: [{ reentered: true, electronicNumber: '105777000111' }] }] });
    expect(await h.dispatch('addOutage', { from: 'yesterday' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });
});

describe('encrypted archives in the app', () => {
  it('creates one with a passphrase; reopening without it or with a wrong one is PASSPHRASE, with it works', async () => {
    await withFolder({ encrypt: true, passphrase: 'mật khẩu của khách hàng' });
    const path = h.answers.archive!;
    expect(await h.dispatch('closeArchive', {})).toMatchObject({ ok: true });
    expect(await h.dispatch('openArchive', { path, create: false })).toMatchObject({ ok: false, error: { code: 'PASSPHRASE', message: expect.stringMatching(/wrong passphrase/), messageVi: expect.stringMatching(/sai mật khẩu/) } });
    expect(await h.dispatch('openArchive', { path, create: false, passphrase: 'not it at all' })).toMatchObject({ ok: false, error: { code: 'PASSPHRASE' } });
    expect(await h.dispatch('openArchive', { path, create: false, passphrase: 'mật khẩu của khách hàng' })).toMatchObject({ ok: true, value: { shipments: 1, encrypted: true } });
    expect(existsSync(path)).toBe(true);
  });
});

describe('restore in the app', () => {
  it('restores a verified copy of a backup to a new file and opens it; refuses an existing destination', async () => {
    await withFolder();
    const backup = join(h.dir, 'backup.dossier');
    await h.archive().backup(backup);
    h.answers.archive = backup;
    // createArchive answers the same path: it exists, so nothing is overwritten.
    expect(await h.dispatch('restoreBackup', {})).toMatchObject({ ok: false, error: { code: 'INVALID', message: expect.stringMatching(/already exists/) } });
    const dialogs = [backup, join(h.dir, 'restored.dossier')];
    let i = 0;
    h.answers.archive = null;
    Object.defineProperty(h.answers, 'archive', { get: () => dialogs[i++ % 2], configurable: true });
    expect(await h.dispatch('restoreBackup', {})).toMatchObject({ ok: true, value: { name: 'restored.dossier', shipments: 1 } });
    expect(await h.dispatch('listShipments', { offset: 0, limit: 10 })).toMatchObject({ ok: true, value: { total: 1 } });
  });
});
