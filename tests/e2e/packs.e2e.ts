/**
 * Data packs end to end in real Chromium: importing the example pack adds a trigger point that
 * has a marker on the body and can be selected, found in the list and linked to; the pack
 * survives a reload and can be removed (then the link gives the "not in this atlas" notice).
 * Malformed packs (bad JSON, a schema violation, unknown references) and a damaged stored pack
 * each give a message naming file, path and problem, with the atlas still working. No blank
 * page, no console errors, no request leaving 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, waitForBody } from './support/browser';
import { browserSession, panelTriggerPoint } from './support/session';
import { describeViolations, seriousViolations } from './support/axe';
import { markerPoint, project, settle } from './support/scene-hook';

const EXAMPLE = resolve(import.meta.dirname, '../../docs/examples/palmaris-longus-pack.json');
const exampleText = readFileSync(EXAMPLE, 'utf8');
const TP = 'palmaris-longus-1';

const { open } = browserSession();

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Data packs' });

async function openPacks(page: Page) {
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^Data packs/ })
    .click();
  await expect.poll(() => dialog(page).isVisible()).toBe(true);
}

async function importFiles(page: Page, files: { name: string; text: string }[]) {
  await dialog(page)
    .getByTestId('pack-file-input')
    .setInputFiles(
      files.map((f) => ({
        name: f.name,
        mimeType: 'application/json',
        buffer: Buffer.from(f.text),
      })),
    );
}

async function expectAccessible(page: Page, state: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${state}: ${describeViolations(violations)}`).toEqual([]);
}

/** The body still draws and the shipped atlas still works: the list finds a shipped muscle. */
async function atlasWorks(page: Page) {
  await expect.poll(() => page.locator('#root').innerText()).toMatch(/Trigger Point Atlas/);
  expect(await page.locator('canvas').count()).toBe(1);
}

