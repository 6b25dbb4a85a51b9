/**
 * The anatomy layers end to end in real Chromium (software WebGL): switching the skin off shows
 * the muscles at the body's centre and switching them off too leaves the background; a selection
 * highlights its own muscle on its own side (read through window.__TPA_SCENE__); a muscle under
 * the mouse is named. Needs a body model with muscle nodes: against a skin-only model these
 * tests are skipped, saying so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, waitForBody } from './support/browser';
import { browserSession } from './support/session';
import { shippedAtlasAndSkin } from './support/atlas-node';
import { sampleScreenshot, type Rgb } from './support/pixels';
import { settle } from './support/scene-hook';
import { readBodyGlb } from '../../scripts/lib/body-glb';
import type { Atlas } from '../../src/domain/catalogue';

const session = browserSession();

const { nodeNames } = await readBodyGlb();
const hasMuscles = nodeNames.some((n) => /^muscle\.[a-z0-9-]+\.(R|L)$/.test(n));
const SKIP_REASON = 'public/models/body.glb has no muscle.<id>.R|L nodes yet';

let atlas: Atlas;

beforeAll(async () => {
  ({ atlas } = await shippedAtlasAndSkin());
});

async function open(path = '/') {
  const app = await session.open(path);
  await waitForBody(app.page);
  // The Layers panel starts closed so it does not cover the body: open it.
  await app.page.getByRole('button', { name: /^layers$/i, expanded: false }).click();
  await settle(app.page);
  return app.page;
}

const layerSwitch = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const highlighted = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { __TPA_SCENE__: { highlightedMuscle(): string | null } }
    ).__TPA_SCENE__.highlightedMuscle(),
  );
const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

async function fadeSkin(page: Page, percent: number) {
  await page.getByRole('slider', { name: /skin opacity/i }).fill(String(percent));
  await settle(page);
}

describe(`anatomy layers${hasMuscles ? '' : ` (skipped: ${SKIP_REASON})`}`, () => {
  it.skipIf(!hasMuscles)(
    `shows muscles where the skin was, and the background without either`,
    async () => {
      const page = await open('/');
      const box = (await page.locator('canvas').first().boundingBox())!;
      // The chest, at the canvas's centre line, away from the midline's markers; and a corner.
      const probes = [
        { x: box.x + box.width / 2 - 0.035 * box.height, y: box.y + box.height * 0.33 },
        { x: box.x + 4, y: box.y + box.height - 4 },
      ];
      const [skin, corner] = await sampleScreenshot(page, probes);
      await layerSwitch(page, 'Skin').click();
      await settle(page);
      const [muscle] = await sampleScreenshot(page, probes);
      await screenshot(page, 'layers-muscles');
      await layerSwitch(page, 'Muscles').click();
      await settle(page);
      const [bare] = await sampleScreenshot(page, probes);
      expect(distance(skin!, corner!), 'skin differs from background').toBeGreaterThan(20);
      expect(distance(muscle!, skin!), `muscle ${muscle} vs skin ${skin}`).toBeGreaterThan(30);
      // Muscle is red-brown: clearly more red than green or blue.
      expect(muscle![0] - muscle![1], `muscle colour ${muscle}`).toBeGreaterThan(40);
      expect(distance(bare!, corner!), `nothing drawn: ${bare} vs ${corner}`).toBeLessThan(12);
    },
  );

  it.skipIf(!hasMuscles)(`highlights the selected trigger point's muscle on its side`, async () => {
    const instance = atlas.instances.find((i) => nodeNames.includes(`muscle.${i.muscle.id}.L`))!;
    expect(instance, 'a trigger point whose muscle is in the model').toBeDefined();
    const page = await open(`/?tp=${instance.triggerPoint.id}`);
    // Under the opaque skin nothing is drawn, so nothing is highlighted.
    expect(await highlighted(page)).toBeNull();
    await fadeSkin(page, 40);
    await expect.poll(() => highlighted(page)).toBe(`muscle.${instance.muscle.id}.R`);
    await screenshot(page, 'layers-highlight-right');
    await page.getByRole('button', { name: 'Left side', exact: true }).click();
    await expect.poll(() => highlighted(page)).toBe(`muscle.${instance.muscle.id}.L`);
    await layerSwitch(page, 'Muscles').click();
    await expect.poll(() => highlighted(page)).toBeNull();
  });

  it.skipIf(!hasMuscles)(`names a muscle under the mouse when the skin is off`, async () => {
    const page = await open('/');
    await layerSwitch(page, 'Skin').click();
    await settle(page);
    const box = (await page.locator('canvas').first().boundingBox())!;
    const label = page.getByTestId('marker-label');
    const names = new Set(
      atlas.muscles.flatMap((m) => [`${m.names.common} (right)`, `${m.names.common} (left)`]),
    );
    let seen = '';
    // Walk down the thigh and chest until the label names a muscle (markers keep priority).
    for (let k = 0; k < 24 && !seen; k++) {
      await page.mouse.move(
        box.x + box.width / 2 - 0.05 * box.height,
        box.y + box.height * (0.25 + k * 0.025),
      );
      await settle(page);
      const text = (await label.isVisible()) ? ((await label.textContent()) ?? '') : '';
      if (names.has(text)) seen = text;
    }
    expect(seen, 'a hovered muscle is named').not.toBe('');
  });
});
