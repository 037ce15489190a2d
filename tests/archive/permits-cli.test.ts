// `dossier archive permits`, `add --permit-number`, `cancel`, `permit-adjust` per the contract (revision 2), on the demo files.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runArchiveCommand } from '../../electron/cli/archive-command.ts';
import { migrate } from '../../electron/archive/migrations/index.ts';
import { openArchive } from '../../electron/archive/index.ts';
import { insertDocument } from '../../electron/archive/documents.ts';
import Database from 'better-sqlite3';
import { tempDir } from './helpers.ts';
import { permitFile, invoiceFile } from './permit-fixtures.ts';

const DEMO = join(resolve(import.meta.dirname, '../..'), 'seeds/demo');
const BASE = ['--invoice', join(DEMO, 'invoice.xlsx'), '--packing-list', join(DEMO, 'packing-list.xlsx'), '--date', '2026-11-20'];
const NUMBER = '245/2026/GP-BCY';

async function run(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runArchiveCommand(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s.endsWith('\n') ? s : s + '\n'; } });
  return { status, stdout, stderr };
}

async function twoFolders(): Promise<string> {
  const path = join(tempDir(), 'a.sqlite');
  await run('init', path);
  expect((await run('add', path, '--ref', 'HPH-1', ...BASE, '--permit', join(DEMO, 'permit.xlsx'))).status).toBe(0);
  const second = await run('add', path, '--ref', 'HPH-2', ...BASE, '--permit-number', NUMBER);
  expect(second).toMatchObject({ status: 0, stderr: '' });
  return path;
}

