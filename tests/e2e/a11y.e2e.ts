/**
 * Accessibility in real Chromium: an axe-core scan (WCAG 2.2 A and AA) of every mode and state —
 * first visit with the hint, a selection at both reading levels, the filtered muscle list, Learn
 * (index, article, glossary term), the pain finder (empty, with marks and candidates), About,
 * the Layers control and the no-WebGL fallback — on a laptop (1280×800) and a phone (390×844),
 * in light and dark colour schemes. No serious or critical violation may remain.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForBody } from './support/browser';
import { browserSession } from './support/session';
import { describeViolations, seriousViolations } from './support/axe';

const { open } = browserSession();

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
type Scheme = 'light' | 'dark';

function contextFor(
  viewport: { width: number; height: number },
  colorScheme: Scheme,
  firstVisit = false,
) {
  const phone = viewport.width < 900;
  return { viewport, colorScheme, firstVisit, hasTouch: phone, isMobile: phone };
}

/** Scans the page and records what it found under a state's name. */
async function scan(page: Page, state: string, found: string[]): Promise<void> {
  // Let React commit and any transition finish (reduced motion makes them instant).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  const violations = await seriousViolations(page);
  if (violations.length > 0) found.push(`[${state}]\n${describeViolations(violations)}`);
}

const NO_WEBGL = () => {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    type: string,
    ...rest: unknown[]
  ) {
    if (type.startsWith('webgl')) return null;
    return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
  } as typeof original;
};

async function scanEveryState(
  viewport: { width: number; height: number },
  scheme: Scheme,
): Promise<string[]> {
  const found: string[] = [];
  const phone = viewport.width < 900;

  // First visit, with the hint over the stage.
  const first = await open('/', contextFor(viewport, scheme, true));
  const { page } = first;
  await waitForBody(page);
  await page.getByRole('button', { name: 'Got it' }).waitFor();
  await scan(page, 'first visit', found);

  // A selection at both reading levels.
  await page.goto(`${first.baseUrl}/?tp=upper-trapezius-1`);
  await page.locator('.selection-head__tp').first().waitFor();
  await scan(page, 'selection, patient', found);
  await page
    .getByRole('group', { name: 'Reading level' })
    .first()
    .getByRole('button', { name: 'Clinical' })
    .click();
  await scan(page, 'selection, clinical', found);

  // The muscle list with a filter.
  await page.getByRole('button', { name: 'Find a muscle' }).click();
  await page.getByRole('searchbox', { name: /Filter by muscle/ }).fill('shoulder');
  await page.locator('.tp-row').first().waitFor();
  await scan(page, 'browse list, filtered', found);
  await page.getByRole('button', { name: 'Close the muscle list' }).click();

  // The Layers control open (on the stage; hidden behind nothing).
  await page.getByRole('button', { name: 'Layers' }).click();
  await scan(page, 'layers open', found);
  await page.getByRole('button', { name: 'Layers' }).click();

  // Learn: index, an article, a glossary term.
  await page.getByRole('button', { name: 'Learn' }).click();
  await page.locator('#learn-title').waitFor();
  await scan(page, 'learn index', found);
  await page.locator('.learn-card').first().click();
  await scan(page, 'learn article', found);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Learn' }).click();
  await page.locator('.glossary-list__item').first().click();
  await scan(page, 'learn glossary term', found);
  await page.keyboard.press('Escape');

  // About.
  await page.getByRole('button', { name: 'About and safety' }).click();
  await page.locator('#about-title').waitFor();
  await scan(page, 'about', found);
  await page.keyboard.press('Escape');

  // The pain finder: empty, then a mark from the region list with its candidates.
  await page.goto(`${first.baseUrl}/?mode=pain`);
  await page.locator('.pain-panel').waitFor();
  await scan(page, 'pain finder, empty', found);
  await page.getByRole('searchbox', { name: 'Find a body area' }).fill('Temple');
  await page
    .getByRole('button', { name: /^Temple/ })
    .first()
    .click();
  await page.locator('.pain-cand__muscle').first().waitFor();
  await scan(page, 'pain finder, marks and candidates', found);
  if (phone) {
    // The region list further down the raised sheet.
    await page.getByRole('searchbox', { name: 'Find a body area' }).scrollIntoViewIfNeeded();
    await scan(page, 'pain finder, region list', found);
  }

  // No WebGL: the atlas as text and lists.
  const noGl = await open('/?tp=upper-trapezius-1', contextFor(viewport, scheme));
  await noGl.page.addInitScript(NO_WEBGL);
  await noGl.page.reload();
  await noGl.page.getByText(/WebGL/i).first().waitFor();
  await scan(noGl.page, 'no WebGL', found);

  await first.page.context().close();
  await noGl.page.context().close();
  return found;
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const [name, viewport] of [
    ['laptop 1280×800', LAPTOP],
    ['phone 390×844', PHONE],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`has no serious or critical violations in any state: ${name}, ${scheme}`, async () => {
        const found = await scanEveryState(viewport, scheme);
        expect(found, found.join('\n\n')).toEqual([]);
      });
    }
  }
});
