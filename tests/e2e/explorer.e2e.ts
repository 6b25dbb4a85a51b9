/**
 * The explorer end to end in real Chromium (software WebGL): the body draws, a click on a
 * hotspot selects it, the panel shows its text and its essential zone is painted red where the
 * domain says it should be, clear of the legend and the first-visit hint; deep links restore;
 * nothing leaves 127.0.0.1; no console errors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { historyStep, PHONE, screenshot, waitForBody } from './support/browser';
import { frontFacingInstance, redShare, visibleEssentialPoints } from './support/zones';
import { browserSession, panelTriggerPoint } from './support/session';
import { shippedAtlasAndSkin, type Skin } from './support/atlas-node';
import { sampleScreenshot } from './support/pixels';
import { markerPoint, project, settle } from './support/scene-hook';
import type { Atlas } from '../../src/domain/catalogue';
import type { InstanceKey } from '../../src/domain/ids';

const { open } = browserSession();

let atlas: Atlas;
let skin: Skin;

beforeAll(async () => {
  ({ atlas, skin } = await shippedAtlasAndSkin());
});

describe('explorer', () => {
  it('draws the body with its hotspots', async () => {
    const { page } = await open('/', { firstVisit: true });
    await waitForBody(page);
    await settle(page);
    const canvas = page.locator('canvas').first();
    await expect(canvas.isVisible()).resolves.toBe(true);
    await screenshot(page, 'desktop-first-visit');
    // The middle of the canvas, at chest height, is body, not background.
    const box = (await canvas.boundingBox())!;
    const [centre] = await sampleScreenshot(page, [
      { x: box.x + box.width / 2, y: box.y + box.height * 0.35 },
    ]);
    const [corner] = await sampleScreenshot(page, [{ x: box.x + 4, y: box.y + box.height - 4 }]);
    expect(centre).not.toEqual(corner);
  });

  it('selects a hotspot clicked on the canvas and paints its essential zone', async () => {
    const { page } = await open('/');
    await waitForBody(page);
    await settle(page);
    // A trigger point on the front of the body, so it faces the initial front view.
    const instance = frontFacingInstance(atlas, skin);
    const point = await markerPoint(page, instance.key);
    const target = await project(page, point!);
    expect(target.visible).toBe(true);
    await page.mouse.click(target.x, target.y);
    await expect
      .poll(() => page.evaluate(() => location.search))
      .toContain(`tp=${instance.triggerPoint.id}`);
    await expect.poll(() => panelTriggerPoint(page)).toBe(instance.triggerPoint.name.patient);
    await settle(page);

    const { share, colours } = await redShare(
      page,
      await visibleEssentialPoints(page, instance, skin),
    );
    expect(share, `red samples ${JSON.stringify(colours)}`).toBeGreaterThan(0.6);
    await screenshot(page, 'desktop-selected');
  });

  it('frames a selection clear of the legend and the first-visit hint', async () => {
    // Zones that ended up under the lower-left overlays at this size before framing counted them.
    const { page } = await open('/', { firstVisit: true, viewport: { width: 1280, height: 800 } });
    await waitForBody(page);
    const covers = () =>
      page.evaluate(() =>
        ['.legend', '.hint'].map((selector) => {
          const r = document.querySelector(selector)?.getBoundingClientRect();
          return r
            ? { selector, left: r.left, top: r.top, right: r.right, bottom: r.bottom }
            : null;
        }),
      );
    for (const id of ['upper-trapezius-1', 'peroneus-brevis-1']) {
      await historyStep(page, `?tp=${id}`);
      await page.locator('.legend').waitFor();
      const instance = atlas.instanceByKey.get(`${id}:right` as InstanceKey)!;
      const under = async () => {
        await settle(page);
        const boxes = (await covers()).filter((b) => b !== null);
        expect(boxes).toHaveLength(2);
        const points = await visibleEssentialPoints(page, instance, skin);
        return points.filter((p) =>
          boxes.some((b) => p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom),
        );
      };
      // The overlays are measured once the layout settles; the camera then frames above them.
      await expect.poll(under, { timeout: 5000 }).toEqual([]);
      await screenshot(page, `framing-clear-of-overlays-${id}`);
    }
  });

  it('restores a selection from a deep link, and back/forward move between selections', async () => {
    const first = atlas.instances[0]!;
    const second = atlas.instances.find((i) => i.muscle.id !== first.muscle.id)!;
    const { page } = await open(`/?tp=${first.triggerPoint.id}&side=left&level=clinical`);
    await waitForBody(page);
    await expect.poll(() => panelTriggerPoint(page)).toBe(first.triggerPoint.name.clinical);
    await page.goto(`${page.url().split('?')[0]}?tp=${second.triggerPoint.id}`);
    await waitForBody(page);
    await expect.poll(() => panelTriggerPoint(page)).toBe(second.triggerPoint.name.patient);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.search)).toContain(first.triggerPoint.id);
    await expect.poll(() => panelTriggerPoint(page)).toBe(first.triggerPoint.name.clinical);
  });

  it('shows a notice and the default view for an unknown id in a link', async () => {
    const { page } = await open('/?tp=no-such-muscle-9');
    await waitForBody(page);
    await expect
      .poll(() =>
        page
          .getByText(/not in this atlas/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(await page.evaluate(() => location.search)).toBe('');
  });

  it('looks right on a phone', async () => {
    const instance = atlas.instances[0]!;
    const { page } = await open(`/?tp=${instance.triggerPoint.id}`, PHONE);
    await waitForBody(page);
    await settle(page);
    await expect.poll(() => panelTriggerPoint(page)).toBe(instance.triggerPoint.name.patient);
    await screenshot(page, 'phone-selected');
  });
});
