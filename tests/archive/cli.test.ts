// `dossier archive` per the contract, in process (runArchiveCommand with captured io) and once as a real process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runArchiveCommand } from '../../electron/cli/archive-command.ts';
import { runCheckCommand } from '../../electron/cli/check-command.ts';
import { sha256Hex } from '../../electron/archive/sql.ts';
import { DEMO_ITEMS, invoiceWorkbook, packingWorkbook, toBytes } from '../../scripts/fixtures/shipment.ts';
import { tempDir } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = join(ROOT, 'seeds/demo');
const DEMO_FILES = ['--invoice', join(DEMO, 'invoice.xlsx'), '--packing-list', join(DEMO, 'packing-list.xlsx'),
  '--permit', join(DEMO, 'permit.xlsx'), '--catalogue', join(DEMO, 'catalogue.xlsx')];

async function run(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runArchiveCommand(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s.endsWith('\n') ? s : s + '\n'; } });
  return { status, stdout, stderr };
}

function expectOneLineError(r: { status: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

async function archiveWithDemo(): Promise<string> {
  const path = join(tempDir(), 'a.sqlite');
  expect((await run('init', path)).status).toBe(0);
  const r = await run('add', path, '--ref', 'HPH-2026-0117', '--eta', '2026-12-01', '--date', '2026-11-20', ...DEMO_FILES);
  expect(r).toMatchObject({ status: 0, stderr: '' });
  return path;
}

describe('dossier archive init', () => {
  it('creates an archive, and is idempotent on an existing one', async () => {
    const path = join(tempDir(), 'a.sqlite');
    expect(await run('init', path)).toMatchObject({ status: 0, stdout: expect.stringMatching(/Created archive/) });
    const before = readFileSync(path);
    expect(await run('init', path)).toMatchObject({ status: 0, stdout: expect.stringMatching(/already a dossier archive/) });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file that is not an archive, leaving it as it was', async () => {
    const path = join(tempDir(), 'x.sqlite');
    writeFileSync(path, 'hello');
    for (const cmd of [['init', path], ['list', path], ['verify', path], ['show', path, 'R'], ['backup', path, path + '.bak']]) {
      expectOneLineError(await run(...cmd), /x\.sqlite is not a dossier archive/);
    }
    expect(readFileSync(path, 'utf8')).toBe('hello');
  });

  it('refuses an archive of a newer format', async () => {
    const path = join(tempDir(), 'n.sqlite');
    await run('init', path);
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    const before = readFileSync(path);
    expectOneLineError(await run('list', path), /newer version/);
    expectOneLineError(await run('add', path, '--ref', 'R', ...DEMO_FILES), /newer version/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('dossier archive add', () => {
  it('stores the folder with the same findings as dossier check', async () => {
    const path = await archiveWithDemo();
    let checkOut = '';
    const checkStatus = await runCheckCommand([...DEMO_FILES, '--date', '2026-11-20', '--format', 'json'], { stdout: (s) => { checkOut += s; }, stderr: () => {} });
    expect(checkStatus).toBe(1);
    const check = JSON.parse(checkOut);
    const show = await run('show', path, 'HPH-2026-0117', '--format', 'json');
    expect(show.status).toBe(0);
    const j = JSON.parse(show.stdout);
    expect(j).toMatchObject({ ref: 'HPH-2026-0117', direction: 'import', eta: '2026-12-01', check_date: '2026-11-20' });
    expect(j.findings).toEqual(check.findings);
    expect(j.summary).toEqual(check.summary);
    expect(j.documents.map((d: { role: string; file: string; lines: number }) => [d.role, d.file, d.lines]))
      .toEqual(check.documents.map((d: { role: string; file: string; lines: number }) => [d.role, d.file, d.lines]));
    for (const d of j.documents) expect(d.sha256).toBe(sha256Hex(readFileSync(join(DEMO, d.file))));
    expect(j.files).toHaveLength(4);
  });

  it('exits 2 for a reference that exists, changing nothing', async () => {
    const path = await archiveWithDemo();
    const before = (await run('show', path, 'HPH-2026-0117', '--format', 'json')).stdout;
    const count = () => { const db = new Database(path, { readonly: true }); const n = db.prepare('SELECT count(*) FROM audit').pluck().get(); db.close(); return n; };
    const audit = count();
    expectOneLineError(await run('add', path, '--ref', 'HPH-2026-0117', ...DEMO_FILES), /already has a shipment folder "HPH-2026-0117"/);
    expect((await run('show', path, 'HPH-2026-0117', '--format', 'json')).stdout).toBe(before);
    expect(count()).toBe(audit);
  });

  it('exits 2 for an unreadable input as dossier check does, storing nothing', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.sqlite');
    await run('init', path);
    writeFileSync(join(dir, 'bad.xlsx'), 'this is not a spreadsheet');
    const args = ['--invoice', join(DEMO, 'invoice.xlsx'), '--packing-list', join(dir, 'bad.xlsx')];
    const r = await run('add', path, '--ref', 'R1', ...args);
    expectOneLineError(r, /bad\.xlsx/);
    let checkErr = '';
    await runCheckCommand(args, { stdout: () => {}, stderr: (s) => { checkErr += s; } });
    expect(r.stderr.trim()).toBe(checkErr.trim());
    expectOneLineError(await run('add', path, '--ref', 'R1', ...DEMO_FILES, '--attach', join(dir, 'missing.pdf')), /missing\.pdf not found/);
    expect(JSON.parse((await run('list', path, '--format', 'json')).stdout)).toEqual({ shipments: [] });
  });

  it('exits 2 on bad arguments', async () => {
    const path = join(tempDir(), 'a.sqlite');
    await run('init', path);
    expectOneLineError(await run('add', path, ...DEMO_FILES), /--ref/);
    expectOneLineError(await run('add', path, '--ref', 'R', '--invoice', join(DEMO, 'invoice.xlsx')), /--packing-list/);
    expectOneLineError(await run('add', path, '--ref', 'R', '--direction', 'sideways', ...DEMO_FILES), /--direction must be import or export/);
    expectOneLineError(await run('add', path, '--ref', 'R', '--date', '20/11/2026', ...DEMO_FILES), /--date/);
    expectOneLineError(await run('add', path, '--ref', 'R', '--bogus', ...DEMO_FILES), /bogus/);
    expectOneLineError(await run('add', path, '--ref', 'R', ...DEMO_FILES, 'stray.txt'), /unexpected argument "stray\.txt"/);
    expectOneLineError(await run('add', join(tempDir(), 'none.sqlite'), '--ref', 'R', ...DEMO_FILES), /does not exist/);
    expectOneLineError(await run('frobnicate', path), /not an archive command/);
    expectOneLineError(await run('show', path), /missing REF/);
    expectOneLineError(await run('show', path, 'NOPE'), /no shipment folder "NOPE"/);
    expectOneLineError(await run('list', path, '--format', 'xml'), /--format must be text or json/);
  });

  it('stores --attach files, given one per flag or several after one flag', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.sqlite');
    await run('init', path);
    for (const n of ['a.pdf', 'b.pdf', 'c.pdf']) writeFileSync(join(dir, n), `bytes of ${n}`);
    const r = await run('add', path, '--ref', 'R', ...DEMO_FILES, '--attach', join(dir, 'a.pdf'), join(dir, 'b.pdf'), '--attach', join(dir, 'c.pdf'));
    expect(r.status).toBe(0);
    const j = JSON.parse((await run('show', path, 'R', '--format', 'json')).stdout);
    expect(j.files.filter((f: { role: string | null }) => f.role === null).map((f: { name: string }) => f.name)).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
  });
});

describe('dossier archive list, show, export, verify, backup', () => {
  it('lists as JSON and as a table, with accent-insensitive queries', async () => {
    const path = await archiveWithDemo();
    const dir = tempDir();
    const items = DEMO_ITEMS.map((it, i) => (i === 0 ? { ...it, model: 'TL-900', description: 'Thiết bị tường lửa Đồng Nai' } : it));
    writeFileSync(join(dir, 'inv.xlsx'), toBytes(invoiceWorkbook(items)));
    writeFileSync(join(dir, 'pl.xlsx'), toBytes(packingWorkbook(items)));
    expect((await run('add', path, '--ref', 'SGN-2', '--direction', 'export', '--invoice', join(dir, 'inv.xlsx'), '--packing-list', join(dir, 'pl.xlsx'))).status).toBe(0);

    const all = JSON.parse((await run('list', path, '--format', 'json')).stdout);
    expect(all.shipments.map((s: { ref: string }) => s.ref)).toEqual(['SGN-2', 'HPH-2026-0117']);
    expect(all.shipments[1]).toMatchObject({ ref: 'HPH-2026-0117', direction: 'import', errors: 5, warnings: 3, created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const q = async (text: string) => JSON.parse((await run('list', path, '--query', text, '--format', 'json')).stdout).shipments.map((s: { ref: string }) => s.ref);
    expect(await q('thiet bi dong nai')).toEqual(['SGN-2']);
    // The demo permit names its firewalls "Thiết bị tường lửa …" too.
    expect(await q('tường lửa')).toEqual(['SGN-2', 'HPH-2026-0117']);
    expect(await q('tường lửa đồng nai')).toEqual(['SGN-2']);
    expect(await q('8523.51.11')).toEqual(['SGN-2', 'HPH-2026-0117']);
    expect(await q('85235111')).toEqual(['SGN-2', 'HPH-2026-0117']);
    expect(await q('HSM-K7')).toEqual(['SGN-2', 'HPH-2026-0117']);
    expect(await q('SG-INV-2026-1187')).toEqual(['SGN-2', 'HPH-2026-0117']);
    expect(await q('permit.xlsx')).toEqual(['HPH-2026-0117']);
    expect(await q('HPH')).toEqual(['HPH-2026-0117']);
    expect(await q('no-such-thing')).toEqual([]);
    const text = await run('list', path);
    expect(text.stdout).toMatch(/^REF\s+DIRECTION\s+ETA/);
    expect(text.stdout).toMatch(/HPH-2026-0117\s+import\s+2026-12-01/);
  });

  it('shows a readable text report', async () => {
    const path = await archiveWithDemo();
    const r = await run('show', path, 'HPH-2026-0117');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Shipment folder HPH-2026-0117/);
    expect(r.stdout).toMatch(/invoice\s+invoice\.xlsx\s+Invoice\s+6/);
    expect(r.stdout).toMatch(/ERROR\s+QUANTITY_MISMATCH\s+SG-100F/);
    expect(r.stdout).toMatch(/Summary: 5 error\(s\), 3 warning\(s\)/);
    expect((await run('show', path, 'HPH-2026-0117', '--lang', 'vi')).stdout).toMatch(/Hóa đơn thương mại ghi 20/);
  });

  it('states archive errors in the language --lang asks for, where the command takes one', async () => {
    const path = await archiveWithDemo();
    expectOneLineError(await run('show', path, 'NO-SUCH-REF'), /There is no shipment folder "NO-SUCH-REF"/);
    expectOneLineError(await run('show', path, 'NO-SUCH-REF', '--lang', 'vi'), /Kho hồ sơ này không có thư mục lô hàng "NO-SUCH-REF"/);
    const out = join(tempDir(), 'bundle');
    expectOneLineError(await run('export', path, 'NO-SUCH-REF', '--out', out, '--lang', 'vi'), /không có thư mục lô hàng "NO-SUCH-REF"/);
  });

  it('exports the files byte for byte with a manifest and a report, as a BagIt bag', async () => {
    const path = await archiveWithDemo();
    const out = join(tempDir(), 'bundle');
    expect((await run('export', path, 'HPH-2026-0117', '--out', out)).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['bag-info.txt', 'bagit.txt', 'data', 'manifest-sha256.txt', 'tagmanifest-sha256.txt']);
    const data = join(out, 'data');
    expect(readdirSync(data).sort()).toEqual(['catalogue.xlsx', 'invoice.xlsx', 'manifest.json', 'packing-list.xlsx', 'permit.xlsx', 'report.pdf', 'report.txt']);
    // The PDF discrepancy report, listed in the bag's manifest like every payload file.
    expect(readFileSync(join(data, 'report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readFileSync(join(out, 'manifest-sha256.txt'), 'utf8')).toMatch(new RegExp(`^${sha256Hex(readFileSync(join(data, 'report.pdf')))}  data/report\\.pdf$`, 'm'));
    for (const f of ['invoice.xlsx', 'packing-list.xlsx', 'permit.xlsx', 'catalogue.xlsx']) {
      expect(readFileSync(join(data, f)).equals(readFileSync(join(DEMO, f)))).toBe(true);
    }
    const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8'));
    expect(manifest.files).toContainEqual({ name: 'invoice.xlsx', original_name: 'invoice.xlsx', role: 'invoice', sha256: sha256Hex(readFileSync(join(DEMO, 'invoice.xlsx'))), bytes: readFileSync(join(DEMO, 'invoice.xlsx')).length });
    expect(manifest.findings).toHaveLength(13);
    expect(readFileSync(join(data, 'report.txt'), 'utf8')).toMatch(/QUANTITY_MISMATCH/);
    expectOneLineError(await run('export', path, 'HPH-2026-0117', '--out', out), /not empty/);
    expectOneLineError(await run('export', path, 'HPH-2026-0117'), /--out/);
  });

  it('verifies: 0 when all holds, 1 with one line per problem', async () => {
    const path = await archiveWithDemo();
    expect((await run('verify', path)).status).toBe(0);
    const db = new Database(path);
    db.prepare(`UPDATE files SET content = zeroblob(10) WHERE rowid = 1`).run();
    db.exec('DROP TRIGGER audit_no_update');
    db.prepare(`UPDATE audit SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 1`).run();
    db.close();
    const r = await run('verify', path);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/HPH-2026-0117\/invoice\.xlsx .*no longer matches its SHA-256/);
    expect(lines[1]).toMatch(/trigger audit_no_update/);
    expect(lines[2]).toMatch(/audit entry 1 .*hash chain/);
  });

  it('backs up to a file that verifies and holds the same folders', async () => {
    const path = await archiveWithDemo();
    const dest = join(tempDir(), 'copy.sqlite');
    expect((await run('backup', path, dest)).status).toBe(0);
    expect((await run('verify', dest)).status).toBe(0);
    expect((await run('show', dest, 'HPH-2026-0117', '--format', 'json')).stdout).toBe((await run('show', path, 'HPH-2026-0117', '--format', 'json')).stdout);
    expectOneLineError(await run('backup', path, dest), /already exists/);
    expectOneLineError(await run('backup', path, join(tempDir(), 'no/such/dir/x.sqlite')), /does not exist/);
  });
});

describe('as a real process (node bin/dossier.mjs)', () => {
  it('exits 0, 2 and 1 as the contract says, with one stderr line and no stack trace', () => {
    const dir = tempDir();
    const path = join(dir, 'p.sqlite');
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/dossier.mjs'), 'archive', ...args], { encoding: 'utf8' });
    expect(cli('init', path).status).toBe(0);
    expect(cli('add', path, '--ref', 'P-1', '--date', '2026-11-20', ...DEMO_FILES).status).toBe(0);
    const dup = cli('add', path, '--ref', 'P-1', ...DEMO_FILES);
    expect(dup.status).toBe(2);
    expect(dup.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(cli('verify', path).status).toBe(0);
    const db = new Database(path);
    db.prepare(`UPDATE files SET content = x'00' WHERE rowid = 2`).run();
    db.close();
    const v = cli('verify', path);
    expect(v.status).toBe(1);
    expect(v.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(path + '-wal')).toBe(false);
  });
});
