/**
 * One browser for a test file, and the pages it opened checked at the end: no request left
 * the origin and no console error was logged. Call `browserSession()` at the top of a file;
 * `open` opens the app and records the page.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp, type AppPage } from './browser';

export function browserSession(): {
  open: (path?: string, options?: Parameters<typeof openApp>[2]) => Promise<AppPage>;
} {
  let browser: Browser | undefined;
  const opened: AppPage[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    for (const app of opened) {
      expect(app.foreignRequests(), 'requests that left 127.0.0.1').toEqual([]);
      expect(app.errors, 'console errors').toEqual([]);
    }
    await browser?.close();
  });
  return {
    open: async (path = '/', options = {}) => {
      if (!browser) throw new Error('browserSession: the browser is not launched yet');
      const app = await openApp(browser, path, options);
      opened.push(app);
      return app;
    },
  };
}

/** The trigger point name shown at the top of the info panel ('' when nothing is selected). */
export async function panelTriggerPoint(page: Page): Promise<string> {
  const head = page.locator('.selection-head__tp');
  return (await head.count()) ? ((await head.first().textContent()) ?? '').trim() : '';
}
