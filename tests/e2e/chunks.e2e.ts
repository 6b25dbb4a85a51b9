/**
 * Every mode beyond the explorer is its own chunk: a first visit to the explorer downloads no
 * pain-finder or Learn code; entering the pain finder loads its panel and its scene layer, and
 * opening Learn loads the Learn dialog. Read from the page's resource timing (what the page
 * itself fetched), so a service worker precaching in the background does not count.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForBody } from './support/browser';
import { browserSession } from './support/session';

const { open } = browserSession();

/** File names of the scripts the page has loaded so far. */
const scripts = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname.split('/').pop() ?? '')
      .filter((name) => name.endsWith('.js')),
  );

const PAIN_CHUNKS = [/^PainModePanel-/, /^PainDrawing-/];
const LEARN_CHUNK = /^LearnDialog-/;
const has = (names: string[], pattern: RegExp) => names.some((n) => pattern.test(n));

describe('chunks', () => {
  it('loads the pain finder and Learn only when they are opened', async () => {
    const app = await open('/');
    const { page } = app;
    await waitForBody(page);
    const first = await scripts(page);
    expect(first.length, first.join(', ')).toBeGreaterThan(0);
    for (const p of [...PAIN_CHUNKS, LEARN_CHUNK])
      expect(has(first, p), `${p} on first load: ${first.join(', ')}`).toBe(false);

    await page.getByRole('button', { name: 'Where does it hurt?' }).click();
    await expect.poll(() => page.locator('.pain-summary').count()).toBeGreaterThan(0);
    for (const p of PAIN_CHUNKS)
      await expect.poll(async () => has(await scripts(page), p), { message: String(p) }).toBe(true);
    expect(has(await scripts(page), LEARN_CHUNK)).toBe(false);

    await page.getByRole('button', { name: 'Learn' }).click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(has(await scripts(page), LEARN_CHUNK)).toBe(true);
  });
});
