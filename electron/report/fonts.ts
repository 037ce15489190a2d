// The TTF fonts embedded in PDF reports (resources/fonts, DejaVu Sans with its licence): found beside the
// controlled lists in a checkout, the bundled CLI and the packaged app alike (resourcesDir()).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../reference/controlled-lists.ts';

export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  /** Chinese, Japanese and Korean text (supplier sheet names, headers), which DejaVu Sans does not cover. */
  cjk?: Uint8Array;
}

let cached: ReportFonts | null = null;

export function loadReportFonts(): ReportFonts {
  if (cached) return cached;
  const dir = join(resourcesDir(), 'fonts');
  const read = (name: string) => {
    const path = join(dir, name);
    if (!existsSync(path)) throw new Error(`The report font ${path} is missing: reinstall Dossier (resources/fonts).`);
    return new Uint8Array(readFileSync(path));
  };
  cached = { regular: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf'), cjk: read('DroidSansFallback.ttf') };
  return cached;
}
