// A folder as a bundle on disk: every stored file byte for byte, manifest.json, and report.txt.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Lang } from '../../shared/domain/types.ts';
import { ArchiveError } from './types.ts';
import type { Archive } from './types.ts';
import { shipmentJson, shipmentReportText } from './report.ts';

export interface ExportResult {
  dir: string;
  files: { name: string; originalName: string; sha256: string; bytes: number; role: string | null }[];
}

const RESERVED = new Set(['manifest.json', 'report.txt', 'report.pdf']);

/** A name safe in any folder: no separators, no control characters, not "." or "..". */
function safeName(name: string): string {
  const cleaned = name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'file' : cleaned;
}

/** "a.xlsx" → "a (2).xlsx" while the name is taken (case-insensitively, for Windows and macOS users). */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  const ext = extname(name);
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name.slice(0, name.length - ext.length)} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export function exportShipment(archive: Pick<Archive, 'getShipment' | 'readFile' | 'path'>, ref: string, outDir: string, lang: Lang = 'en', onFile?: () => void): ExportResult {
  const detail = archive.getShipment(ref);
  if (existsSync(outDir)) {
    if (!statSync(outDir).isDirectory()) throw new ArchiveError('INVALID', `${outDir} is a file, not a folder: give a new or empty folder for the export.`,
      `${outDir} là một tệp, không phải thư mục: hãy chọn một thư mục mới hoặc trống để xuất hồ sơ.`);
    if (readdirSync(outDir).length > 0) throw new ArchiveError('INVALID', `${outDir} is not empty: give a new or empty folder for the export.`,
      `Thư mục ${outDir} không trống: hãy chọn một thư mục mới hoặc trống để xuất hồ sơ.`);
  }
  mkdirSync(outDir, { recursive: true });
  const taken = new Set([...RESERVED]);
  const files = detail.files.map((f) => {
    const name = uniqueName(safeName(f.name), taken);
    writeFileSync(join(outDir, name), archive.readFile(f.sha256), { flag: 'wx' });
    onFile?.();
    return { name, originalName: f.name, sha256: f.sha256, bytes: f.bytes, role: f.role ?? null };
  });
  const json = shipmentJson(detail, lang);
  const manifest = {
    format: 'dossier-export/1',
    exported_at: new Date().toISOString(),
    archive: archive.path,
    ...json,
    files: files.map((f) => ({ name: f.name, original_name: f.originalName, role: f.role, sha256: f.sha256, bytes: f.bytes })),
  };
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n', { flag: 'wx' });
  writeFileSync(join(outDir, 'report.txt'), shipmentReportText(detail, lang), { flag: 'wx' });
  return { dir: outDir, files };
}
