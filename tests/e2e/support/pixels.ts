/**
 * Reading colours out of a screenshot. The WebGL canvas cannot be read back directly (no
 * preserveDrawingBuffer), so tests take a PNG screenshot and decode it in the page.
 */
import type { Page } from 'playwright-core';

export type Rgb = readonly [number, number, number];

/** Colours at the given CSS-pixel points of a fresh viewport screenshot. */
export async function sampleScreenshot(
  page: Page,
  points: readonly { x: number; y: number }[],
): Promise<Rgb[]> {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, points }) => {
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, 0, 0);
      return points.map(({ x, y }) => {
        const d = ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data;
        return [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0] as [number, number, number];
      });
    },
    { png, points },
  );
}

/** Pain-mark violet: far more blue than green, and bluer than red (the zones are red, the skin
 *  warm, the background grey). */
export const isMarkViolet = ([r, g, b]: Rgb): boolean => b - g > 60 && b > r + 20;

/** Zone red: strongly red, clearly more red than green and blue (skin is warm, but not this). */
export const isZoneRed = ([r, g, b]: Rgb): boolean => r > 140 && r - g > 70 && r - b > 60;
