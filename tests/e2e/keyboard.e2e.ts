/**
 * A whole task with the keyboard only, in real Chromium: Tab to "Find a muscle", type a filter,
 * arrow to a trigger point, Enter, and the panel shows it; switch the reading level; open Learn
 * and close it with Escape; enter the pain finder, add a body area from the region list, and
 * candidates appear. At every step the focused element must show a visible focus indicator
 * (a computed outline or box-shadow), and Tab must never get stuck (on the canvas or anywhere).
 * On a phone with a keyboard: focus survives the sheet's content being swapped (a pick, the
 * pain finder's way in), and an area marked from the list is turned into view.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, screenshot, waitForBody } from './support/browser';
import { browserSession } from './support/session';
import { viewDirection } from './support/scene-hook';

const { open } = browserSession();

interface Focused {
  /** Role-ish description for messages: tag, accessible label or text. */
  what: string;
  name: string;
  visibleIndicator: boolean;
}

/** The focused element, its name and whether it draws a focus indicator. */
const focused = (page: Page): Promise<Focused | null> =>
  page.evaluate(async () => {
    // Two frames: a focus style's (reduced-motion, near-zero) transition has finished.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    // A ring: some shadow layer with a spread and a colour that is not fully transparent.
    const shadow = style.boxShadow.split(/,(?![^(]*\))/).some((layer) => {
      const lengths = layer
        .replace(/\w+\([^)]*\)/g, '')
        .trim()
        .split(/\s+/)
        .map(parseFloat);
      const spread = lengths[3] ?? 0;
      const transparent = /rgba\([^)]*,\s*0\)|transparent|\/ 0\)/.test(layer);
      return spread > 0 && !transparent;
    });
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '')
      .trim()
      .replace(/\s+/g, ' ');
    return {
      what: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${name.slice(0, 60)}" [outline ${style.outlineStyle} ${style.outlineWidth}; shadow ${style.boxShadow}; focus-visible ${el.matches(':focus-visible')}]`,
      name,
      visibleIndicator: outline || shadow,
    };
  });

/** Asserts the focused element shows where focus is. */
async function expectVisibleFocus(page: Page): Promise<Focused> {
  let f = await focused(page);
  // Software rendering can be a few frames behind under load: give the ring a moment.
  for (let i = 0; i < 10 && f && !f.visibleIndicator; i++) {
    await page.waitForTimeout(50);
    f = await focused(page);
  }
  expect(f, 'something has focus').not.toBeNull();
  expect(f!.visibleIndicator, `focus indicator on ${f!.what}`).toBe(true);
  return f!;
}

/** Presses a key, then checks the focus indicator of whatever has focus. */
async function press(page: Page, key: string): Promise<Focused> {
  await page.keyboard.press(key);
  return expectVisibleFocus(page);
}

/**
 * Tabs (or Shift+Tabs) until the focused element's name matches, checking the focus indicator
 * at every stop. Focus may not get stuck: each press must move it somewhere new.
 */
async function tabTo(
  page: Page,
  name: RegExp,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
  max = 40,
): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const f = await press(page, key);
    expect(f.what, `focus moved on from ${f.what}`).not.toBe(seen.at(-1));
    seen.push(f.what);
    if (name.test(f.name)) return f;
  }
  throw new Error(`${key} never reached ${name}; went through:\n${seen.join('\n')}`);
}

