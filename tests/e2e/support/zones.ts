/**
 * What a selected trigger point's essential zone looks like on screen: the points the domain
 * paints, seen from where the app's camera goes (focusView), projected through the live camera
 * and sampled from a screenshot. Shared by the tests that check a selection paints red.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Atlas, TriggerPointInstance } from '../../../src/domain/catalogue';
import { focusView } from '../../../src/domain/focus';
import { paintZones } from '../../../src/domain/paint';
import { essentialPoints, surfaceNormalNear, type Skin } from './atlas-node';
import { isZoneRed, sampleScreenshot, type Rgb } from './pixels';
import { project, type Projected } from './scene-hook';

/** A right-side trigger point on the front of the body, facing the initial front view. */
export function frontFacingInstance(atlas: Atlas, skin: Skin): TriggerPointInstance {
  const instance = atlas.instances.find(
    (i) => i.side === 'right' && surfaceNormalNear(skin, i.position)[2] > 0.7,
  );
  expect(instance, 'a front-facing trigger point').toBeDefined();
  return instance!;
}

/** Screen points of the instance's essential zone that the camera sees (more than three). */
export async function visibleEssentialPoints(
  page: Page,
  instance: TriggerPointInstance,
  skin: Skin,
): Promise<Projected[]> {
  const coverage = new Float32Array((skin.positions.length / 3) * 2);
  paintZones(instance, skin.positions, skin.normals, coverage);
  const view = focusView(
    instance.position,
    surfaceNormalNear(skin, instance.position),
    skin.positions,
    skin.normals,
    coverage,
  );
  const samples = essentialPoints(instance, skin, view.direction);
  const screen = (await Promise.all(samples.map((p) => project(page, p)))).filter((p) => p.visible);
  expect(screen.length).toBeGreaterThan(3);
  return screen;
}

/** The share of those points drawn in the zone's red, with the colours for a failure message. */
export async function redShare(
  page: Page,
  screen: readonly Projected[],
): Promise<{ share: number; colours: Rgb[] }> {
  const colours = await sampleScreenshot(page, screen);
  return { share: colours.filter(isZoneRed).length / colours.length, colours };
}
