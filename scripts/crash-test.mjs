#!/usr/bin/env node
// Crash test for `dossier archive add` (npm run crash-test [-- --kills 200 --parallel 2 --keep]).
// Runs `node bin/dossier.mjs archive add` over and over with distinct references, kills it with SIGKILL at
// random moments, then requires: `dossier archive verify` exits 0, and every folder is either complete
// (documents, findings, files with the right hashes) or absent — no orphan stored file from a rolled-back add —
// and the permit register's balances equal the sum of the complete folders' invoiced quantities, after every kill,
// with its materialised entries (schema 10) equal to their recomputation from the draws.
// Every folder imports the same demo permit, so each add draws on one permit line per model.
// Half the kills are at a random delay within a measured add; the other half wait for the CLI's
// "begin" trace mark (DOSSIER_CRASH_TRACE_FD) and land inside the transaction's time window.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin', 'dossier.mjs');
const DEMO = join(ROOT, 'seeds', 'demo');
const DOCS = { invoice: 'invoice.xlsx', 'packing-list': 'packing-list.xlsx', permit: 'permit.xlsx', catalogue: 'catalogue.xlsx' };

const { values: opt } = parseArgs({
  options: {
    kills: { type: 'string', default: '200' },
    parallel: { type: 'string', default: '2' },
    'attachment-kb': { type: 'string', default: '1024' },
    keep: { type: 'boolean', default: false },
  },
});
const KILLS = Number(opt.kills);
const PARALLEL = Math.max(1, Number(opt.parallel));
const ATTACH_BYTES = Number(opt['attachment-kb']) * 1024;

const sha256 = (b) => createHash('sha256').update(b).digest('hex');
const dir = mkdtempSync(join(tmpdir(), 'dossier-crash-'));
const archivePath = join(dir, 'crash.sqlite');
const demoHashes = Object.fromEntries(Object.values(DOCS).map((f) => [f, sha256(readFileSync(join(DEMO, f)))]));

function cli(...args) {
  return spawnSync(process.execPath, [CLI, 'archive', ...args], { encoding: 'utf8' });
}

/** One `add` run; resolves with what happened. `killPlan` decides when (if ever) to SIGKILL it. */
function addRun(ref, killPlan) {
  const att = join(dir, `${ref}.bin`);
  const bytes = randomBytes(ATTACH_BYTES);
  writeFileSync(att, bytes);
  const args = [CLI, 'archive', 'add', archivePath, '--ref', ref, '--date', '2026-11-20',
    ...Object.entries(DOCS).flatMap(([flag, f]) => [`--${flag}`, join(DEMO, f)]), '--attach', att];
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      env: { ...process.env, DOSSIER_CRASH_TRACE_FD: '3' },
    });
    const marks = {};
    let stderr = '';
    let killedAt = null;
    const kill = () => {
      if (child.exitCode === null && child.signalCode === null) {
        killedAt = performance.now() - t0;
        child.kill('SIGKILL');
      }
    };
    child.stdio[3].setEncoding('utf8');
    child.stdio[3].on('data', (s) => {
      for (const m of s.split('\n').filter(Boolean)) {
        marks[m] = performance.now() - t0;
        if (m === 'begin' && killPlan?.afterBegin !== undefined) setTimeout(kill, killPlan.afterBegin);
      }
    });
    child.stderr.on('data', (s) => { stderr += s; });
    if (killPlan?.at !== undefined) setTimeout(kill, killPlan.at);
    child.on('close', (code, signal) => {
      done({ ref, sha: sha256(bytes), code, signal, killed: signal === 'SIGKILL' && killedAt !== null, killedAt, marks, stderr, ms: performance.now() - t0 });
      rmSync(att, { force: true });
    });
  });
}

function where(r) {
  if (!r.killed) return 'completed';
  if (r.marks.committed !== undefined) return 'after-commit';
  if (r.marks.begin !== undefined) return 'mid-transaction';
  return 'before-transaction';
}

// Balances after a kill: what the register says each permit line has used must be the complete folders' draws,
// and its materialised entries what those draws give.
const balanceProblems = [];
let balanceChecks = 0;
let archiveModule = null;
let entriesModule = null;
let invoiced = null;