describe('keyboard only', () => {
  it('finds a muscle, reads it, switches level, opens Learn and uses the pain finder', async () => {
    const app = await open('/');
    const { page } = app;
    await waitForBody(page);

    // Find a muscle: the first stop after the page itself.
    await tabTo(page, /^Find a muscle$/, 'Tab', 5);
    await press(page, 'Enter');
    const filter = page.getByRole('searchbox', { name: /Filter by muscle/ });
    await expect.poll(() => filter.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('trapezius');
    await expectVisibleFocus(page);
    let row = await press(page, 'ArrowDown');
    while (!/^Upper trapezius: .*, right side$/.test(row.name))
      row = await press(page, 'ArrowDown');
    await press(page, 'Enter');
    const head = page.locator('.selection-head__tp').first();
    await head.waitFor();
    expect(await page.locator('.selection-head').first().textContent()).toContain(
      'Upper trapezius',
    );
    await expect.poll(() => page.evaluate(() => location.search)).toContain('tp=upper-trapezius');

    // The selection is announced.
    await expect
      .poll(() => page.getByTestId('announcer').textContent())
      .toMatch(/^Showing Upper trapezius, .+, right side\.$/);

    // Escape closes the list and returns to its button; the reading level is a few stops on.
    expect((await press(page, 'Escape')).name).toBe('Find a muscle');
    await tabTo(page, /^Clinical$/);
    await press(page, 'Enter');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('level=clinical');
    expect(await page.locator('.selection-head').first().textContent()).toContain(
      'Upper trapezius',
    );

    // Learn opens as a dialog and Escape closes it, returning focus to its button.
    await tabTo(page, /^Learn$/, 'Shift+Tab');
    await press(page, 'Enter');
    await page.locator('dialog.learn[open]').waitFor();
    await expectVisibleFocus(page);
    await press(page, 'Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog.learn[open]').count()).toBe(0);
    expect((await expectVisibleFocus(page)).name).toBe('Learn');

    // The pain finder from the header, a body area from the list, and candidates appear.
    await tabTo(page, /^Where does it hurt\?/, 'Shift+Tab');
    await press(page, 'Enter');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('mode=pain');
    await page.getByRole('searchbox', { name: 'Find a body area' }).waitFor();
    await tabToSearch(page);
    await page.keyboard.type('Temple');
    // At the clinical level the list names it "Temporal region" first, then "Temple".
    await tabTo(page, /^Temporal region/);
    await press(page, 'Enter');
    await page.locator('.pain-cand__muscle').first().waitFor();
    await expect
      .poll(() => page.getByTestId('announcer').textContent())
      .toMatch(/possible sources? found/);
    await screenshot(page, 'keyboard-pain-finder');
  });
});

describe('keyboard on a phone', () => {
  it('picking from the muscle list closes it and lands on the picked muscle in the panel', async () => {
    // A tablet or phone with a keyboard: the list opens as a full-height sheet; picking closes
    // the sheet, and focus must not fall back to the page.
    const { page } = await open('/', PHONE);
    await waitForBody(page);
    await tabTo(page, /^Find a muscle$/, 'Tab', 5);
    // Opened with the keyboard, the list is ready to type into (a tap would focus its title,
    // keeping the on-screen keyboard from covering the list).
    await press(page, 'Enter');
    const filter = page.getByRole('searchbox', { name: /Filter by muscle/ });
    expect(await filter.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('soleus');
    let row = await press(page, 'ArrowDown');
    while (!/^Soleus: .*, right side$/.test(row.name)) row = await press(page, 'ArrowDown');
    // Focus moves once the panel shows the pick (a render later), so poll rather than check now.
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedPanelTitle(page)).toBe('Soleus');
    await expectVisibleFocus(page);
  });
});

describe('keyboard on a phone, the pain finder', () => {
  it('keeps focus when the sheet turns into the pain finder, and turns to an area marked from the list', async () => {
    const { page } = await open('/', PHONE);
    await waitForBody(page);
    // The way in sits in the sheet and goes when the pain finder takes the sheet's place.
    await tabTo(page, /^Where does it hurt\?/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedPanelTitle(page)).toBe('Where does it hurt?');
    await expectVisibleFocus(page);

    // The body is shown from the front; the back of the head, marked from the list, turns it.
    expect((await viewDirection(page))[2]).toBeGreaterThan(0.9);
    await tabToSearch(page);
    await page.keyboard.type('back of the head');
    await tabTo(page, /^Back of the head/);
    await press(page, 'Enter');
    await expect.poll(async () => (await viewDirection(page))[2]).toBeLessThan(-0.9);
  });
});

/** The panel title's text when it has focus, else the focused element's tag. */
const focusedPanelTitle = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.id === 'panel-title' ? el.textContent : (el?.tagName ?? '');
  });

/** Tabs (forwards) until the region search box has focus. */
async function tabToSearch(page: Page): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const isSearch = await page.evaluate(
      () =>
        document.activeElement instanceof HTMLInputElement &&
        document.activeElement.type === 'search',
    );
    if (isSearch) return;
    await press(page, 'Tab');
  }
  throw new Error('Tab never reached the body-area search box');
}
