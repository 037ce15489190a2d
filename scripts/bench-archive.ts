// Archive benchmark (npm run bench:archive [-- --shipments 2000 --lines 10 --reuse]).
// Builds an archive of N generated shipment folders (default 100 000 with 10 lines each: 1 000 000 lines)
// in .bench/ through the archive module itself, in big transactions, then measures: time to open, 20
// different full-text searches (p50/p95), `show` of one folder, and the file size.
// Goals: open < 300 ms, search p95 < 30 ms. The permit register: every folder uses one of --permits permits
// (default 5,000; the first folder of each brings the file, the others use it by number and draw 2 of its lines);
// goal: `permits` (one permit, the expiring ones, the whole register; JSON and text) < 100 ms in-process: the
// register's stored entries (permit_entries, schema 10) as the bytes printed.
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openArchive, type NewShipment } from '../electron/archive/index.ts';
import { shipmentJson } from '../electron/archive/report.ts';
import { permitsJsonText, permitsText, SHIPMENTS_DEPTH } from '../electron/cli/permits-command.ts';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import type { DocumentLine, Finding, ParsedDocument, Role } from '../shared/domain/types.ts';

const { values } = parseArgs({
  options: {
    shipments: { type: 'string', default: '100000' },
    lines: { type: 'string', default: '10' },
    batch: { type: 'string', default: '2000' },
    // The 100,000-folder archive takes minutes to build: kept in .bench/ and reused unless --rebuild.
    reuse: { type: 'boolean', default: true },
    rebuild: { type: 'boolean', default: false },
    permits: { type: 'string' },
  },
});
const N = Number(values.shipments);
const LINES = Number(values.lines);
const BATCH = Number(values.batch);
const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, '.bench');
const PERMITS = Math.max(1, Math.min(N, Number(values.permits ?? Math.max(1, Math.round(N / 20)))));
const PATH = join(DIR, `archive-${N}x${LINES}-p${PERMITS}.sqlite`);

// A deterministic generator, so two runs build the same archive.
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

const NOUNS = ['Thiết bị tường lửa', 'Bộ định tuyến VPN', 'Mô-đun bảo mật phần cứng', 'Ổ cứng tự mã hóa', 'Thiết bị mã hóa đường truyền',
  'Điện thoại bảo mật', 'Thẻ thông minh', 'Phần mềm chữ ký số', 'Bộ chuyển mạch', 'Cáp mạng', 'Máy chủ lưu trữ', 'Đầu đọc thẻ',
  'Firewall appliance', 'VPN gateway', 'Hardware security module', 'Encrypted USB drive', 'Network switch', 'Wireless access point'];
const QUALIFIERS = ['có chức năng mã hóa', 'AES-256', 'IPsec', 'dùng cho doanh nghiệp', 'loại để bàn', 'gắn tủ rack', 'Đà Nẵng', 'công suất cao',
  'không dây', 'hai nguồn', 'with TLS 1.3', 'PKI', 'desktop', 'rack-mount', 'industrial'];
const HS = ['85176259', '85176249', '84718090', '85235111', '85234999', '84733090', '85437090', '85044090', '85444294', '84717020',
  '85176100', '85176230', '85258039', '84713020', '85235121', '85291099', '84719090', '85177921', '90318090', '85371019'];
const PREFIX = ['FG', 'SG', 'VPN-GW', 'HSM', 'ENC-SSD', 'CAB-RJ45', 'SW', 'AP', 'KMS', 'TOKEN', 'NGFW', 'UTM'];
const MODELS = Array.from({ length: 3000 }, (_, i) => `${PREFIX[i % PREFIX.length]}-${100 + Math.floor(i / PREFIX.length)}${'FGKX'[i % 4]}`);
const PORTS = ['HPH', 'SGN', 'HAN', 'DAD', 'CLI'];
const CODES: Finding['code'][] = ['QUANTITY_MISMATCH', 'MISSING_IN_CATALOGUE', 'CONTROLLED_HS_CODE', 'ORIGIN_MISMATCH', 'NOT_IN_PERMIT'];
const SEV: Record<string, Finding['severity']> = { QUANTITY_MISMATCH: 'error', NOT_IN_PERMIT: 'error', MISSING_IN_CATALOGUE: 'warning', ORIGIN_MISMATCH: 'warning', CONTROLLED_HS_CODE: 'info' };

interface Item { model: string; description: string; hs: string; qty: number }

