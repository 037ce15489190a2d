// `dossier plan` as the outside acceptance tests run it: a child process, its exit status, stdout, stderr.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
function dossier(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'dossier.mjs'), 'plan', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DOSSIER_DEBUG: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('dossier plan', () => {
  it("prints the contract's worked example as JSON with exactly its keys", () => {
    const r = dossier(['--eta', '2026-03-02', '--today', '2026-02-01', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('{"eta":"2026-03-02","processing_days":6,"permit_needed_by":"2026-02-27","file_by":"2026-02-12","status":"on_track","estimated":false}');
  });

  it('restarts from a resubmission, with --processing-days, and says how late', () => {
    const r = dossier(['--eta', '2026-03-02', '--filed', '2026-02-09', '--returned', '2026-02-12', '--resubmitted', '2026-02-24', '--processing-days', '6', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ eta: '2026-03-02', processing_days: 6, permit_needed_by: '2026-02-27', file_by: '2026-02-12', filed: '2026-02-09', expected_approval: '2026-03-04', status: 'late', late_by: 3, estimated: false });
    const ten = JSON.parse(dossier(['--eta', '2026-03-02', '--processing-days', '10', '--today', '2026-01-05', '--format', 'json']).stdout);
    expect(ten).toMatchObject({ processing_days: 10, file_by: '2026-02-06' });
  });

  it('writes text in English and Vietnamese, saying a year past the table', () => {
    const en = dossier(['--eta', '2028-03-01', '--today', '2026-02-01']);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('Permit needed by: 2028-02-29 (Tuesday)');
    expect(en.stdout).toContain('The holiday table has no rows for 2028');
    const vi = dossier(['--eta', '2026-03-02', '--today', '2026-02-13', '--lang', 'vi']);
    expect(vi.stdout).toContain('Hạn nộp hồ sơ');
    expect(vi.stdout).toContain('trễ 1 ngày làm việc');
    expect(JSON.parse(dossier(['--eta', '2028-03-01', '--format', 'json']).stdout).estimated).toBe(true);
  });

  it("counts an archive's swap days with --archive", async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { openArchive } = await import('../../electron/archive/index.ts');
    const dir = mkdtempSync(join(tmpdir(), 'dossier-plan-'));
    try {
      const path = join(dir, 'client.sqlite');
      const a = openArchive(path, { create: true });
      a.setSwapDay('2026-02-14', 'work', 'make-up Saturday');
      a.close();
      const r = dossier(['--eta', '2026-03-02', '--today', '2026-02-01', '--format', 'json', '--archive', path]);
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).file_by).toBe('2026-02-13');
      // A folder of the archive: its ETA and recorded dates.
      const b = openArchive(path);
      b.createShipment('HPH-1', 'import', '2026-03-02');
      b.addPlanEvent('HPH-1', 'filed', '2026-02-09');
      b.close();
      const folder = dossier(['--archive', path, '--ref', 'HPH-1', '--format', 'json']);
      expect(folder.status, folder.stderr).toBe(0);
      expect(JSON.parse(folder.stdout)).toMatchObject({ eta: '2026-03-02', file_by: '2026-02-13', filed: '2026-02-09', expected_approval: '2026-02-23', status: 'on_track' });
      expect(dossier(['--archive', path, '--ref', 'NOPE']).stderr).toMatch(/no shipment folder "NOPE"/);
      expect(dossier(['--ref', 'HPH-1']).stderr).toContain('--ref needs --archive');
      const missing = dossier(['--eta', '2026-03-02', '--archive', join(dir, 'nope.sqlite')]);
      expect(missing.status).toBe(2);
      expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [['--today', '2026-02-01'], '--eta is required'],
    [['--eta', '2026-02-30'], '--eta must be a day written YYYY-MM-DD'],
    [['--eta', '02/03/2026'], '--eta must be'],
    [['--eta', '2026-03-02', '--processing-days', 'six'], '--processing-days must be a whole number'],
    [['--eta', '2026-03-02', '--processing-days', '0'], '--processing-days must be a whole number'],
    [['--eta', '2026-03-02', '--returned', '2026-02-12'], '--returned and --resubmitted go together'],
    [['--eta', '2026-03-02', '--filed', '2026-02-12', '--returned', '2026-02-10', '--resubmitted', '2026-02-13'], 'before --filed'],
    [['--eta', '2026-03-02', '--returned', '2026-02-12', '--resubmitted', '2026-02-10'], 'before --returned'],
    [['--eta', '2026-03-02', '--format', 'xml'], '--format must be json or text'],
    [['--eta', '2026-03-02', '--lang', 'fr'], '--lang must be en or vi'],
    [['--eta', '2026-03-02', '--bogus'], 'Unknown option'],
  ])('exits 2 with one line for %j', (args, message) => {
    const r = dossier(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });
});