async function checkBalances(when) {
  archiveModule ??= await tsImport('../electron/archive/index.ts', import.meta.url);
  entriesModule ??= await tsImport('../electron/archive/permit-entries.ts', import.meta.url);
  const a = archiveModule.openArchive(archivePath, { readonly: true });
  try {
    // The demo invoice's quantity per model, as the first complete folder's stored invoice has it.
    invoiced ??= invoicedPerModel(a.getShipment('REF-0'));
    // One read snapshot: the other worker may commit a folder between two separate reads.
    const [folders, permit, stale, stored, listed] = a.connection.transaction(() => [
      a.listShipments({}).total, a.listPermits()[0],
      // The register's materialised entries (schema 10) against their recomputation from the draws, and what the
      // command prints against the register read from its rows.
      entriesModule.staleRegisterEntries(a.connection), Buffer.concat(a.permitsJson().chunks).toString('utf8'),
      JSON.stringify(archiveModule.permitsJson(a.listPermits()), null, 2) + '\n',
    ]).deferred();
    balanceChecks++;
    for (const number of stale) balanceProblems.push(`${when}: the stored register entry of permit ${number} is not its draws recomputed`);
    if (stored !== listed) balanceProblems.push(`${when}: permits --format json differs from the register read from its rows`);
    if (!permit) { balanceProblems.push(`${when}: the demo permit is not in the register`); return; }
    for (const line of permit.lines) {
      const each = invoiced.get(line.model) ?? 0;
      if (Math.abs(line.used - each * folders) > 1e-9) balanceProblems.push(`${when}: ${line.model} used ${line.used}, expected ${each} × ${folders} complete folders = ${each * folders}`);
      if (line.shipments.length !== (each > 0 ? folders : 0)) balanceProblems.push(`${when}: ${line.model} drawn by ${line.shipments.length} folders, ${folders} are complete`);
      if (new Set(line.shipments.map((s) => s.ref)).size !== line.shipments.length) balanceProblems.push(`${when}: ${line.model} has a folder drawn twice`);
    }
  } finally {
    a.close();
  }
}

function invoicedPerModel(detail) {
  const out = new Map();
  const inv = detail.documents.find((d) => d.role === 'invoice');
  const key = (m) => m.toUpperCase().replace(/[\s\-_./]/g, '');
  const permit = detail.documents.find((d) => d.role === 'permit');
  const models = new Map(permit.parsed.lines.filter((l) => l.model).map((l) => [key(l.model.value), l.model.value.trim()]));
  for (const l of inv.parsed.lines) {
    if (!l.model || !l.quantity) continue;
    const m = models.get(key(l.model.value));
    if (m) out.set(m, (out.get(m) ?? 0) + l.quantity.value);
  }
  return out;
}

const REGISTER_CODES = new Set(['PERMIT_COPIES_DIFFER', 'PERMIT_BALANCE_EXCEEDED', 'PERMIT_DIRECTION_MISMATCH']);
const ownFindings = (d) => d.findings.filter((f) => !REGISTER_CODES.has(f.code));

