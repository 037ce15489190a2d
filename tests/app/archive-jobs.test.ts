// Verify and BagIt export from the app (issue 14, item 6): in the archive worker, progress polled through
// getArchiveJob, the result in the audit trail; the periodic fixity check on open, with an injected clock.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ARCHIVE_WORKER_ENTRY, DEMO, demoBytes, harness } from './support.ts';
import { createArchiveWorker, CANCELLED } from '../../electron/archive-worker/runner.ts';
import { loadControlledLists } from '../../electron/reference/controlled-lists.ts';
import { fixityDue } from '../../electron/archive/fixity.ts';
import { runArchiveJob } from '../../electron/archive-worker/run.ts';
import type { ArchiveJobView } from '../../shared/ipc/contract.ts';
import { problemVi } from '../../renderer/src/i18n/verify-problems.ts';

const REF = 'HPH-2026-0117';
let h: ReturnType<typeof harness>;
afterEach(() => h?.dispose());

async function withFolders(refs = [REF]) {
  h = harness();
  expect(await h.open(true)).toMatchObject({ ok: true });
  for (const ref of refs) {
    expect(await h.dispatch('createShipment', { ref, direction: 'import' })).toMatchObject({ ok: true });
    for (const [role, file] of DEMO) expect(await h.dispatch('importDocument', { ref, role, file, bytes: demoBytes(file), remember: false })).toMatchObject({ ok: true });
  }
}

/** Polls as the renderer does, until the job is no longer running. */
async function settle(id: number): Promise<ArchiveJobView> {
  for (;;) {
    const r = await h.dispatch('getArchiveJob', { id }) as { ok: true; value: ArchiveJobView };
    expect(r.ok).toBe(true);
    if (r.value.state !== 'running') return r.value;
    await new Promise((ok) => setTimeout(ok, 20));
  }
}

const auditOf = async (action: string) => ((await h.dispatch('getAudit', {})) as { value: { action: string; ref?: string; detail: string }[] }).value.filter((e) => e.action === action);

describe('the fixity check is due', () => {
  it('when never made or older than 30 days, never for an empty archive', () => {
    expect(fixityDue(undefined, '2026-11-20', 4)).toBe(true);
    expect(fixityDue({ day: '2026-10-21' }, '2026-11-20', 4)).toBe(false); // 30 days: not older than 30
    expect(fixityDue({ day: '2026-10-20' }, '2026-11-20', 4)).toBe(true);
    expect(fixityDue({ day: '2026-11-20' }, '2026-11-20', 4)).toBe(false);
    expect(fixityDue(undefined, '2026-11-20', 0)).toBe(false);
    expect(fixityDue({ day: 'garbled' }, '2026-11-20', 4)).toBe(true);
  });
});

