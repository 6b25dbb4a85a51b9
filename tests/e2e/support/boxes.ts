/** Layout checks on the page's boxes: what an overlay would hide. */
import type { Page } from 'playwright-core';

/**
 * The visible controls (buttons, links, fields) outside the element `selector` whose boxes
 * overlap its box, by label: a notice or overlay should hide none.
 */
export const controlsUnder = (page: Page, selector: string): Promise<string[]> =>
  page.evaluate((selector) => {
    const cover = document.querySelector(selector);
    if (!cover) throw new Error(`${selector} is not on the page`);
    const c = cover.getBoundingClientRect();
    const hidden: string[] = [];
    const controls = document.querySelectorAll(
      'button, a[href], input, select, textarea, [role="button"], [tabindex="0"]',
    );
    for (const el of controls) {
      if (cover.contains(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top) {
        hidden.push((el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim());
      }
    }
    return hidden;
  }, selector);
