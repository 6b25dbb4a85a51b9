/**
 * The installable, offline app and its Content-Security-Policy, in real Chromium against the
 * built app: after a first visit the service worker controls the page with everything
 * precached; with the network off a reload still draws the body, the muscle list and panel
 * work, a deep link opens its trigger point, and no request fails. The CSP meta tag is present
 * and nothing the explorer, the pain finder or the Learn view does violates it. A newly deployed
 * version is offered with a Reload notice and takes over only when the user reloads.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, waitForBody } from './support/browser';
import { browserSession, panelTriggerPoint } from './support/session';
import { settle } from './support/scene-hook';
import { controlsUnder } from './support/boxes';
import { shippedAtlasAndSkin } from './support/atlas-node';
import { serveStatic } from '../../scripts/lib/static-server';
import type { Atlas } from '../../src/domain/catalogue';

const { open, browser } = browserSession();

let atlas: Atlas;

beforeAll(async () => {
  ({ atlas } = await shippedAtlasAndSkin());
});

/** URLs the service worker's precache holds, relative to the app's base URL. */
async function precached(page: Page, baseUrl: string): Promise<string[]> {
  const urls = await page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      for (const request of await (await caches.open(name)).keys()) out.push(request.url);
    }
    return out;
  });
  return urls.map((u) => u.replace(`${baseUrl}/`, '').replace(/\?.*$/, ''));
}

/** Waits until the service worker is active (precache complete) and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30000,
  });
}

describe('offline and installable', () => {
  it('works with the network off after the first visit', async () => {
    const app = await open('/');
    const { page, baseUrl } = app;
    // On the context, so the service worker's own fetches (the precache) count too.
    const failed: string[] = [];
    const all: string[] = [];
    page.context().on('request', (r) => all.push(r.url()));
    page
      .context()
      .on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
    await waitForBody(page);
    await waitForServiceWorker(page);

    const cached = await precached(page, baseUrl);
    for (const file of [
      'index.html',
      'manifest.webmanifest',
      'models/body.glb',
      'icons/icon-192.png',
      'icons/icon-512.png',
    ]) {
      expect(cached, `precache holds ${file}`).toContain(file);
    }
    expect(
      cached.filter((u) => u.startsWith('assets/') && u.endsWith('.js')).length,
    ).toBeGreaterThan(2);
    expect(cached.some((u) => u.startsWith('assets/') && u.endsWith('.css'))).toBe(true);
    const manifest = await page.evaluate(() =>
      fetch('manifest.webmanifest').then(
        (r) => r.json() as Promise<{ name: string; display: string }>,
      ),
    );
    expect(manifest).toMatchObject({ name: 'Trigger Point Atlas', display: 'standalone' });

    await page.context().setOffline(true);
    await page.reload();
    await waitForBody(page);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await settle(page);
    await screenshot(page, 'offline-reloaded');

    // The muscle list and the panel.
    const instance = atlas.instances.find((i) => i.side === 'right')!;
    await page.getByRole('banner').getByRole('button', { name: 'Find a muscle' }).click();
    await page.getByRole('searchbox').fill(instance.muscle.names.common);
    await page
      .getByRole('button', {
        name: new RegExp(
          `^${instance.muscle.names.common}: ${instance.triggerPoint.name.patient}.*right side$`,
        ),
      })
      .first()
      .click();
    await expect.poll(() => panelTriggerPoint(page)).toBe(instance.triggerPoint.name.patient);

    // A deep link to another trigger point, opened with the network still off.
    const other = atlas.instances.find((i) => i.muscle.id !== instance.muscle.id)!;
    await page.goto(`${baseUrl}/?tp=${other.triggerPoint.id}&side=left`);
    await waitForBody(page);
    await expect.poll(() => panelTriggerPoint(page)).toBe(other.triggerPoint.name.patient);
    await screenshot(page, 'offline-deep-link');

    expect(failed, 'failed requests').toEqual([]);
    expect(
      all.filter((u) => !u.startsWith(baseUrl)),
      'requests that left 127.0.0.1',
    ).toEqual([]);
    await page.context().setOffline(false);
  });

  it('has a CSP that allows nothing from elsewhere, and no violation in any mode', async () => {
    const app = await open('/');
    const { page } = app;
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toContain("default-src 'self'");
    expect(meta).toContain("object-src 'none'");
    // No directive may name another origin or allow inline or eval'd script.
    expect(meta).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(meta!.match(/script-src [^;]*/)?.[0]).not.toContain("'unsafe-inline'");

    // Record violations from the very start of the next load.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __CSP__: string[] }).__CSP__ = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const violations = () =>
      page.evaluate(() => (window as unknown as { __CSP__: string[] }).__CSP__);

    // Explorer: the body, a selection from a link, the layers menu.
    const instance = atlas.instances[0]!;
    await page.goto(`${app.baseUrl}/?tp=${instance.triggerPoint.id}`);
    await waitForBody(page);
    await expect.poll(() => panelTriggerPoint(page)).toBe(instance.triggerPoint.name.patient);
    await page.getByRole('button', { name: /^layers$/i }).click();
    await settle(page);

    // The pain finder, with a region marked.
    await page.getByRole('button', { name: 'Where does it hurt?' }).click();
    await page.getByRole('searchbox', { name: 'Find a body area' }).fill('Temple');
    await page
      .getByRole('button', { name: /^Temple/ })
      .first()
      .click();
    await expect.poll(() => page.evaluate(() => location.search)).toContain('pain=');
    await settle(page);

    // The Learn view.
    await page.getByRole('button', { name: /learn/i }).first().click();
    await expect.poll(() => page.getByRole('dialog').count()).toBeGreaterThan(0);
    await settle(page);
    await screenshot(page, 'csp-learn');

    expect(await violations()).toEqual([]);
  });

  it('offers the new version when one is deployed, and switches to it on Reload', async () => {
    // A private copy of the build, so "deploying" a new worker touches no other test.
    const root = mkdtempSync(join(tmpdir(), 'tpa-update-'));
    // The build under test: E2E_DIST when set (as the global setup serves it), else dist/.
    const dist = process.env['E2E_DIST'] ?? resolve(import.meta.dirname, '../../dist');
    cpSync(dist, root, { recursive: true });
    const server = await serveStatic(root);
    const context = await browser().newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${server.url}/`);
      await waitForBody(page);
      await waitForServiceWorker(page);
      const banner = page.getByRole('status', { name: 'App updates' });
      expect(await banner.textContent()).toBe('');

      // Deploy: any byte change to sw.js is a new version of the worker.
      const sw = join(root, 'sw.js');
      writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// next version\n`);
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await expect
        .poll(() => banner.textContent(), { timeout: 30000 })
        .toContain('A new version of the atlas is ready');
      expect(await controlsUnder(page, '.update-banner')).toEqual([]);
      await screenshot(page, 'update-ready');

      await Promise.all([
        page.waitForEvent('load'),
        banner.getByRole('button', { name: 'Reload' }).click(),
      ]);
      await waitForBody(page);
      expect(
        await page.evaluate(() =>
          navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null),
        ),
      ).toBeNull();
      expect(await banner.textContent()).toBe('');
      expect(requests.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u))).toEqual(
        [],
      );
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