describe('verify in the app', () => {
  it('reports progress per stored file, then the result, recorded in the audit trail as the check day', async () => {
    await withFolders();
    const path = h.archive().path;
    const calls: [number, number][] = [];
    const out = runArchiveJob({ path }, { kind: 'verify' }, (done, total) => calls.push([done, total]));
    expect(calls).toEqual([[0, 4], [1, 4], [2, 4], [3, 4], [4, 4]]);
    expect(out).toEqual({ kind: 'verify', files: 4, problems: [] });

    const started = await h.dispatch('verifyArchive', {}) as { ok: true; value: ArchiveJobView };
    expect(started.value).toMatchObject({ kind: 'verify', trigger: 'user', state: 'running' });
    const done = await settle(started.value.id);
    expect(done).toMatchObject({ state: 'done', done: 4, total: 4, files: 4, problems: [], recorded: true, day: '2026-11-20' });
    const [entry] = await auditOf('archive.verified');
    expect(JSON.parse(entry.detail)).toEqual({ day: '2026-11-20', files: 4, problems: 0, first: [], trigger: 'user' });
    // The trail with its new entry still verifies (the entry is chained like any other).
    expect(await settle((await h.dispatch('verifyArchive', {}) as { value: ArchiveJobView }).value.id)).toMatchObject({ problems: [] });
  });

  it('verifies an encrypted archive with the passphrase it was opened with', async () => {
    h = harness();
    await h.dispatch('pickArchiveToCreate', {});
    expect(await h.dispatch('openArchive', { path: h.answers.archive, create: true, encrypt: true, passphrase: 'mật khẩu của khách hàng' })).toMatchObject({ ok: true });
    await h.dispatch('createShipment', { ref: REF, direction: 'import' });
    await h.dispatch('importDocument', { ref: REF, role: 'invoice', file: 'invoice.xlsx', bytes: demoBytes('invoice.xlsx'), remember: false });
    const done = await settle((await h.dispatch('verifyArchive', {}) as { value: ArchiveJobView }).value.id);
    expect(done).toMatchObject({ state: 'done', files: 1, problems: [], recorded: true });
  });

  it('names the folder and file whose bytes changed', async () => {
    await withFolders();
    const path = h.archive().path;
    const db = new Database(path);
    const sha = db.prepare(`SELECT sha256 FROM shipment_files WHERE name = 'invoice.xlsx'`).pluck().get() as string;
    db.prepare(`UPDATE files SET content = x'00' || substr(content, 2) WHERE sha256 = ?`).run(sha);
    db.close();
    const done = await settle((await h.dispatch('verifyArchive', {}) as { value: ArchiveJobView }).value.id);
    expect(done.state).toBe('done');
    // Each sentence starts at what is wrong (the top bar names the archive), and reads in Vietnamese too.
    const bad = `stored file ${REF}/invoice.xlsx (SHA-256 ${sha}) no longer matches its SHA-256: restore the archive from a backup.`;
    expect(done.problems).toContain(bad);
    expect(problemVi(bad)).toBe(`tệp đã lưu ${REF}/invoice.xlsx (SHA-256 ${sha}) không còn khớp với mã SHA-256 của nó: hãy khôi phục kho hồ sơ từ bản sao lưu.`);
    for (const p of done.problems!) expect(p.startsWith('/')).toBe(false);
    expect(JSON.parse((await auditOf('archive.verified'))[0].detail)).toMatchObject({ problems: done.problems!.length });
  });
});

describe('the periodic fixity check on open', () => {
  it('runs on opening when none was made, not again within 30 days, again 31 days later', async () => {
    await withFolders();
    await h.dispatch('closeArchive', {});
    const first = await h.open(false) as { ok: true; value: { fixityJob?: number } };
    expect(first.value.fixityJob).toBeGreaterThan(0);
    expect(await settle(first.value.fixityJob!)).toMatchObject({ trigger: 'periodic', state: 'done', files: 4, problems: [], recorded: true });
    await h.dispatch('closeArchive', {});
    h.setToday('2026-12-20'); // 30 days on: not due
    expect((await h.open(false) as { value: { fixityJob?: number } }).value.fixityJob).toBeUndefined();
    await h.dispatch('closeArchive', {});
    h.setToday('2026-12-21');
    const again = await h.open(false) as { value: { fixityJob?: number } };
    expect(again.value.fixityJob).toBeGreaterThan(0);
    expect(await settle(again.value.fixityJob!)).toMatchObject({ day: '2026-12-21', state: 'done' });
    expect((await auditOf('archive.verified')).map((e) => JSON.parse(e.detail).day)).toEqual(['2026-11-20', '2026-12-21']);
  });

  it('a new, empty archive has nothing to check', async () => {
    h = harness();
    expect(await h.open(true)).toMatchObject({ ok: true, value: expect.not.objectContaining({ fixityJob: expect.anything() }) });
  });
});

