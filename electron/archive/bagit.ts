// `export` as a BagIt 1.0 bag (RFC 8493), so any archival tool (Archivematica, the Library of Congress validators)
// can check a folder without this application: the payload under data/ is what export.ts writes (every stored file
// byte for byte, manifest.json, the report), and the tag files name each payload file with its SHA-256.
// The bag is built in a hidden folder beside DIR and renamed into place when complete, so an interrupted export
// never leaves something under DIR that looks like a bag.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Lang } from '../../shared/domain/types.ts';
import { ArchiveError } from './types.ts';
import type { Archive } from './types.ts';
import { exportShipment, type ExportResult } from './export.ts';

export interface BagResult {
  dir: string;
  /** Per folder, what export.ts wrote under data/ (one folder: data/ itself; several: data/REF/). */
  folders: (ExportResult & { ref: string })[];
  payloadBytes: number;
  payloadFiles: number;
}

export interface BagOptions {
  lang?: Lang;
  /** bag-info.txt's Source-Organization, where known (the consultancy or company keeping the archive). */
  organization?: string;
  now?: Date;
  /** More payload per folder, written beside manifest.json (the PDF discrepancy report, made by electron/report/). */
  extras?: Map<string, { name: string; bytes: Uint8Array }[]>;
  /** After each stored file is written: `done` of `total` stored files of all the folders (the app's progress bar). */
  onProgress?: (done: number, total: number) => void;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** RFC 8493 §2.1.3: in a manifest's file path, CR, LF and % are percent-encoded; the separator is always "/". */
export function encodeManifestPath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Files under `dir`, as bag-relative paths with "/" separators, sorted for a stable manifest. */
function walk(dir: string, prefix: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p, `${prefix}${name}/`));
    else out.push(`${prefix}${name}`);
  }
  return out;
}

/** A tag file's value on one line: RFC 8493 continues longer values with indented lines; ours never need it. */
const oneLine = (v: string) => v.replace(/[\r\n]+/g, ' ').trim();

export function exportBag(archive: Pick<Archive, 'getShipment' | 'readFile' | 'path'>, refs: string | string[], outDir: string, opts: BagOptions = {}): BagResult {
  const list = typeof refs === 'string' ? [refs] : refs;
  if (list.length === 0) throw new ArchiveError('INVALID', 'Give at least one folder to export.', 'Hãy chọn ít nhất một thư mục để xuất.');
  // NOT_FOUND before anything is written; the file count is the progress bar's length.
  const total = list.reduce((n, ref) => n + archive.getShipment(ref).files.length, 0);
  let done = 0;
  const onFile = opts.onProgress ? () => opts.onProgress!(++done, total) : undefined;
  opts.onProgress?.(0, total);
  const out = resolve(outDir);
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new ArchiveError('INVALID', `${outDir} is a file, not a folder: give a new or empty folder for the export.`,
      `${outDir} là một tệp, không phải thư mục: hãy chọn một thư mục mới hoặc trống để xuất hồ sơ.`);
    if (readdirSync(out).length > 0) throw new ArchiveError('INVALID', `${outDir} is not empty: give a new or empty folder for the export.`,
      `Thư mục ${outDir} không trống: hãy chọn một thư mục mới hoặc trống để xuất hồ sơ.`);
  } else if (!existsSync(dirname(out))) {
    mkdirSync(dirname(out), { recursive: true });
  }
  const tmp = join(dirname(out), `.${basename(out)}.bag-${process.pid}-${Date.now()}`);
  try {
    mkdirSync(tmp);
    const lang = opts.lang ?? 'en';
    const folders = list.length === 1
      ? [{ ref: list[0], ...exportShipment(archive, list[0], join(tmp, 'data'), lang, onFile) }]
      : list.map((ref, i) => ({ ref, ...exportShipment(archive, ref, join(tmp, 'data', folderDirName(ref, i, list)), lang, onFile) }));
    for (const [i, f] of folders.entries()) {
      const dir = list.length === 1 ? join(tmp, 'data') : join(tmp, 'data', folderDirName(f.ref, i, list));
      for (const x of opts.extras?.get(f.ref) ?? []) writeFileSync(join(dir, x.name), x.bytes, { flag: 'wx' });
    }

    const payload = walk(join(tmp, 'data'), 'data/');
    let bytes = 0;
    const manifest = payload.map((p) => {
      const content = readFileSync(join(tmp, ...p.split('/')));
      bytes += content.byteLength;
      return `${sha256(content)}  ${encodeManifestPath(p)}\n`;
    }).join('');
    const now = opts.now ?? new Date();
    const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const info = [
      ...(opts.organization ? [`Source-Organization: ${oneLine(opts.organization)}`] : []),
      ...list.map((ref) => `External-Identifier: ${oneLine(ref)}`),
      `Bagging-Date: ${day}`,
      `Payload-Oxum: ${bytes}.${payload.length}`,
      `Bag-Software-Agent: dossier 0.1.0`,
      `External-Description: ${list.length === 1 ? `Shipment folder ${oneLine(list[0])}` : `${list.length} shipment folders`} exported from the dossier archive ${basename(archive.path)}: original files byte for byte, manifest.json, the report${opts.extras?.size ? ' (report.pdf, report.txt)' : ' (report.txt)'}.`,
    ].join('\n') + '\n';
    const tags: [string, string][] = [
      ['bagit.txt', 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'],
      ['bag-info.txt', info],
      ['manifest-sha256.txt', manifest],
    ];
    for (const [name, text] of tags) writeFileSync(join(tmp, name), text, { flag: 'wx' });
    // Last: a bag without its tag manifest is visibly incomplete.
    writeFileSync(join(tmp, 'tagmanifest-sha256.txt'), tags.map(([name, text]) => `${sha256(Buffer.from(text, 'utf8'))}  ${name}\n`).join(''), { flag: 'wx' });
    if (existsSync(out)) rmdirSync(out); // empty, checked above
    renameSync(tmp, out);
    return { dir: out, folders, payloadBytes: bytes, payloadFiles: payload.length };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** data/REF/ for each folder of a multi-folder bag; a reference unsafe as a folder name is made safe and unique. */
function folderDirName(ref: string, i: number, all: string[]): string {
  const safe = ref.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_').trim();
  const name = safe === '' || safe === '.' || safe === '..' ? `folder-${i + 1}` : safe;
  const clash = all.some((r, j) => j < i && r.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_').trim().toLowerCase() === name.toLowerCase());
  return clash ? `${name} (${i + 1})` : name;
}
