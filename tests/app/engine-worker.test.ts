// Item 8 of issue 8: imports, previews and checks run in a worker under a time and memory budget. Through the
// real handlers and dispatch (what Electron and the e2e bridge run): a file that makes the reader spin or swell
// is stopped at the budget with one sentence naming it, nothing is stored, and every other channel answers
// while the worker is busy.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../electron/worker/engine.ts';
import { parse } from '../../electron/worker/jobs.ts';
import { DEMO, demoBytes, harness } from './support.ts';

let h: ReturnType<typeof harness> | undefined;
afterEach(() => { h?.dispose(); h = undefined; });

const REF = 'HPH-2026-0117';
const pending = Symbol('pending');
const stateOf = (p: Promise<unknown>) => Promise.race([p, new Promise((r) => setImmediate(() => r(pending)))]);

/** An invoice-shaped CSV of `lines` lines, as an ERP export: big enough to outgrow a small budget. */
function bigCsv(lines: number): Uint8Array {
  const rows = ['No,Model,Description,HS code,Qty,Unit,Unit price,Amount,Origin'];
  for (let i = 1; i <= lines; i++) rows.push(`${i},FW-${i},Firewall appliance with VPN ${'x'.repeat(40)},8517.62.59,2,PCS,100,200,US`);
  return new TextEncoder().encode(rows.join('\r\n'));
}

async function openWithFolder(o: Parameters<typeof harness>[0]) {
  h = harness(o);
  expect(await h.open()).toMatchObject({ ok: true });
  expect(await h.dispatch('createShipment', { ref: REF, direction: 'import' })).toMatchObject({ ok: true });
  return h;
}

