/**
 * The layout at five common sizes (phones, tablet portrait and landscape, laptop): the explorer
 * with a selection and the pain finder, saved to test-results/screenshots/responsive-*.png for
 * people to look at. Checks that the page never scrolls sideways and that the header, the panel
 * (or the bottom sheet's visible part) and the camera view buttons lie inside the viewport, and
 * that the stored-pack notice under the header (where the update notice shows too) hides no
 * control.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { historyStep, screenshot, waitForBody } from './support/browser';
import { browserSession } from './support/session';
import { settle } from './support/scene-hook';
import { controlsUnder } from './support/boxes';

const { open } = browserSession();

const SIZES = [
  { width: 360, height: 740, touch: true },
  { width: 390, height: 844, touch: true },
  { width: 768, height: 1024, touch: true },
  { width: 1024, height: 768, touch: true },
  { width: 1440, height: 900, touch: false },
] as const;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Sideways overflow of the page, and the boxes of the parts that must be on screen. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const box = (selector: string): Box | null => {
      const el = document.querySelector(selector);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const root = document.documentElement;
    return {
      overflowX: Math.max(root.scrollWidth, document.body.scrollWidth) - root.clientWidth,
      header: box('.app-header'),
      panel: box('.side-panel') ?? box('.bottom-sheet'),
      sheet: document.querySelector('.bottom-sheet') !== null,
      views: box('.view-controls'),
    };
  });

function expectInside(
  name: string,
  box: Box | null,
  width: number,
  height: number,
  partly = false,
) {
  expect(box, `${name} is on the page`).not.toBeNull();
  const b = box!;
  const at = `${name} at ${JSON.stringify(b)} in ${width}×${height}`;
  expect(b.left, at).toBeGreaterThanOrEqual(-0.5);
  expect(b.right, at).toBeLessThanOrEqual(width + 0.5);
  expect(b.top, at).toBeGreaterThanOrEqual(-0.5);
  // A bottom sheet may run below the fold; its top (the grip) must be on screen.
  if (partly) expect(b.top, at).toBeLessThan(height - 40);
  else expect(b.bottom, at).toBeLessThanOrEqual(height + 0.5);
}

async function check(page: Page, width: number, height: number) {
  const m = await measure(page);
  expect(m.overflowX, `sideways scroll at ${width}×${height}`).toBeLessThanOrEqual(0);
  expectInside('header', m.header, width, height);
  expectInside('panel', m.panel, width, height, m.sheet);
  expectInside('view controls', m.views, width, height);
}

describe('responsive layout', () => {
  for (const { width, height, touch } of SIZES) {
    it(`fits ${width}×${height}`, async () => {
      const app = await open('/?tp=upper-trapezius-1', {
        viewport: { width, height },
        hasTouch: touch,
        isMobile: touch && width < 900,
      });
      const { page } = app;
      await waitForBody(page);
      await expect.poll(() => page.locator('.selection-head__tp').count()).toBeGreaterThan(0);
      await settle(page);
      await check(page, width, height);
      await screenshot(page, `responsive-${width}x${height}-explorer`);

      // Phones have no header button with a selection open: a history step (as Back/Forward
      // would) goes there on every size without reloading.
      await historyStep(page, '?mode=pain');
      await expect.poll(() => page.locator('.pain-summary').count()).toBeGreaterThan(0);
      await settle(page);
      await check(page, width, height);
      await screenshot(page, `responsive-${width}x${height}-pain`);

      // A stored pack that fails to load: its notice shows under the header, as the update
      // notice does, and must leave every control (view buttons, header, panel) usable.
      await page.evaluate(() => localStorage.setItem('tpa.pack.v1', '{"version":1,"name":"cli'));
      await page.goto(`${app.baseUrl}/?tp=upper-trapezius-1`);
      await waitForBody(page);
      const notice = page.getByRole('status', { name: 'Data pack notice' });
      await expect.poll(() => notice.innerText()).toMatch(/could not be loaded/);
      await settle(page);
      expect(await controlsUnder(page, '.pack-notice')).toEqual([]);
      await check(page, width, height);
      await screenshot(page, `responsive-${width}x${height}-notice`);
    });
  }
});
