/**
 * One browser for a test file, and the pages it opened checked at the end: no request left
 * the origin and no console error was logged (other than the ones a test expects, by pattern).
 * Call `browserSession()` at the top of a file; `open` opens the app and records the page.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp, type AppPage } from './browser';

type OpenOptions = Parameters<typeof openApp>[2];

export interface BrowserSession {
  /** Open the app; `expectedErrors` are console errors this page may log (e.g. a bad link). */
  open: (path?: string, options?: OpenOptions, expectedErrors?: RegExp[]) => Promise<AppPage>;
  /** The file's browser, for tests that make their own contexts (they check those themselves). */
  browser: () => Browser;
}

export function browserSession(): BrowserSession {
  let browser: Browser | undefined;
  const opened: { app: AppPage; expected: RegExp[] }[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    for (const { app, expected } of opened) {
      expect(app.foreignRequests(), 'requests that left 127.0.0.1').toEqual([]);
      const unexpected = app.errors.filter((e) => !expected.some((p) => p.test(e)));
      expect(unexpected, 'console errors').toEqual([]);
    }
    await browser?.close();
  });
  const current = (): Browser => {
    if (!browser) throw new Error('browserSession: the browser is not launched yet');
    return browser;
  };
  return {
    open: async (path = '/', options = {}, expectedErrors = []) => {
      const app = await openApp(current(), path, options);
      opened.push({ app, expected: expectedErrors });
      return app;
    },
    browser: current,
  };
}

/** The trigger point name shown at the top of the info panel ('' when nothing is selected). */
export async function panelTriggerPoint(page: Page): Promise<string> {
  const head = page.locator('.selection-head__tp');
  return (await head.count()) ? ((await head.first().textContent()) ?? '').trim() : '';
}
