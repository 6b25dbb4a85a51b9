/**
 * Launching Debian's Chromium through playwright-core with software WebGL, and opening the app
 * in a page that records every request and console error so tests can assert that nothing left
 * the origin and nothing went wrong.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/lib/chromium';
import { inject } from 'vitest';

export const SCREENSHOTS = resolve(import.meta.dirname, '../../../test-results/screenshots');

/** Debian's Chromium with software WebGL and no outside network (scripts/lib/chromium.ts). */
export const launch = (extraArgs: readonly string[] = []): Promise<Browser> =>
  launchChromium(extraArgs);

export interface AppPage {
  readonly page: Page;
  readonly baseUrl: string;
  /** Every URL the page requested. */
  readonly requests: string[];
  /** Console errors and uncaught page errors. */
  readonly errors: string[];
  /** Requests that went anywhere but the app's own origin. */
  foreignRequests(): string[];
}

/** A 390×844 phone with a touch screen, for `openApp`'s options (add `viewport` to change size). */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
} as const;

export async function openApp(
  browser: Browser,
  path = '/',
  options: BrowserContextOptions & { firstVisit?: boolean } = {},
): Promise<AppPage> {
  const baseUrl = inject('baseUrl');
  const { firstVisit = false, ...contextOptions } = options;
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    ...contextOptions,
  });
  if (!firstVisit) {
    // Returning visitor: the first-visit hint has been seen.
    await context.addInitScript(() => {
      try {
        localStorage.setItem('tpa.hint-dismissed.v1', '1');
      } catch {
        /* storage may be unavailable */
      }
    });
  }
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(baseUrl + path);
  const origin = new URL(baseUrl).origin;
  return {
    page,
    baseUrl,
    requests,
    errors,
    foreignRequests: () =>
      requests.filter(
        (u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'),
      ),
  };
}

/**
 * Wait until the body model has been drawn (the app sets window.__FIRST_FRAME__) and the atlas
 * has arrived with its markers (checked in a worker started after that first frame), so a test
 * starts from what a user sees a moment after opening the page.
 */
export async function waitForBody(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      typeof (window as { __FIRST_FRAME__?: number }).__FIRST_FRAME__ === 'number' &&
      (
        window as { __TPA_SCENE__?: { markersReady?: () => boolean } }
      ).__TPA_SCENE__?.markersReady?.() === true,
    null,
    { timeout: 60000 },
  );
}

/**
 * Go to `search` (e.g. `?tp=soleus-1`) without reloading, as Back/Forward or a link inside the
 * page would: a history entry, then the popstate the app listens for.
 */
export const historyStep = (page: Page, search: string): Promise<void> =>
  page.evaluate((s) => {
    history.pushState(null, '', s);
    dispatchEvent(new PopStateEvent('popstate'));
  }, search);

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