describe('the engine worker under a budget, through the real handlers', () => {
  it('stops a reader that spins, names the file, stores nothing; other channels answer meanwhile', async () => {
    // 4 s: short enough for a test, long enough for the ordinary import after it on a loaded machine.
    const h = await openWithFolder({ engine: { timeoutMs: 4000, testHooks: { spinOnFile: 'stuck-invoice.xlsx' } } });
    const auditBefore = h.archive().audit().length;
    const started = Date.now();
    const importing = h.dispatch('importDocument', { ref: REF, role: 'invoice', file: 'stuck-invoice.xlsx', bytes: demoBytes('invoice.xlsx'), remember: false });

    // While the worker spins: the folder list, the folder, the settings all answer, before the import does.
    for (const [channel, payload] of [['listShipments', { offset: 0, limit: 10 }], ['getShipment', { ref: REF, lang: 'en' }], ['getSettings', {}]] as const) {
      const asked = Date.now();
      expect(await h.dispatch(channel, payload)).toMatchObject({ ok: true });
      expect(Date.now() - asked, channel).toBeLessThan(1000); // a few ms when the machine is idle
      expect(await stateOf(importing), `${channel} answered while the import still ran`).toBe(pending);
    }

    const r = await importing as { ok: false; error: { code: string; message: string; messageVi: string } };
    const took = Date.now() - started;
    expect(r).toMatchObject({ ok: false, error: { code: 'INPUT' } });
    expect(r.error.message).toBe('Reading stuck-invoice.xlsx took more than 4 s, far beyond any real document, so it was stopped and nothing was stored: the file is damaged or not a real spreadsheet; export it again from its source, or open it in Excel and save it again.');
    expect(r.error.messageVi).toMatch(/^Việc đọc tệp stuck-invoice\.xlsx mất hơn 4 giây.*không có gì được lưu/);
    expect(took).toBeGreaterThanOrEqual(4000);
    expect(took).toBeLessThan(8000);
    // Nothing stored, and the next file goes through as usual.
    expect(h.archive().getShipment(REF).documents).toHaveLength(0);
    expect(h.archive().audit().length).toBe(auditBefore);
    expect(await h.dispatch('importDocument', { ref: REF, role: 'invoice', file: 'invoice.xlsx', bytes: demoBytes('invoice.xlsx'), remember: false }))
      .toMatchObject({ ok: true, value: { document: { role: 'invoice', file: 'invoice.xlsx' } } });
  });

  it('stops a preview at the budget the same way', async () => {
    const h = await openWithFolder({ engine: { timeoutMs: 800, testHooks: { spinOnFile: 'stuck.xlsx' } } });
    const previewing = h.dispatch('previewDocument', { role: 'invoice', file: 'stuck.xlsx', bytes: demoBytes('invoice.xlsx') });
    expect(await h.dispatch('listShipments', { offset: 0, limit: 10 })).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await stateOf(previewing)).toBe(pending);
    expect(await previewing).toMatchObject({ ok: false, error: { code: 'INPUT', message: expect.stringMatching(/^Reading stuck\.xlsx took more than 0\.8 s/) } });
  });

  it('runs at most two jobs at once: a third waits its turn, with its own full budget', async () => {
    const h = await openWithFolder({ engine: { timeoutMs: 600, maxConcurrent: 2, testHooks: { spinOnFile: 'stuck.xlsx' } } });
    const started = Date.now();
    const ended: number[] = [];
    const three = [1, 2, 3].map(() => h.dispatch('previewDocument', { role: 'invoice', file: 'stuck.xlsx', bytes: demoBytes('invoice.xlsx') })
      .then((r) => { ended.push(Date.now() - started); return r; }));
    for (const r of await Promise.all(three)) expect(r).toMatchObject({ ok: false, error: { message: expect.stringMatching(/took more than 0\.6 s/) } });
    expect(ended[2]).toBeGreaterThanOrEqual(1200);
  });

  it('stops a real file that needs more memory than the budget, naming it', async () => {
    const h = await openWithFolder({ engine: { memoryMb: 24 } });
    const bytes = bigCsv(150_000); // about 18 MB: read whole, it needs several times its size
    const r = await h.dispatch('importDocument', { ref: REF, role: 'invoice', file: 'erp-export.csv', bytes, remember: false });
    expect(r).toMatchObject({ ok: false, error: { code: 'INPUT', message: expect.stringMatching(/^Reading erp-export\.csv needed more than 24 MB of memory, far beyond any real document, so it was stopped and nothing was stored/),
      messageVi: expect.stringMatching(/^Việc đọc tệp erp-export\.csv cần hơn 24 MB bộ nhớ/) } });
    expect(h.archive().getShipment(REF).documents).toHaveLength(0);
    expect(await h.dispatch('getShipment', { ref: REF, lang: 'vi' })).toMatchObject({ ok: true });
  });

  it('stops a real file that takes longer than the budget', async () => {
    const h = await openWithFolder({ engine: { timeoutMs: 300 } });
    const r = await h.dispatch('previewDocument', { role: 'invoice', file: 'erp-export.csv', bytes: bigCsv(150_000) });
    expect(r).toMatchObject({ ok: false, error: { code: 'INPUT', message: expect.stringMatching(/^Reading erp-export\.csv took more than 0\.3 s/) } });
  });

  it('imports, previews and shows sources as before within the default budget', async () => {
    const h = await openWithFolder({});
    for (const [role, file] of DEMO) {
      expect(await h.dispatch('importDocument', { ref: REF, role, file, bytes: demoBytes(file), remember: false })).toMatchObject({ ok: true });
    }
    const shown = await h.dispatch('getShipment', { ref: REF, lang: 'en' }) as { ok: true; value: { findings: { id: number; code: string }[] } };
    expect(shown.value.findings.map((f) => f.code)).toContain('QUANTITY_MISMATCH');
    const sources = await h.dispatch('getSources', { ref: REF, findingId: shown.value.findings[0].id });
    expect(sources).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ rows: expect.any(Array) })]) });
  });
});

describe('the bundled worker (npm run build:electron)', () => {
  it('is a second entry of the main-process bundle and reads as the sources do', async () => {
    const out = mkdtempSync(join(tmpdir(), 'dossier-worker-bundle-'));
    try {
      const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['build:electron'];
      expect(script).toContain('electron/worker/index.ts');
      // The script as npm runs it (a shell command line), writing to a scratch folder instead of dist/electron.
      expect(script).toContain('--outdir=dist/electron');
      execSync(`${script.replace('--outdir=dist/electron', `--outdir=${out}`)} --log-level=error`, { stdio: 'pipe', env: { ...process.env, PATH: `${join(process.cwd(), 'node_modules', '.bin')}:${process.env.PATH}` } });
      const engine = createEngine({ entry: join(out, 'worker.cjs') });
      const input = { role: 'invoice' as const, file: 'invoice.xlsx', bytes: demoBytes('invoice.xlsx') };
      const read = await engine.run('parse', input, { subject: { file: 'invoice.xlsx' } });
      expect(read).toEqual(parse(input));
      expect(read.ok && read.value.parsed.lines.length).toBeGreaterThan(0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
