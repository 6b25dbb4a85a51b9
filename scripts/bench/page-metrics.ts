/**
 * Measurements taken in headless Chromium: what was loaded before the first body frame and how
 * long that took, the frame rate while orbiting (renders per second during a mouse drag — the
 * app renders on demand, so this is how fast it can follow the hand), and, for the app, how long
 * a selection takes to reach a painted frame.
 */
import type { Browser, Page } from 'playwright-core';

export interface LoadFigures {
  readonly firstFrameMs: number;
  /** Paths (relative to the server) fetched before the first frame. */
  readonly assets: readonly string[];
}

const VIEWPORT = { width: 1280, height: 800 };

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  await context.addInitScript(() => {
    try {
      localStorage.setItem('tpa.hint-dismissed.v1', '1');
    } catch {
      /* no storage */
    }
  });
  return context.newPage();
}

export async function measureLoad(
  browser: Browser,
  url: string,
): Promise<LoadFigures & { page: Page }> {
  const page = await newPage(browser);
  await page.goto(url);
  await page.waitForFunction(
    () => typeof (window as { __FIRST_FRAME__?: number }).__FIRST_FRAME__ === 'number',
    null,
    { timeout: 120000 },
  );
  const { firstFrameMs, assets } = await page.evaluate(() => {
    const first = (window as { __FIRST_FRAME__?: number }).__FIRST_FRAME__ ?? 0;
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const nav = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    const paths = entries
      .filter((e) => e.responseEnd <= first)
      .map((e) => new URL(e.name).pathname);
    if (nav) paths.unshift(new URL(nav.name).pathname);
    return { firstFrameMs: first, assets: paths };
  });
  return { firstFrameMs, assets, page };
}

/** Renders per second while the mouse drags across the canvas for about `ms` milliseconds. */
export async function measureOrbit(
  page: Page,
  renders: () => Promise<number>,
  ms = 2500,
): Promise<number> {
  const box = await page.locator('canvas').first().boundingBox();
  if (!box) throw new Error('no canvas');
  const y = box.y + box.height * 0.45;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  const before = await renders();
  const start = Date.now();
  let i = 0;
  while (Date.now() - start < ms) {
    i++;
    const x = box.x + box.width * (0.3 + 0.4 * Math.abs(Math.sin(i / 15)));
    await page.mouse.move(x, y, { steps: 1 });
  }
  const elapsed = (Date.now() - start) / 1000;
  const after = await renders();
  await page.mouse.up();
  return (after - before) / elapsed;
}

/** One selection's timings (ms from asking for it). */
export interface SelectionSample {
  /**
   * To the end of renderer.render() for the first frame with the zones painted: the JavaScript
   * part (store, React, painting, camera, waiting for the animation frame, issuing the draw
   * calls). What the budget is judged on.
   */
  readonly submitted: number;
  /** To that frame having been drawn by the GPU (software rasterisation here): end to end. */
  readonly drawn: number;
}

interface SceneHook {
  renderCount(): number;
  renderedAt(): number;
  finishFrame(): number;
  timeNextFrame(): void;
  drawnAt(): number;
}

/**
 * Timings from asking for a selection (through a history step, as Back/Forward or a link
 * would) to the first frame rendered after it with the zones painted: submitted, and drawn.
 * Each sample starts with an idle GPU (the previous frame read back), so one sample's
 * rasterisation does not land in the next sample's JavaScript time.
 */
export async function measureSelection(
  page: Page,
  triggerPointIds: readonly string[],
): Promise<SelectionSample[]> {
  const samples: SelectionSample[] = [];
  for (const id of triggerPointIds) {
    await page.waitForTimeout(150);
    const sample = await page.evaluate(async (id) => {
      const hook = (window as unknown as { __TPA_SCENE__: SceneHook }).__TPA_SCENE__;
      hook.finishFrame();
      hook.timeNextFrame();
      const before = hook.renderCount();
      const t0 = performance.now();
      history.pushState(null, '', `?tp=${id}`);
      dispatchEvent(new PopStateEvent('popstate'));
      while (hook.renderCount() === before) await new Promise((r) => requestAnimationFrame(r));
      return { submitted: hook.renderedAt() - t0, drawn: hook.drawnAt() - t0 };
    }, id);
    samples.push(sample);
  }
  return samples;
}

/**
 * The floor's own frame: render once (as an orbit step would) and time the submission and the
 * drawing (bench/floor exposes `__FLOOR_FRAME__`). Median of `runs`.
 */
export async function measureFloorFrame(page: Page, runs = 7): Promise<SelectionSample[]> {
  const samples: SelectionSample[] = [];
  for (let i = 0; i < runs; i++) {
    await page.waitForTimeout(150);
    samples.push(
      await page.evaluate(() =>
        (window as unknown as { __FLOOR_FRAME__: () => SelectionSample }).__FLOOR_FRAME__(),
      ),
    );
  }
  return samples;
}
