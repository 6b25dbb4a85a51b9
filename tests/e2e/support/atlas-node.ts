/**
 * The shipped atlas and skin, loaded in node so browser tests can work out independently what
 * the scene should show (which trigger point faces the camera, which skin points are in a zone).
 */
import { loadAtlas } from '../../../src/domain/load';
import type { Atlas, TriggerPointInstance } from '../../../src/domain/catalogue';
import { paintZones } from '../../../src/domain/paint';
import { dot, type Vec3 } from '../../../src/domain/vec';
import { readDataDir } from '../../../scripts/lib/data-files';
import { readBodyGlb } from '../../../scripts/lib/body-glb';

export interface Skin {
  positions: Float32Array;
  normals: Float32Array;
}

export async function shippedAtlasAndSkin(): Promise<{ atlas: Atlas; skin: Skin }> {
  const result = loadAtlas(readDataDir());
  if (!result.ok) throw new Error(`shipped data invalid: ${result.issues.length} issues`);
  const { skin } = await readBodyGlb();
  return { atlas: result.atlas, skin };
}

const vertex = (a: Float32Array, i: number): Vec3 => [
  a[i * 3] ?? 0,
  a[i * 3 + 1] ?? 0,
  a[i * 3 + 2] ?? 0,
];

/** Outward normal of the skin vertex nearest to a point. */
export function surfaceNormalNear(skin: Skin, p: Vec3): Vec3 {
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < skin.positions.length / 3; i++) {
    const v = vertex(skin.positions, i);
    const d = (v[0] - p[0]) ** 2 + (v[1] - p[1]) ** 2 + (v[2] - p[2]) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return vertex(skin.normals, best);
}

/** Skin vertices well inside the instance's essential zone that face `towards`. */
export function essentialPoints(
  instance: TriggerPointInstance,
  skin: Skin,
  towards: Vec3,
  max = 12,
): Vec3[] {
  const coverage = new Float32Array((skin.positions.length / 3) * 2);
  paintZones(instance, skin.positions, skin.normals, coverage);
  const out: Vec3[] = [];
  for (let i = 0; i < skin.positions.length / 3; i++) {
    if ((coverage[i * 2] ?? 0) >= 0.99 && dot(vertex(skin.normals, i), towards) > 0.75)
      out.push(vertex(skin.positions, i));
  }
  // Spread the picks over the zone rather than taking neighbours.
  const step = Math.max(1, Math.floor(out.length / max));
  return out.filter((_, i) => i % step === 0).slice(0, max);
}
