/** Typed access to the scene's small test hook (window.__TPA_SCENE__, see src/scene). */
import type { Page } from 'playwright-core';
import type { Vec3 } from '../../../src/domain/vec';

export interface Projected {
  x: number;
  y: number;
  visible: boolean;
}

interface Hook {
  project(p: Vec3): Projected;
  markerPoint(key: string): Vec3 | null;
  viewDirection(): Vec3;
  renderCount(): number;
  rendererInfo(): { geometries: number; textures: number };
}

export const project = (page: Page, p: Vec3): Promise<Projected> =>
  page.evaluate(
    (p) => (window as unknown as { __TPA_SCENE__: Hook }).__TPA_SCENE__.project(p),
    p as [number, number, number],
  );

/** Unit vector from the view towards the camera: which side of the body is shown. */
export const viewDirection = (page: Page): Promise<Vec3> =>
  page.evaluate(() => (window as unknown as { __TPA_SCENE__: Hook }).__TPA_SCENE__.viewDirection());

export const markerPoint = (page: Page, key: string): Promise<Vec3 | null> =>
  page.evaluate(
    (key) => (window as unknown as { __TPA_SCENE__: Hook }).__TPA_SCENE__.markerPoint(key),
    key,
  );

/** Wait until camera animation has settled (reduced motion makes it instant, but frames are async). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((r) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150))),
      ),
  );
}

/** Frames the scene has rendered so far (0 while no scene is mounted). */
export const renderCount = (page: Page): Promise<number> =>
  page.evaluate(
    () => (window as unknown as { __TPA_SCENE__?: Hook }).__TPA_SCENE__?.renderCount() ?? 0,
  );

/** three.js' live geometry and texture counts. */
export const rendererInfo = (page: Page): Promise<{ geometries: number; textures: number }> =>
  page.evaluate(() => (window as unknown as { __TPA_SCENE__: Hook }).__TPA_SCENE__.rendererInfo());