describe('data packs', () => {
  it('imports a pack whose trigger point shows, selects, links, survives a reload and can be removed', async () => {
    const { page, baseUrl } = await open('/');
    await waitForBody(page);
    await openPacks(page);
    await screenshot(page, 'packs-dialog-empty');
    await importFiles(page, [{ name: 'palmaris-longus-pack.json', text: exampleText }]);
    await expect
      .poll(() => dialog(page).getByTestId('pack-counts').textContent())
      .toMatch(/1 muscle, 1 trigger point, 1 source/);
    await screenshot(page, 'packs-dialog-active');
    await expectAccessible(page, 'pack active');
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    const button = page.getByRole('button', {
      name: 'Data packs: “palmaris-longus-pack” is active',
    });
    expect(await button.isVisible()).toBe(true);

    // The marker is on the body (front view, where the app starts), and clicking it selects the pack's trigger point.
    await settle(page);
    const point = await markerPoint(page, `${TP}:right`);
    expect(point).not.toBeNull();
    const screen = await project(page, point!);
    expect(screen.visible).toBe(true);
    await page.mouse.click(screen.x, screen.y);
    await expect.poll(() => panelTriggerPoint(page)).toBe('Middle of the inner forearm');
    expect(await page.evaluate(() => location.search)).toContain(`tp=${TP}`);
    expect(await page.locator('.pack-origin').innerText()).toMatch(
      /From data pack palmaris-longus-pack/,
    );

    // The muscle list finds it.
    await page.getByRole('banner').getByRole('button', { name: 'Find a muscle' }).click();
    await page.getByRole('searchbox').fill('palmaris');
    await expect
      .poll(() => page.getByRole('list', { name: 'Palmaris longus trigger points' }).count())
      .toBe(1);
    await page.keyboard.press('Escape');
    await screenshot(page, 'packs-selected');

    // A reload keeps the pack, and the deep link to its trigger point works.
    await page.reload();
    await waitForBody(page);
    await expect.poll(() => panelTriggerPoint(page)).toBe('Middle of the inner forearm');

    // The pain finder knows it: the palm, its essential zone, lists palmaris longus.
    await page.getByRole('button', { name: 'Where does it hurt?' }).click();
    await page.getByRole('searchbox', { name: 'Find a body area' }).fill('Palm');
    await page.getByRole('button', { name: /^Palm/ }).first().click();
    await expect
      .poll(() => page.locator('.pain-cand__muscle').allTextContents())
      .toContain('Palmaris longus');
    await page.goto(`${baseUrl}/?tp=${TP}`);
    await waitForBody(page);

    // Removing it (after confirming) returns to the shipped atlas.
    await openPacks(page);
    await dialog(page).getByRole('button', { name: 'Remove pack' }).click();
    await dialog(page).getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => dialog(page).getByTestId('pack-counts').count()).toBe(0);
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => panelTriggerPoint(page)).toBe('');
    await page.goto(`${baseUrl}/?tp=${TP}`);
    await waitForBody(page);
    await expect
      .poll(async () => (await page.locator('.toast__message').allTextContents()).join('\n'))
      .toContain(`trigger point "${TP}" that is not in this atlas`);
  });

  it('names file, path and problem for malformed packs and keeps the atlas', async () => {
    const { page } = await open('/');
    await waitForBody(page);
    await openPacks(page);
    const alertText = () => dialog(page).getByRole('alert').innerText();

    await importFiles(page, [{ name: 'broken.json', text: '{ "muscles": [' }]);
    await expect.poll(alertText).toMatch(/broken\.json[\s\S]*not valid JSON/);

    const pack = JSON.parse(exampleText) as { muscles: Record<string, any>[] };
    const schema = structuredClone(pack);
    schema.muscles[0]!['triggerPoints'][0].position = [0.1, 'high'];
    await importFiles(page, [{ name: 'clinic.json', text: JSON.stringify(schema) }]);
    await expect
      .poll(alertText)
      .toMatch(/clinic\.json[\s\S]*muscles\[0\]\.triggerPoints\[0\]\.position/);
    expect(await alertText()).toMatch(/expected a number|expected 3 numbers/);
    await screenshot(page, 'packs-dialog-problems');
    await expectAccessible(page, 'pack problems');

    const refs = structuredClone(pack);
    refs.muscles[0]!['triggerPoints'][0].referral.essential.regions = ['no-such-region'];
    refs.muscles[0]!['sources'] = [{ source: 'no-such-source' }];
    await importFiles(page, [{ name: 'refs.json', text: JSON.stringify(refs) }]);
    await expect.poll(alertText).toMatch(/unknown region id "no-such-region"/);
    expect(await alertText()).toMatch(
      /refs\.json[\s\S]*muscles\[0\]\.sources\[0\]\.source[\s\S]*unknown source id/,
    );

    // A muscle file that says it is one muscle while named for another.
    const renamed = structuredClone(pack.muscles[0]);
    await importFiles(page, [{ name: 'deltoid-extra.json', text: JSON.stringify(renamed) }]);
    await expect.poll(alertText).toMatch(/deltoid-extra\.json[\s\S]*does not match its file name/);

    // Valid data, but the trigger point floats in front of the belly (inside the body's box).
    const floating = structuredClone(pack);
    floating.muscles[0]!['triggerPoints'][0].position = [-0.02, 1.2, 0.2];
    await importFiles(page, [{ name: 'floating.json', text: JSON.stringify(floating) }]);
    await expect
      .poll(alertText)
      .toMatch(/floating\.json[\s\S]*muscles\[0\]\.triggerPoints\[0\]\.position/);
    expect(await alertText()).toMatch(/outside the body/);

    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await atlasWorks(page);
    expect(await page.evaluate(() => localStorage.getItem('tpa.pack.v1'))).toBeNull();
  });

  it('keeps a damaged stored pack, explains it, offers it for download and removes it on request', async () => {
    const { page } = await open('/');
    await waitForBody(page);
    await page.evaluate(() => localStorage.setItem('tpa.pack.v1', '{"version":1,"name":"cli'));
    await page.reload();
    await waitForBody(page);
    const notice = page.getByRole('status', { name: 'Data pack notice' });
    await expect
      .poll(() => notice.innerText())
      .toMatch(/stored on this device could not be loaded/);
    await atlasWorks(page);
    await screenshot(page, 'packs-stored-damaged');
    await notice.getByRole('button', { name: 'Details' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await expectAccessible(page, 'stored pack problem');
    expect(await dialog(page).innerText()).toMatch(/stored pack[\s\S]*not valid JSON/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog(page).getByRole('button', { name: 'Download the stored pack' }).click(),
    ]);
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toBe('{"version":1,"name":"cli');
    expect(await page.evaluate(() => localStorage.getItem('tpa.pack.v1'))).not.toBeNull();
    await dialog(page).getByRole('button', { name: 'Remove stored pack' }).click();
    await dialog(page).getByRole('button', { name: 'Remove', exact: true }).click();
    expect(await page.evaluate(() => localStorage.getItem('tpa.pack.v1'))).toBeNull();
  });

  it('is reachable by keyboard: the header button opens the dialog, Escape returns focus', async () => {
    const { page } = await open('/');
    await waitForBody(page);
    const button = page.getByRole('banner').getByRole('button', { name: /^Data packs/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('packs-title');
    const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toMatch(/Choose pack file/);
    // "/" opens the muscle list on the page, but not behind the dialog.
    await page.keyboard.press('/');
    expect(await dialog(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Data packs',
    );
  });

  it('fits a phone: the packs dialog opens from About and imports', async () => {
    const { page } = await open('/', {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await waitForBody(page);
    await page.getByRole('button', { name: 'About and safety' }).click();
    await page.getByRole('button', { name: 'Data packs…' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await importFiles(page, [{ name: 'palmaris-longus-pack.json', text: exampleText }]);
    await expect.poll(() => dialog(page).getByTestId('pack-counts').count()).toBe(1);
    await screenshot(page, 'packs-phone-active');
    await expectAccessible(page, 'phone, pack active');
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    // The welcome panel says which pack is active.
    await expect.poll(() => page.locator('.pack-line').innerText()).toMatch(/palmaris-longus-pack/);
    await screenshot(page, 'packs-phone-welcome');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
    expect(overflow).toBe(false);
  });
});
