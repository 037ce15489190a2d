// Item 10b of issue 8: killed `backup`/`init` runs leave hidden temporary files; the next run removes the stale
// ones — only ours (by name), only when their process is gone (or they are over a day old), never anything else.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../electron/archive/index.ts';
import { sweepStaleTemp, tempPath } from '../../electron/archive/temp-files.ts';
import { shipment, tempDir } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dossier = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/dossier.mjs'), ...args], { encoding: 'utf8' });

/** The pid of a process that has exited: a run that was killed. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(r.stdout.trim());
}

const hidden = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.')).sort();

describe('stale temporary files', () => {
  it('removes ours whose process is gone or that are over a day old, and nothing else', () => {
    const dir = tempDir();
    const dead = deadPid();
    const ours = basename(tempPath(dir, 'x', 'backup')); // this process, with its host part
    const files = {
      killedBackup: `.client.sqlite.backup-${dead}-1764720000000`, // older builds wrote no host part
      killedInit: `.client.sqlite.init-${dead}-1764720000000`,
      killedInitJournal: `.client.sqlite.init-${dead}-1764720000000-journal`,
      running: `.client.sqlite.backup-${process.pid}-1764720000000`,
      runningHere: ours,
      otherMachineFresh: `.client.sqlite.backup-0badc0de-${dead}-1764720000000`,
      otherMachineOld: `.client.sqlite.backup-0badc0de-${dead}-1764000000000`,
      notOurs: `.client.sqlite.backup-notes`,
      userFile: 'client.sqlite.backup-1-2',
    };
    for (const name of Object.values(files)) writeFileSync(join(dir, name), 'x');
    const twoDaysAgo = (Date.now() - 2 * 86_400_000) / 1000;
    utimesSync(join(dir, files.otherMachineOld), twoDaysAgo, twoDaysAgo);
    expect(sweepStaleTemp(dir).sort()).toEqual([files.killedBackup, files.killedInit, files.killedInitJournal, files.otherMachineOld].sort());
    expect(readdirSync(dir).sort()).toEqual([files.running, files.runningHere, files.otherMachineFresh, files.notOurs, files.userFile].sort());
  });

  it('a backup killed with SIGKILL leaves its copy; the next backup removes it (CLI)', async () => {
    const dir = tempDir();
    const path = join(dir, 'client.sqlite');
    const a = openArchive(path, { create: true });
    const s = shipment('HPH-1');
    // Big enough that the copy takes a while: three 40 MB scans.
    a.addShipment({ ...s, attachments: [0, 1, 2].map((i) => ({ name: `scan-${i}.pdf`, bytes: randomBytes(40 * 1024 * 1024) })) });
    a.close();
    const dest = join(dir, 'backups');
    spawnSync('mkdir', [dest]);

    let left: string[] = [];
    for (let attempt = 0; attempt < 5 && left.length === 0; attempt++) {
      const child = spawn(process.execPath, [join(ROOT, 'bin/dossier.mjs'), 'archive', 'backup', path, join(dest, `b${attempt}.sqlite`)], { stdio: 'ignore' });
      // Killed as soon as its temporary copy appears (the backup under way).
      await new Promise<void>((done) => {
        const poll = setInterval(() => {
          if (hidden(dest).some((n) => n.includes('.backup-'))) { child.kill('SIGKILL'); clearInterval(poll); }
        }, 2);
        child.once('exit', () => { clearInterval(poll); done(); });
      });
      left = hidden(dest);
    }
    expect(left.length, 'a killed backup left its temporary copy').toBeGreaterThan(0);
    expect(left.every((n) => /^\.b\d\.sqlite\.backup-[0-9a-f]{8}-\d+-\d+(-journal)?$/.test(n))).toBe(true);

    const r = dossier('archive', 'backup', path, join(dest, 'good.sqlite'));
    expect(r.status, r.stderr).toBe(0);
    expect(hidden(dest)).toEqual([]);
    expect(readdirSync(dest).filter((n) => n.endsWith('.sqlite'))).toContain('good.sqlite');
    expect(dossier('archive', 'verify', join(dest, 'good.sqlite')).status).toBe(0);
  }, 60_000);

  it('init removes what a killed init left beside the archive (CLI)', () => {
    const dir = tempDir();
    const left = `.client.sqlite.init-${deadPid()}-1764720000000`;
    writeFileSync(join(dir, left), 'half an archive');
    writeFileSync(join(dir, `${left}-journal`), 'x');
    const r = dossier('archive', 'init', join(dir, 'client.sqlite'));
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(dir, left))).toBe(false);
    expect(readdirSync(dir)).toEqual(['client.sqlite']);
  });
});
