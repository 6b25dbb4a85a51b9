/**
 * Memory stays flat: 300 selections in a row (through history steps, as Back/Forward or links
 * make them), across every trigger point on both sides, leave the JS heap (after a forced
 * garbage collection) and three.js' live geometry and texture counts where they were after the
 * first few selections. Chromium runs with --expose-gc and precise memory info for this file only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp, waitForBody, type AppPage } from './support/browser';
import { shippedAtlasAndSkin } from './support/atlas-node';
import { rendererInfo, settle } from './support/scene-hook';
import type { Atlas } from '../../src/domain/catalogue';

let browser: Browser;
let atlas: Atlas;
let app: AppPage | undefined;

beforeAll(async () => {
  browser = await launch(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
  ({ atlas } = await shippedAtlasAndSkin());
});
afterAll(async () => {
  if (app) {
    expect(app.foreignRequests(), 'requests that left 127.0.0.1').toEqual([]);
    expect(app.errors, 'console errors').toEqual([]);
  }
  await browser?.close();
});

const WARM_UP = 20;
const TOTAL = 300;

/** Select each `tp:side` in turn through a history step, waiting for a frame after each. */
async function selectAll(page: Page, keys: readonly (readonly [string, string])[]): Promise<void> {
  await page.evaluate(
    async (keys) => {
      const hook = (window as unknown as { __TPA_SCENE__: { renderCount(): number } })
        .__TPA_SCENE__;
      for (const [id, side] of keys) {
        const before = hook.renderCount();
        history.pushState(null, '', `?tp=${id}&side=${side}`);
        dispatchEvent(new PopStateEvent('popstate'));
        while (hook.renderCount() === before) await new Promise((r) => requestAnimationFrame(r));
      }
    },
    keys as [string, string][],
  );
}

/** Used JS heap in bytes after two forced collections. */
const heapAfterGc = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    const w = window as unknown as { gc(): void };
    for (let i = 0; i < 2; i++) {
      w.gc();
      await new Promise((r) => setTimeout(r, 100));
    }
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
  });

describe('memory', () => {
  it('stays flat over 300 selections', async () => {
    // A small window: software rendering is the slow part, and memory does not depend on size.
    app = await openApp(browser, '/', { viewport: { width: 360, height: 480 } });
    const { page } = app;
    await waitForBody(page);
    // Alternate sides and spread over the whole atlas: instance i and its mirror far apart.
    const all = atlas.instances.map((i) => [i.triggerPoint.id, i.side] as const);
    const keys = Array.from({ length: TOTAL }, (_, n) => all[(n * 37) % all.length]!);
    expect(new Set(keys.map(([id]) => id)).size).toBeGreaterThan(100);
    expect(new Set(keys.map(([, side]) => side)).size).toBe(2);

    await selectAll(page, keys.slice(0, WARM_UP));
    await settle(page);
    const heap0 = await heapAfterGc(page);
    const gpu0 = await rendererInfo(page);

    await selectAll(page, keys.slice(WARM_UP));
    await settle(page);
    const heap1 = await heapAfterGc(page);
    const gpu1 = await rendererInfo(page);

    const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
    const margin = Math.max(heap0 * 0.15, 3 * 2 ** 20);
    expect(heap1 - heap0, `heap ${mb(heap0)} → ${mb(heap1)}`).toBeLessThan(margin);
    if (process.env.TPA_MEMORY_LOG) console.log({ heap0: mb(heap0), heap1: mb(heap1), gpu0, gpu1 });
    expect(gpu1).toEqual(gpu0);
  });
});
