// `archive show` names the folder's permit (revision 2 adds keys beyond the contract's, as `declaration`): its
// number, how the folder uses it, and the permit's over-drawn lines, in text and JSON, in both languages.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runArchiveCommand } from '../../electron/cli/archive-command.ts';
import { tempDir } from './helpers.ts';

const DEMO = join(resolve(import.meta.dirname, '../..'), 'seeds/demo');
const BASE = ['--invoice', join(DEMO, 'invoice.xlsx'), '--packing-list', join(DEMO, 'packing-list.xlsx'), '--date', '2026-11-20'];
const NUMBER = '245/2026/GP-BCY';

async function run(...args: string[]): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const status = await runArchiveCommand(args, { stdout: (s) => { stdout += s; }, stderr: () => {} });
  return { status, stdout };
}

describe('archive show names the permit', () => {
  it('a lone folder within its permit: the number, no short line; a second folder: both folders see the balance exceeded', async () => {
    const path = join(tempDir(), 's.sqlite');
    await run('init', path);
    expect((await run('add', path, '--ref', 'HPH-1', ...BASE, '--permit', join(DEMO, 'permit.xlsx'))).status).toBe(0);
    const one = JSON.parse((await run('show', path, 'HPH-1', '--format', 'json')).stdout);
    // The demo invoice draws exactly what the permit allows of SG-100F, SG-60F, VPN-GW-2000; HSM-K7 2 of 1.
    expect(one.permit).toEqual({ number: NUMBER, via: 'file', cancelled: false, over_drawn: [{ model: 'HSM-K7', unit: 'PCE', permitted: 1, used: 2, remaining: -1 }] });
    expect((await run('show', path, 'HPH-1')).stdout).toMatch(/\nPermit: +245\/2026\/GP-BCY \(from this folder's permit file\); balance exceeded: HSM-K7 1 PCE permitted, 2 drawn, 1 over\n/);

    expect((await run('add', path, '--ref', 'HPH-2', ...BASE, '--permit-number', NUMBER)).status).toBe(0);
    const two = JSON.parse((await run('show', path, 'HPH-2', '--format', 'json')).stdout);
    expect(two.permit).toMatchObject({ number: NUMBER, via: 'number', cancelled: false });
    expect(two.permit.over_drawn.map((l: { model: string; remaining: number }) => [l.model, l.remaining])).toEqual([['SG-100F', -20], ['SG-60F', -10], ['VPN-GW-2000', -5], ['HSM-K7', -3]]);
    const vi = (await run('show', path, 'HPH-1', '--lang', 'vi')).stdout;
    expect(vi).toMatch(/\nGiấy phép: +245\/2026\/GP-BCY \(theo tệp giấy phép của lô này\); vượt số lượng còn lại: SG-100F được phép 20 PCE, đã trừ 40, vượt 20;/);

    expect((await run('cancel', path, 'HPH-2', '--note', 'order withdrawn')).status).toBe(0);
    const cancelled = JSON.parse((await run('show', path, 'HPH-2', '--format', 'json')).stdout);
    expect(cancelled.permit).toMatchObject({ cancelled: true, over_drawn: [{ model: 'HSM-K7', remaining: -1 }] });
    expect((await run('show', path, 'HPH-2')).stdout).toContain('; folder cancelled, draws nothing;');
  });

  it('a folder with no permit of the register says so', async () => {
    const path = join(tempDir(), 'n.sqlite');
    await run('init', path);
    await run('add', path, '--ref', 'HPH-1', ...BASE);
    expect(JSON.parse((await run('show', path, 'HPH-1', '--format', 'json')).stdout).permit).toBeNull();
    expect((await run('show', path, 'HPH-1')).stdout).toMatch(/\nPermit: +— \(none of the permit register\)\n/);
  });
});