describe('dossier archive permits', () => {
  it('prints the contract JSON: each line permitted / used / remaining with the folders that drew it', async () => {
    const path = await twoFolders();
    const r = await run('permits', path, '--format', 'json');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.permits).toHaveLength(1);
    const p = j.permits[0];
    expect(Object.keys(p).slice(0, 6)).toEqual(['number', 'direction', 'licensee', 'issue_date', 'valid_until', 'lines']);
    expect(p).toMatchObject({ number: NUMBER, direction: 'import', licensee: 'CÔNG TY TNHH GIẢI PHÁP AN NINH MẠNG VIỆT', issue_date: '2026-10-15', valid_until: '2027-10-14' });
    expect(Object.keys(p.lines[0]).slice(0, 7)).toEqual(['model', 'hs_code', 'unit', 'permitted', 'used', 'remaining', 'shipments']);
    expect(p.lines.map((l: { model: string; permitted: number; used: number; remaining: number }) => [l.model, l.permitted, l.used, l.remaining])).toEqual([
      ['SG-100F', 20, 40, -20], ['SG-60F', 10, 20, -10], ['VPN-GW-2000', 5, 10, -5], ['HSM-K7', 1, 4, -3]]);
    expect(p.lines[0].shipments).toEqual([{ ref: 'HPH-1', quantity: 20 }, { ref: 'HPH-2', quantity: 20 }]);
    // The second folder carries the over-draw, naming the first.
    const show = JSON.parse((await run('show', path, 'HPH-2', '--format', 'json')).stdout);
    const over = show.findings.filter((f: { code: string }) => f.code === 'PERMIT_BALANCE_EXCEEDED');
    expect(over).toHaveLength(4);
    expect(over[0].message).toBe('Permit 245/2026/GP-BCY allows 20 PCE of SG-100F: already drawn by HPH-1 (20); this folder\'s 20 brings the total to 40, 20 over.');
    const vi = JSON.parse((await run('show', path, 'HPH-2', '--format', 'json', '--lang', 'vi')).stdout);
    expect(vi.findings.find((f: { code: string }) => f.code === 'PERMIT_BALANCE_EXCEEDED').message)
      .toBe('Giấy phép 245/2026/GP-BCY cho phép 20 PCE SG-100F: đã trừ cho HPH-1 (20); lô này 20 nâng tổng lên 40, vượt 20.');
  });

  it('NUMBER picks one permit; --expiring-within counts from DOSSIER_CHECK_DATE; text names over-drawn lines', async () => {
    const path = await twoFolders();
    const one = JSON.parse((await run('permits', path, NUMBER, '--format', 'json')).stdout);
    expect(one.permits.map((p: { number: string }) => p.number)).toEqual([NUMBER]);
    const old = process.env.DOSSIER_CHECK_DATE;
    try {
      process.env.DOSSIER_CHECK_DATE = '2027-09-20';
      expect(JSON.parse((await run('permits', path, '--expiring-within', '30', '--format', 'json')).stdout).permits).toHaveLength(1);
      expect(JSON.parse((await run('permits', path, '--expiring-within', '10', '--format', 'json')).stdout).permits).toHaveLength(0);
      const text = (await run('permits', path)).stdout;
      expect(text).toMatch(/245\/2026\/GP-BCY — import, .* valid until 2027-10-14 \(24 days left\)/);
      expect(text).toMatch(/SG-100F .* -20 OVER-DRAWN +HPH-1 \(20\), HPH-2 \(20\)/);
    } finally {
      if (old === undefined) delete process.env.DOSSIER_CHECK_DATE; else process.env.DOSSIER_CHECK_DATE = old;
    }
    const r = await run('permits', path, '999/GP', '--format', 'json');
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('add --permit-number with an unknown number: exit 2, one line, nothing stored', async () => {
    const path = join(tempDir(), 'a.sqlite');
    await run('init', path);
    const r = await run('add', path, '--ref', 'X', ...BASE, '--permit-number', '1/NOPE');
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([`dossier: ${path} has no permit numbered "1/NOPE" in its register: add a folder with the permit file first (nothing was changed).`]);
    expect(JSON.parse((await run('list', path, '--format', 'json')).stdout).shipments).toEqual([]);
    const both = await run('add', path, '--ref', 'X', ...BASE, '--permit-number', NUMBER, '--permit', join(DEMO, 'permit.xlsx'));
    expect(both.status).toBe(2);
  });

  it('cancel releases a folder\'s draw; permit-adjust records goods declared elsewhere; verify still holds', async () => {
    const path = await twoFolders();
    expect((await run('cancel', path, 'HPH-1')).status).toBe(2);
    expect((await run('cancel', path, 'HPH-1', '--note', 'order withdrawn')).status).toBe(0);
    expect((await run('permit-adjust', path, NUMBER, '--model', 'SG-100F', '--quantity', '3', '--note', 'TK 10581234567, Hải Phòng')).status).toBe(0);
    expect((await run('permit-adjust', path, NUMBER, '--model', 'SG-100F', '--quantity', 'lots', '--note', 'x')).status).toBe(2);
    const p = JSON.parse((await run('permits', path, '--format', 'json')).stdout).permits[0];
    expect(p.lines[0]).toMatchObject({ used: 23, remaining: -3, shipments: [{ ref: 'HPH-2', quantity: 20 }] });
    expect(p.lines[1]).toMatchObject({ used: 10, remaining: 0 });
    expect((await run('verify', path)).status).toBe(0);
  });
});

describe('migration 004 permits', () => {
  it('registers the permits that folders of a schema-3 archive hold, with their draws', () => {
    const path = join(tempDir(), 'm.sqlite');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    migrate(db, { to: 3 });
    const permit = permitFile('77/GP-BCY', [{ model: 'SRX300', qty: 10 }]);
    for (const [id, ref, qty] of [[1, 'OLD-1', 6], [2, 'OLD-2', 6]] as const) {
      db.prepare(`INSERT INTO shipments (id, ref, direction, created_at) VALUES (?, ?, 'import', '2025-01-01T00:00:00Z')`).run(id, ref);
      const inv = invoiceFile(ref, [{ model: 'SRX300', qty }]);
      for (const d of [inv, permit]) {
        db.prepare(`INSERT INTO files (sha256, size, stored_at, content) VALUES (?, ?, 'then', ?) ON CONFLICT DO NOTHING`).run(`${d.role}${id}`.padEnd(64, '0'), d.bytes.length, Buffer.from(d.bytes));
        insertDocument(db, id, d.role, d.name, `${d.role}${id}`.padEnd(64, '0'), d.parsed);
      }
    }
    db.close();
    const a = openArchive(path);
    const [p] = a.listPermits();
    expect(p).toMatchObject({ number: '77/GP-BCY', registeredBy: 'OLD-1' });
    expect(p.lines[0]).toMatchObject({ permitted: 10, used: 12, remaining: -2, shipments: [{ ref: 'OLD-1', quantity: 6 }, { ref: 'OLD-2', quantity: 6 }] });
    expect(a.getShipment('OLD-2').findings.map((f) => f.code)).toEqual(['PERMIT_BALANCE_EXCEEDED']);
    a.close();
  });
});
