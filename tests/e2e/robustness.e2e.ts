/**
 * Robustness in real Chromium: without WebGL the atlas still works as text and lists; a slow
 * model leaves the page usable and says the body is loading; a lost
 * WebGL context is restored and the body draws (and paints) again; malformed links give notices
 * that name the problem, the default view and never any HTML from the link; garbage or broken
 * localStorage leaves the app on its defaults. (Bad atlas files cannot reach the built app: the
 * data is bundled and validated at build time; the data error panel is covered in
 * tests/ui/errors.test.tsx.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { historyStep, screenshot, waitForBody } from './support/browser';
import { frontFacingInstance, redShare, visibleEssentialPoints } from './support/zones';
import { browserSession, panelTriggerPoint } from './support/session';
import { shippedAtlasAndSkin, type Skin } from './support/atlas-node';
import { renderCount, settle } from './support/scene-hook';
import type { Atlas } from '../../src/domain/catalogue';

const { open } = browserSession();

let atlas: Atlas;
let skin: Skin;

beforeAll(async () => {
  ({ atlas, skin } = await shippedAtlasAndSkin());
});

const toastText = async (page: Page): Promise<string> =>
  (await page.locator('.toast__message').allTextContents()).join('\n');

describe('robustness', () => {
  it('works as text and lists without WebGL', async () => {
    const { page } = await open('/');
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (type.startsWith('webgl') || type === 'experimental-webgl') return null;
        return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    await page.reload();
    const message = page.getByTestId('no-webgl');
    // Shown once the 3D chunk has loaded and the Canvas was refused its context.
    await expect.poll(() => message.isVisible(), { timeout: 15000 }).toBe(true);
    expect(await message.textContent()).toMatch(/WebGL.*list of trigger points/s);
    expect(await page.locator('canvas').count()).toBe(0);

    // The list and the panel.
    const instance = atlas.instances.find((i) => i.side === 'right')!;
    await page.getByRole('banner').getByRole('button', { name: 'Find a muscle' }).click();
    await page.getByRole('searchbox').fill(instance.muscle.names.common);
    await page
      .getByRole('list', { name: `${instance.muscle.names.common} trigger points` })
      .getByRole('button')
      .first()
      .click();
    await expect
      .poll(() => page.evaluate(() => location.search))
      .toContain(`tp=${instance.triggerPoint.id}`);
    await expect.poll(() => panelTriggerPoint(page)).not.toBe('');
    await screenshot(page, 'no-webgl-selected');

    // The pain finder's region list.
    await page.getByRole('button', { name: 'Where does it hurt?' }).click();
    const box = page.getByRole('searchbox', { name: 'Find a body area' });
    await box.fill('Temple');
    await page
      .getByRole('button', { name: /^Temple/ })
      .first()
      .click();
    await expect.poll(() => page.evaluate(() => location.search)).toContain('pain=temple');
    await expect.poll(() => page.locator('.pain-cand__muscle').count()).toBeGreaterThan(0);
  });

  it('shows the page, saying the body is loading, while a slow model downloads', async () => {
    // No service worker: it would answer the reload from its cache, past the held route.
    const { page } = await open('/', { serviceWorkers: 'block' });
    await waitForBody(page);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/models/body.glb', async (route) => {
      await held;
      await route.continue();
    });
    await page.reload({ waitUntil: 'commit' });
    // The page waits for the first body frame to be shown, but not longer than a second.
    const banner = page.getByRole('banner');
    await expect.poll(() => banner.isVisible(), { timeout: 10000 }).toBe(true);
    const loading = page.getByRole('status').filter({ hasText: 'Loading the 3D body' });
    await expect.poll(() => loading.isVisible(), { timeout: 10000 }).toBe(true);
    await screenshot(page, 'slow-model-loading');
    await page.getByRole('banner').getByRole('button', { name: 'Find a muscle' }).click();
    await expect.poll(() => page.getByRole('searchbox').isVisible()).toBe(true);
    await page.keyboard.press('Escape');

    release();
    await waitForBody(page);
    await expect.poll(() => loading.count()).toBe(0);
  });

  it('restores the 3D view after the WebGL context is lost', async () => {
    const { page } = await open('/', {}, [/context lost/i]);
    await waitForBody(page);
    await settle(page);
    const lost = await page.evaluate(() => {
      const canvas = document.querySelector('canvas');
      const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
      const ext = gl?.getExtension('WEBGL_lose_context');
      if (!ext) return false;
      ext.loseContext();
      // The app replaces the canvas; restoring the old one must not confuse it.
      setTimeout(() => ext.restoreContext(), 50);
      return true;
    });
    expect(lost).toBe(true);
    await expect.poll(() => page.getByTestId('scene-restoring').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByTestId('scene-restoring').count(), { timeout: 20000 })
      .toBe(0);
    await expect.poll(() => renderCount(page), { timeout: 60000 }).toBeGreaterThan(0);
    expect(await page.locator('canvas').count()).toBe(1);

    // A selection still paints its essential zone red.
    const instance = frontFacingInstance(atlas, skin);
    await historyStep(page, `?tp=${instance.triggerPoint.id}`);
    await expect.poll(() => panelTriggerPoint(page)).toBe(instance.triggerPoint.name.patient);
    await settle(page);
    await settle(page);
    const screen = await visibleEssentialPoints(page, instance, skin);
    await screenshot(page, 'context-restored-selected');
    const { share, colours } = await redShare(page, screen);
    expect(share, JSON.stringify(colours)).toBeGreaterThan(0.6);
  });

  it('names the problems in a malformed link, shows the default view and never runs its HTML', async () => {
    const html = '<img src=x onerror=alert(1)>';
    const query = new URLSearchParams({
      tp: html,
      view: '<svg onload=alert(2)>',
      side: 'up',
      pain: 'garbage!!~1,2~%%',
    });
    const app = await open(`/?${query.toString()}`);
    const { page } = app;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await waitForBody(page);
    await expect
      .poll(() => toastText(page))
      .toContain(`trigger point "${html}" that is not in this atlas`);
    const toasts = await toastText(page);
    expect(toasts).toMatch(/view "<svg onload=alert\(2\)>" is not one of/);
    expect(toasts).toMatch(/side "up" is not left or right/);
    expect(toasts).toMatch(/pain marks could not be read/);
    expect(await panelTriggerPoint(page)).toBe('');
    expect(await page.evaluate(() => new URLSearchParams(location.search).has('tp'))).toBe(false);
    expect(
      await page.evaluate(
        () => document.querySelectorAll('img[src="x"], [onerror], [onload], svg[onload]').length,
      ),
    ).toBe(0);

    // An overly long id is cut short in the notice, not echoed whole.
    const long = 'deltoid-'.repeat(600);
    await page.goto(`${app.baseUrl}/?tp=${long}`);
    await waitForBody(page);
    await expect
      .poll(() => toastText(page))
      .toMatch(/trigger point "deltoid-deltoid-.{0,40}…" that is not in this atlas/);
    expect(await panelTriggerPoint(page)).toBe('');
    await screenshot(page, 'malformed-link');
    expect(dialogs).toEqual([]);
  });

  it('loads with its defaults when stored data is garbage or storage is broken', async () => {
    // Every key the app stores (src/ui/viewer/FirstVisitHint.tsx: the only localStorage use).
    const keys = ['tpa.hint-dismissed.v1'];
    const { page } = await open('/', { firstVisit: true });
    await page.addInitScript((keys) => {
      for (const key of keys)
        localStorage.setItem(key, '\u0000{"not": json<script>alert(3)</script>');
    }, keys);
    await page.reload();
    await waitForBody(page);
    // Garbage is not "dismissed": the first-visit hint shows, as for a new visitor.
    await expect
      .poll(() => page.getByRole('note', { name: 'How to use the 3D view' }).isVisible())
      .toBe(true);

    const broken = await open('/', { firstVisit: true });
    await broken.page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('storage disabled', 'SecurityError');
        },
      });
    });
    await broken.page.reload();
    await waitForBody(broken.page);
    const hint = broken.page.getByRole('note', { name: 'How to use the 3D view' });
    await expect.poll(() => hint.isVisible()).toBe(true);
    await hint.getByRole('button').click();
    await expect.poll(() => hint.count()).toBe(0);
  });
});