function doc(role: Role, file: string, number: string, items: Item[]): ParsedDocument {
  const sheet = role === 'invoice' ? 'Invoice' : 'PL';
  const lines: DocumentLine[] = items.map((it, i) => {
    const row = 11 + i;
    return {
      sheet, row,
      model: { value: it.model, sheet, cell: `B${row}` },
      description: { value: it.description, sheet, cell: `C${row}` },
      hsCode: { value: it.hs, sheet, cell: `D${row}`, raw: `${it.hs.slice(0, 4)}.${it.hs.slice(4, 6)}.${it.hs.slice(6)}` },
      quantity: { value: it.qty, sheet, cell: `E${row}` },
      unit: { value: 'PCE', sheet, cell: `F${row}`, raw: 'PCS' },
      ...(role === 'invoice' ? { unitPrice: { value: 125.5, sheet, cell: `G${row}` }, amount: { value: 125.5 * it.qty, sheet, cell: `H${row}` } }
        : { netWeight: { value: 1.2 * it.qty, sheet, cell: `G${row}` }, grossWeight: { value: 1.5 * it.qty, sheet, cell: `H${row}` } }),
    };
  });
  return {
    role, file, sheet,
    table: { sheet, headerStart: 9, headerEnd: 10, firstRow: 11, lastRow: 10 + items.length, columns: [{ field: 'model', column: 'B', header: 'Model' }] },
    header: { number: { value: number, sheet, cell: 'B5' }, date: { value: '2026-11-02', sheet, cell: 'F5' } },
    lines,
    notes: [],
  };
}

const permitNumber = (p: number) => `${p + 1}/${2024 + (p % 3)}/GP-BCY`;
const permitModels = (p: number) => [0, 1, 2, 3].map((k) => MODELS[(p * 4 + k) % MODELS.length]);

function permitDoc(p: number): ParsedDocument {
  const items = permitModels(p).map((model) => ({ model, description: 'Thiết bị tường lửa có chức năng VPN', hs: '85176259', qty: 200 }));
  const d = doc('permit', `permit-${p}.xlsx`, permitNumber(p), items);
  // Validity ends spread over three years from 2026-01-01, so some permits expire within any month.
  const until = new Date(Date.UTC(2026, 0, 1) + (p * 7919 % 1095) * 86_400_000).toISOString().slice(0, 10);
  d.header = { ...d.header, issue_date: { value: '2025-12-01', sheet: d.sheet, cell: 'B6' }, valid_until: { value: until, sheet: d.sheet, cell: 'B7' } };
  d.direction = { value: 'import', sheet: d.sheet, cell: 'A3' };
  return d;
}

function generate(i: number): NewShipment {
  const ref = `${PORTS[i % PORTS.length]}-${2020 + (i % 7)}-${String(i).padStart(6, '0')}`;
  const perDoc = Math.ceil(LINES / 2);
  const p = i % PERMITS;
  const drawn = permitModels(p);
  const items: Item[] = Array.from({ length: perDoc }, (_, k) => ({
    model: k < 2 ? drawn[(i + k) % 4] : pick(MODELS), description: `${pick(NOUNS)} ${pick(QUALIFIERS)}`, hs: pick(HS), qty: 1 + Math.floor(rnd() * 50),
  }));
  const inv = doc('invoice', `invoice-${i}.xlsx`, `INV-${i}`, items);
  const pl = doc('packing_list', `packing-list-${i}.xlsx`, `PL-${i}`, items.slice(0, LINES - perDoc));
  // Small stand-in bytes: real spreadsheets (~10 KB each) would only add BLOB pages, which no search reads.
  const bytes = (tag: string) => new TextEncoder().encode(`${tag} ${ref} ${rnd()}`.padEnd(256, '.'));
  const findings: Finding[] = Array.from({ length: Math.floor(rnd() * 4) }, () => {
    const code = pick(CODES);
    const model = pick(items).model;
    return { code, severity: SEV[code], model, params: { model, invoice: 20, packing_list: 18 }, refs: [{ role: 'invoice', sheet: 'Invoice', cell: 'E11' }] };
  });
  return {
    ref, direction: i % 3 === 0 ? 'export' : 'import', eta: '2026-12-01', checkDate: '2026-11-20', controlledListId: 'nd58-2016',
    documents: [
      { role: 'invoice', name: inv.file, bytes: bytes('inv'), parsed: inv },
      { role: 'packing_list', name: pl.file, bytes: bytes('pl'), parsed: pl },
      ...(i < PERMITS ? [{ role: 'permit' as const, name: `permit-${p}.xlsx`, bytes: new TextEncoder().encode(`permit ${p}`.padEnd(256, '.')), parsed: permitDoc(p) }] : []),
    ],
    attachments: [],
    findings,
    ...(i >= PERMITS ? { permitNumber: permitNumber(p) } : {}),
  };
}

