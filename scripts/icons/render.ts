/**
 * Rasterises public/app-icon.svg into the PNG icons the web app manifest lists
 * (public/icons/icon-192.png and icon-512.png; Chrome wants PNGs at these sizes to offer
 * installing). Run with `npm run icons` after changing the SVG, and commit the PNGs.
 * Uses the same headless Chromium as the browser tests, at device pixel ratio 1, so the output
 * depends only on the SVG and the Chromium version.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../lib/chromium';

const ROOT = resolve(import.meta.dirname, '../..');
const SVG = resolve(ROOT, 'public/app-icon.svg');
const OUT = resolve(ROOT, 'public/icons');
export const ICON_SIZES = [192, 512] as const;

async function main(): Promise<void> {
  const svg = readFileSync(SVG, 'utf8');
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  mkdirSync(OUT, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({
        viewport: { width: size, height: size },
        deviceScaleFactor: 1,
      });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
          `<img src="${src}" width="${size}" height="${size}" alt="">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({
        clip: { x: 0, y: 0, width: size, height: size },
        omitBackground: true,
      });
      const file = resolve(OUT, `icon-${size}.png`);
      writeFileSync(file, png);
      console.log(`${file} (${png.length} bytes)`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
