import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/** Where the README's screenshots go, and the two sizes each is taken at (a laptop's, a projector's). */
const OUT = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

export interface SaveOptions {
  /** The top of the screen, as a person opening it sees it (an action before may have scrolled it). */
  top?: boolean;
  /** The whole page, not only what the window shows. */
  fullPage?: boolean;
}

/** `docs/screenshots/<name>-<width>x<height>.png`, at each size. */
export async function save(page: Page, name: string, options: SaveOptions = {}): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    if (options.top) await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({
      path: `${OUT}${name}-${size.width}x${size.height}.png`,
      fullPage: options.fullPage ?? false,
    });
  }
}