describe('BagIt export from the app', () => {
  it('exports several folders into one bag with progress, each folder audited', async () => {
    await withFolders([REF, 'HPH-2026-0118']);
    const out = join(h.dir, 'bags', 'two');
    h.answers.exportTo = out;
    const started = await h.dispatch('exportBags', { refs: [REF, 'HPH-2026-0118'], lang: 'vi' }) as { ok: true; value: ArchiveJobView };
    const done = await settle(started.value.id);
    expect(done).toMatchObject({ kind: 'export', state: 'done', dir: out, refs: [REF, 'HPH-2026-0118'], files: 8, done: 8, total: 8, recorded: true });
    expect(readdirSync(join(out, 'data')).sort()).toEqual([REF, 'HPH-2026-0118']);
    expect(readdirSync(join(out, 'data', REF))).toEqual(expect.arrayContaining(['invoice.xlsx', 'manifest.json', 'report.pdf', 'report.txt']));
    expect(readFileSync(join(out, 'bag-info.txt'), 'utf8')).toContain(`External-Identifier: HPH-2026-0118`);
    expect((await auditOf('bag.exported')).map((e) => e.ref)).toEqual([REF, 'HPH-2026-0118']);
  });

  it('reports progress per stored file written; a cancelled export leaves neither the bag nor its hidden work folder', async () => {
    await withFolders();
    const path = h.archive().path;
    const lists = loadControlledLists(join(h.dir, 'none'));
    const job = { kind: 'export' as const, refs: [REF], outDir: join(h.dir, 'p'), lang: 'en' as const, now: '2026-11-20T12:00:00Z', lists };
    const calls: [number, number][] = [];
    runArchiveJob({ path }, job, (done, total) => calls.push([done, total]));
    expect(calls).toEqual([[0, 4], [1, 4], [2, 4], [3, 4], [4, 4]]);

    const slow = createArchiveWorker({ entry: ARCHIVE_WORKER_ENTRY, testHooks: { msPerFile: 400 } });
    const seen: number[] = [];
    const outDir = join(h.dir, 'cancelled');
    const running = slow.start({ path }, { ...job, outDir }, (done) => { seen.push(done); if (done === 1) running.cancel(); });
    await expect(running.done).rejects.toThrow(CANCELLED);
    expect(seen).not.toContain(4);
    expect(existsSync(outDir)).toBe(false);
    expect(readdirSync(h.dir).filter((n) => n.startsWith('.cancelled'))).toEqual([]);
  });

  it('"all folders due" says when none is due; a cancelled dialog starts nothing', async () => {
    await withFolders();
    h.answers.exportTo = join(h.dir, 'never');
    expect(await h.dispatch('exportBags', { which: 'due', lang: 'en' })).toMatchObject({ ok: false, error: { code: 'INVALID', message: 'No folder is due for disposal yet: nothing to export.' } });
    await h.dispatch('declareShipment', { ref: REF, number: '105123456789', date: '2020-01-02', paper: false, lang: 'en' });
    h.answers.exportTo = null;
    expect(await h.dispatch('exportBags', { which: 'due', lang: 'en' })).toEqual({ ok: true, value: null });
    h.answers.exportTo = join(h.dir, 'due');
    const done = await settle((await h.dispatch('exportBags', { which: 'due', lang: 'en' }) as { value: ArchiveJobView }).value.id);
    expect(done).toMatchObject({ state: 'done', refs: [REF] });
    expect(existsSync(join(h.dir, 'never'))).toBe(false);
  });

  it('the shipments list carries keep-until, due folders flagged', async () => {
    await withFolders([REF, 'HPH-2026-0118']);
    await h.dispatch('declareShipment', { ref: REF, number: '105123456789', date: '2020-01-02', paper: false, lang: 'en' });
    await h.dispatch('declareShipment', { ref: 'HPH-2026-0118', number: '105123456790', date: '2026-11-19', paper: false, lang: 'en' });
    const list = await h.dispatch('listShipments', { offset: 0, limit: 10 }) as { value: { shipments: { ref: string; keepUntil?: string; retentionDue?: boolean }[] } };
    const byRef = Object.fromEntries(list.value.shipments.map((s) => [s.ref, s]));
    expect(byRef[REF]).toMatchObject({ keepUntil: '2025-01-02', retentionDue: true });
    expect(byRef['HPH-2026-0118']).toMatchObject({ keepUntil: '2031-11-19' });
    expect(byRef['HPH-2026-0118'].retentionDue).toBeUndefined();
  });
});

describe('IPC validation of the new channels', () => {
  it('refuses malformed requests before any handler runs', async () => {
    h = harness();
    expect(await h.dispatch('exportBags', { which: 'everything', lang: 'en' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await h.dispatch('exportBags', { refs: [], lang: 'en' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await h.dispatch('exportBags', { refs: [REF], which: 'due', lang: 'en' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await h.dispatch('getArchiveJob', { id: 0 })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await h.dispatch('verifyArchive', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await h.dispatch('getArchiveJob', { id: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
