// An RFC 8493 (BagIt 1.0) validator written for the tests from the RFC's text, sharing no code with
// electron/archive/bagit.ts: it returns one sentence per rule broken, empty when the bag is complete and valid.
// No independent validator is installable here (Debian bookworm packages none; PyPI is out of reach), so this
// one is strict where the RFC says MUST.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ALGORITHMS: Record<string, string> = { sha256: 'sha256', sha512: 'sha512', sha1: 'sha1', md5: 'md5' };

function files(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, rel))) {
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(join(dir, r)).isDirectory()) out.push(...files(dir, r));
    else out.push(r);
  }
  return out;
}

/** §2.1.3: file paths in manifests have CR, LF and % percent-encoded; decoding anything else is not asked for. */
function decodePath(p: string): string {
  return p.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

/** Lines of a tag file: §2 allows LF, CR LF or CR as line endings; a final line ending is expected. */
function lines(text: string): string[] {
  const ls = text.split(/\r\n|\n|\r/);
  if (ls.at(-1) === '') ls.pop();
  return ls;
}

function readManifest(bag: string, name: string, problems: string[]): Map<string, string> {
  const alg = ALGORITHMS[/-(\w+)\.txt$/.exec(name)![1]];
  const entries = new Map<string, string>();
  const text = readFileSync(join(bag, name), 'utf8');
  lines(text).forEach((line, i) => {
    // §2.1.3: checksum, one or more linear whitespace characters, filepath.
    const m = /^([0-9a-fA-F]+)[ \t]+(.+)$/.exec(line);
    if (!m) { problems.push(`${name} line ${i + 1} is not "checksum filepath": ${JSON.stringify(line)}`); return; }
    const path = decodePath(m[2]);
    if (path.startsWith('/') || path.split('/').includes('..') || path.includes('\\')) problems.push(`${name} line ${i + 1}: ${path} is not a relative path with "/" separators inside the bag`);
    if (entries.has(path)) problems.push(`${name}: ${path} is listed twice`);
    entries.set(path, m[1].toLowerCase());
    const abs = join(bag, ...path.split('/'));
    if (!existsSync(abs)) { problems.push(`${name}: ${path} is listed but missing`); return; }
    const actual = createHash(alg).update(readFileSync(abs)).digest('hex');
    if (actual !== m[1].toLowerCase()) problems.push(`${name}: ${path} has checksum ${actual}, the manifest says ${m[1]}`);
  });
  return entries;
}

export function validateBag(bag: string): string[] {
  const problems: string[] = [];
  // §2.1.1 bagit.txt: exactly the two declarations, in this order.
  if (!existsSync(join(bag, 'bagit.txt'))) return ['bagit.txt is missing'];
  const decl = readFileSync(join(bag, 'bagit.txt'));
  if (decl[0] === 0xef && decl[1] === 0xbb && decl[2] === 0xbf) problems.push('bagit.txt starts with a byte-order mark');
  const declLines = lines(decl.toString('utf8'));
  if (declLines.length !== 2 || !/^BagIt-Version: \d+\.\d+$/.test(declLines[0]) || !/^Tag-File-Character-Encoding: \S+$/.test(declLines[1])) {
    problems.push(`bagit.txt must be "BagIt-Version: M.N" then "Tag-File-Character-Encoding: ENCODING", not ${JSON.stringify(decl.toString('utf8'))}`);
  }
  if (declLines[0] !== 'BagIt-Version: 1.0') problems.push(`bagit.txt declares ${declLines[0]}, not BagIt-Version: 1.0`);
  // §2.1.2 the payload directory.
  if (!existsSync(join(bag, 'data')) || !statSync(join(bag, 'data')).isDirectory()) problems.push('data/ is missing');
  // §2.1.3 at least one payload manifest; every payload file in every payload manifest (§3 complete).
  const top = readdirSync(bag);
  const manifests = top.filter((n) => /^manifest-\w+\.txt$/.test(n));
  if (manifests.length === 0) problems.push('no payload manifest (manifest-ALGORITHM.txt)');
  const payload = existsSync(join(bag, 'data')) ? files(join(bag, 'data')).map((p) => `data/${p}`) : [];
  for (const m of manifests) {
    const entries = readManifest(bag, m, problems);
    for (const p of payload) if (!entries.has(p)) problems.push(`${m}: payload file ${p} is not listed`);
    for (const p of entries.keys()) if (!p.startsWith('data/')) problems.push(`${m}: ${p} is outside data/`);
  }
  // §2.2.1 bag-info.txt: "Label: value" lines, continuation lines indented; Payload-Oxum must match (§3).
  if (existsSync(join(bag, 'bag-info.txt'))) {
    const info = new Map<string, string[]>();
    let last: string | undefined;
    for (const line of lines(readFileSync(join(bag, 'bag-info.txt'), 'utf8'))) {
      if (/^[ \t]/.test(line) && last) continue;
      const m = /^([^:\s][^:]*?):[ \t]*(.*)$/.exec(line);
      if (!m) { problems.push(`bag-info.txt: ${JSON.stringify(line)} is not "Label: value"`); continue; }
      last = m[1];
      info.set(m[1], [...(info.get(m[1]) ?? []), m[2]]);
    }
    for (const unique of ['Payload-Oxum', 'Bagging-Date', 'Bag-Size']) if ((info.get(unique)?.length ?? 0) > 1) problems.push(`bag-info.txt: ${unique} appears more than once`);
    const oxum = info.get('Payload-Oxum')?.[0];
    if (oxum !== undefined) {
      const bytes = payload.reduce((s, p) => s + statSync(join(bag, ...p.split('/'))).size, 0);
      if (oxum !== `${bytes}.${payload.length}`) problems.push(`bag-info.txt: Payload-Oxum ${oxum}, but the payload is ${bytes}.${payload.length}`);
    }
    const date = info.get('Bagging-Date')?.[0];
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push(`bag-info.txt: Bagging-Date ${date} is not YYYY-MM-DD`);
  }
  // §2.2.1 tag manifests: list tag files (not themselves), every listed file must match.
  for (const tm of top.filter((n) => /^tagmanifest-\w+\.txt$/.test(n))) {
    const entries = readManifest(bag, tm, problems);
    for (const p of entries.keys()) {
      if (p.startsWith('data/')) problems.push(`${tm}: lists payload file ${p}`);
      if (/^tagmanifest-/.test(p)) problems.push(`${tm}: lists a tag manifest`);
    }
    for (const t of top.filter((n) => n !== 'data' && !/^tagmanifest-/.test(n) && statSync(join(bag, n)).isFile())) {
      if (!entries.has(t)) problems.push(`${tm}: tag file ${t} is not listed`);
    }
  }
  return problems;
}
