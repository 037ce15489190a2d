// Screenshots of a spec's screen, per window size and language: test-results/screens/<width>x<height>/<name>-<lang>.png.
import type { Page } from '@playwright/test';

/** Each language at each window size (1280x720 a laptop, 1920x1080 an office screen), once. */
export const SIZES_AND_LANGS = [[1280, 720, 'vi'], [1920, 1080, 'en'], [1280, 720, 'en'], [1920, 1080, 'vi']] as const;

export function shot(page: Page, name: string, lang: string): Promise<Buffer> {
  const v = page.viewportSize()!;
  return page.screenshot({ path: `test-results/screens/${v.width}x${v.height}/${name}-${lang}.png`, fullPage: true });
}