async function main() {
  const t0 = performance.now();
  if (cli('init', archivePath).status !== 0) throw new Error('init failed');

  // Reference runs, not killed: what a complete folder looks like, how long an add and its transaction take.
  const refs = [];
  for (let i = 0; i < 2; i++) refs.push(await addRun(`REF-${i}`, null));
  for (const r of refs) if (r.code !== 0) throw new Error(`reference add failed: ${r.stderr}`);
  const addMs = Math.max(...refs.map((r) => r.ms));
  const txMs = Math.max(1, ...refs.map((r) => r.marks.committed - r.marks.begin));
  console.log(`add takes ~${addMs.toFixed(0)} ms (transaction ~${txMs.toFixed(1)} ms with a ${ATTACH_BYTES / 1024} KB attachment); ${KILLS} kills, ${PARALLEL} at a time`);

  const results = [...refs];
  let kills = 0;
  let n = 0;
  const counts = { 'before-transaction': 0, 'mid-transaction': 0, 'after-commit': 0, completed: 0 };
  async function worker() {
    while (kills < KILLS) {
      const i = n++;
      const plan = i % 2 === 0 ? { at: Math.random() * addMs * 1.05 } : { afterBegin: Math.random() * txMs * 1.2 };
      const r = await addRun(`CRASH-${String(i).padStart(4, '0')}`, plan);
      results.push(r);
      counts[where(r)]++;
      if (r.killed) kills++;
      if (r.killed) await checkBalances(`after the kill of ${r.ref}`);
      else if (r.code !== 0) throw new Error(`add ${r.ref} failed without being killed (exit ${r.code}): ${r.stderr.trim()}`);
      if (r.killed && kills % 50 === 0) console.log(`  ${kills} kills…`);
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker));

  // The archive must open and verify after all that.
  const v = cli('verify', archivePath);
  const problems = [];
  if (v.status !== 0) problems.push(`verify exited ${v.status}: ${(v.stdout + v.stderr).trim()}`);

  const { openArchive } = await tsImport('../electron/archive/index.ts', import.meta.url);
  const archive = openArchive(archivePath, { readonly: true });
  const expected = archive.getShipment('REF-0');
  let present = 0;
  const byState = {};
  for (const r of results) {
    const state = where(r);
    let d = null;
    try { d = archive.getShipment(r.ref); } catch (e) { if (e.code !== 'NOT_FOUND') throw e; }
    byState[state] ??= { present: 0, absent: 0 };
    byState[state][d ? 'present' : 'absent']++;
    if (!d) {
      if (state === 'completed' || state === 'after-commit') problems.push(`${r.ref} (${state}) is missing`);
      continue;
    }
    present++;
    if (state === 'before-transaction') problems.push(`${r.ref} is present though killed before its transaction`);
    if (d.documents.length !== 4) problems.push(`${r.ref}: ${d.documents.length} documents instead of 4`);
    // The check's own findings are the same on every folder; the register's depend on the folders before it.
    if (ownFindings(d).length !== ownFindings(expected).length) problems.push(`${r.ref}: ${ownFindings(d).length} findings instead of ${ownFindings(expected).length}`);
    if (d.documents.reduce((s, x) => s + x.parsed.lines.length, 0) !== expected.documents.reduce((s, x) => s + x.parsed.lines.length, 0)) problems.push(`${r.ref}: lines differ`);
    const want = { ...demoHashes, [`${r.ref}.bin`]: r.sha };
    if (d.files.length !== 5) problems.push(`${r.ref}: ${d.files.length} files instead of 5`);
    for (const f of d.files) {
      if (want[f.name] !== f.sha256) problems.push(`${r.ref}: ${f.name} has SHA-256 ${f.sha256}, expected ${want[f.name]}`);
      if (sha256(archive.readFile(f.sha256)) !== f.sha256) problems.push(`${r.ref}: stored ${f.name} does not hash to its SHA-256`);
    }
    if (archive.audit(r.ref).length !== 1) problems.push(`${r.ref}: ${archive.audit(r.ref).length} audit entries instead of 1`);
  }
  // All or nothing: a rolled-back add must not have left its attachment behind.
  const stored = archive.connection.prepare('SELECT count(*) FROM files').pluck().get();
  if (stored !== 4 + present) problems.push(`${stored} stored files, expected ${4 + present} (4 demo files + one attachment per folder)`);
  archive.close();
  await checkBalances('at the end');
  problems.push(...balanceProblems);
  const litter = readdirSync(dir).filter((f) => f !== 'crash.sqlite' && !/^crash\.sqlite-(wal|shm)$/.test(f));
  if (litter.length) problems.push(`files left beside the archive: ${litter.join(', ')}`);

  console.log(`kills: ${kills} (before the transaction: ${counts['before-transaction']}, mid-transaction: ${counts['mid-transaction']}, `
    + `after commit: ${counts['after-commit']}); runs that completed before their kill: ${counts.completed}`);
  console.log(`folders: ${present} complete, ${results.length - present} absent, 0 partial expected; by kill moment: ${JSON.stringify(byState)}`);
  console.log(`balances checked ${balanceChecks} times (after every kill and at the end): permit lines' used = sum over complete folders, stored register entries = recomputed`);
  console.log(`verify: exit ${v.status}; ${((performance.now() - t0) / 1000).toFixed(1)} s in all`);
  if (problems.length) {
    console.log(`FAILED: ${problems.length} problem(s)`);
    for (const p of problems.slice(0, 30)) console.log(`  ${p}`);
  } else {
    console.log('PASSED: the archive verifies, every folder is complete or absent, and balances are the sum of the complete folders.');
  }
  if (opt.keep) console.log(`archive kept at ${archivePath}`);
  else rmSync(dir, { recursive: true, force: true });
  return problems.length ? 1 : 0;
}

process.exitCode = await main().catch((e) => {
  console.error(`crash-test: ${e.message}`);
  return 2;
});