function build(): void {
  mkdirSync(DIR, { recursive: true });
  for (const f of [PATH, `${PATH}-wal`, `${PATH}-shm`]) rmSync(f, { force: true });
  const t0 = performance.now();
  const archive = openArchive(PATH, { create: true, now: () => new Date('2026-11-20T08:00:00Z') });
  for (let start = 0; start < N; start += BATCH) {
    archive.batch(() => {
      for (let i = start; i < Math.min(N, start + BATCH); i++) archive.addShipment(generate(i));
    });
    if ((start / BATCH) % 10 === 9) {
      const s = (performance.now() - t0) / 1000;
      process.stdout.write(`  ${start + BATCH} folders in ${s.toFixed(0)} s\n`);
    }
  }
  archive.close();
  console.log(`built ${N} folders / ${N * LINES} lines in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const ms = (t: number) => `${t.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

function measure(): void {
  const mb = (statSync(PATH).size / 1024 / 1024).toFixed(1);
  let t = performance.now();
  const archive = openArchive(PATH);
  const openMs = performance.now() - t;
  t = performance.now();
  const first = archive.listShipments({ limit: 50 });
  const firstPageMs = performance.now() - t;

  const sample = first.shipments[17].ref;
  const queries = [
    'thiet bi', 'thiết bị tường lửa', 'ma hoa duong truyen', 'Đà Nẵng', 'o cung tu ma hoa', '8517.62.59', '85176259', '8471.80',
    MODELS[7], MODELS[1234].toLowerCase().replace(/-/g, ''), 'VPN-GW-1', 'hsm', sample, 'SGN-2024', `INV-${Math.floor(N / 3)}`,
    `packing-list-${Math.floor(N / 2)}.xlsx`, 'firewall appliance', 'chu ky so PKI', 'không dây', 'rack-mount industrial',
  ];
  const rows: { q: string; total: number; firstMs: number; warmMs: number }[] = [];
  for (const q of queries) {
    let t1 = performance.now();
    const r = archive.listShipments({ query: q, limit: 50 });
    const firstMs = performance.now() - t1;
    t1 = performance.now();
    archive.listShipments({ query: q, limit: 50 });
    rows.push({ q, total: r.total, firstMs, warmMs: performance.now() - t1 });
  }
  // The register as `dossier archive permits` answers: the bytes printed, from the stored entries (schema 10) — JSON
  // byte for byte JSON.stringify of the contract's shape, text with its first lines written for the day asked;
  // median of 5 in-process runs. `rows`: the same recomputed from the register's rows, as before schema 10.
  type Run = { what: string; json: number[]; text: number[]; jsonRows: number[]; textRows: number[]; permits: number; draws: number; bytes: number };
  const permitRuns: Run[] = [];
  const timed = (what: string, q: NonNullable<Parameters<typeof archive.permitsJson>[0]>) => {
    const run: Run = { what, json: [], text: [], jsonRows: [], textRows: [], permits: 0, draws: 0, bytes: 0 };
    const filtered = q.number !== undefined || q.expiringWithin !== undefined;
    // The stored bytes first, then the register recomputed from its rows: the latter's hundreds of MB of garbage
    // would otherwise be collected during the next stored read and time the collector, not the read.
    const stored: { json: string; text: string }[] = [];
    for (let k = 0; k < 5; k++) {
      let t1 = performance.now();
      const json = archive.permitsJson(q);
      run.json.push(performance.now() - t1);
      t1 = performance.now();
      const text = archive.permitsText(q, 'en', '2026-11-20');
      run.text.push(performance.now() - t1);
      if (k === 0) stored.push({ json: Buffer.concat(json.chunks).toString('utf8'), text: Buffer.concat(text.chunks).toString('utf8') });
      run.permits = json.count;
      run.bytes = json.chunks.reduce((n, c) => n + c.length, 0);
    }
    for (let k = 0; k < 5; k++) {
      let t1 = performance.now();
      const listed = archive.listPermits({ ...q, nestDrawsAt: SHIPMENTS_DEPTH });
      const jsonRows = permitsJsonText(listed);
      run.jsonRows.push(performance.now() - t1);
      t1 = performance.now();
      const textRows = permitsText(archive.listPermits(q), 'en', '2026-11-20', filtered);
      run.textRows.push(performance.now() - t1);
      if (k === 0 && (jsonRows !== stored[0].json || textRows !== stored[0].text)) throw new Error(`${what}: the stored entries differ from the register recomputed`);
      if (k === 0) run.draws = listed.reduce((s, p) => s + p.lines.reduce((x, l) => x + l.shipments.length, 0), 0);
    }
    permitRuns.push(run);
  };
  // The baseline of the same run: SQLite alone reading every stored entry as bytes, on its own connection.
  const bare = new Database(PATH, { readonly: true });
  const entryRows = bare.prepare('SELECT entry FROM permit_entries ORDER BY permit_id').raw();
  const baseline = median([0, 1, 2, 3, 4].map(() => { const t1 = performance.now(); entryRows.all(); return performance.now() - t1; }));
  bare.close();
  timed(`permits ${permitNumber(PERMITS >> 1)}`, { number: permitNumber(PERMITS >> 1) });
  timed('permits --expiring-within 30', { expiringWithin: 30, today: '2026-11-20' });
  timed('permits (whole register)', {});

  t = performance.now();
  const detail = archive.getShipment(sample);
  const json = JSON.stringify(shipmentJson(detail, 'en'));
  const showMs = performance.now() - t;
  archive.close();

  console.log(`\narchive: ${PATH}`);
  console.log(`folders: ${N}, lines: ${N * LINES}, file size: ${mb} MB`);
  console.log(`open: ${ms(openMs)} (goal < 300 ms); first page of the list (50 of ${first.total}): ${ms(firstPageMs)}`);
  console.log('searches (limit 50, with total count):');
  for (const r of rows) console.log(`  ${r.q.padEnd(28)} ${String(r.total).padStart(7)} hits  first ${ms(r.firstMs).padStart(9)}  again ${ms(r.warmMs).padStart(9)}`);
  const firsts = rows.map((r) => r.firstMs);
  const warms = rows.map((r) => r.warmMs);
  console.log(`search p50/p95: first run ${ms(pct(firsts, 50))} / ${ms(pct(firsts, 95))}, again ${ms(pct(warms, 50))} / ${ms(pct(warms, 95))} (goal p95 < 30 ms)`);
  for (const r of permitRuns) {
    console.log(`${r.what.padEnd(30)} json ${ms(median(r.json)).padStart(8)}  text ${ms(median(r.text)).padStart(8)}  `
      + `(from the rows: json ${ms(median(r.jsonRows))}, text ${ms(median(r.textRows))}; in-process, median of 5; `
      + `${r.permits} permits, ${r.draws} draws, ${(r.bytes / 1e6).toFixed(1)} MB of JSON; goal < 100 ms)`);
  }
  console.log(`baseline: SQLite reading the ${PERMITS} stored register entries, ${ms(baseline)} (median of 5); `
    + `whole register JSON ${(median(permitRuns[2].json) / baseline).toFixed(1)}× that`);
  // Whole commands, node start-up and writing the output included, against `node -e 0` as the baseline.
  const cmd = (args: string[]) => {
    const xs: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t1 = performance.now();
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/dossier.mjs'), 'archive', 'permits', PATH, ...args], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DOSSIER_CHECK_DATE: '2026-11-20' } });
      if (r.status !== 0) throw new Error(`dossier archive permits exited ${r.status}`);
      xs.push(performance.now() - t1);
    }
    return median(xs);
  };
  const nodeStart = median([0, 1, 2].map(() => { const t1 = performance.now(); spawnSync(process.execPath, ['-e', '0']); return performance.now() - t1; }));
  console.log(`whole command (median of 3, node start-up alone ${ms(nodeStart)}): `
    + `permits NUMBER --format json ${ms(cmd([permitNumber(PERMITS >> 1), '--format', 'json']))}, `
    + `--expiring-within 30 ${ms(cmd(['--expiring-within', '30', '--format', 'json']))}, `
    + `whole register json ${ms(cmd(['--format', 'json']))}, text ${ms(cmd([]))}`);
  console.log(`show ${sample}: ${ms(showMs)} (${detail.documents.length} documents, ${detail.documents.reduce((s, d) => s + d.lines, 0)} lines, ${json.length} bytes of JSON)`);
}

if (values.rebuild || !values.reuse || !existsSync(PATH)) build();
measure();
