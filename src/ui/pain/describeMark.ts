/**
 * Naming a pain mark in words: "your temple", "near the angle of the mandible". A spot (one or
 * more surface samples) is named by the atlas region that holds most of its samples — the most
 * central one when several overlap — or else by the nearest landmark. Pure: no React, no DOM.
 * Candidate for src/domain (next to marks.ts) once the pain finder settles.
 */
import type { Atlas } from '../../domain/catalogue';
import type { Side } from '../../domain/ids';
import type { PainMark } from '../../domain/rank';
import type { Landmark, Region, Text } from '../../domain/types';
import { resolveShape, shapeCoverage, shapeDistance, type ResolvedShape } from '../../domain/zones';
import { distance, mirrorX, type Vec3 } from '../../domain/vec';

/** Where a mark is, in words at both reading levels. */
export interface MarkPlace {
  /** The region's or landmark's name, e.g. { patient: 'Temple', clinical: 'Temporal region' }. */
  readonly name: Text;
  /** How it was found: inside a region, or only near a landmark. */
  readonly by: 'region' | 'landmark' | 'none';
  /** The body side of the mark; null on the midline. */
  readonly side: Side | null;
  readonly region?: Region;
  readonly landmark?: Landmark;
}

/** A spot this close to the midline (metres) has no side. */
export const MIDLINE_BAND = 0.015;
/** Beyond this distance (metres) a landmark is too far away to name a spot by. */
export const LANDMARK_REACH = 0.15;

interface ResolvedRegion {
  readonly region: Region;
  readonly shapes: readonly ResolvedShape[];
}

const cache = new WeakMap<Atlas, readonly ResolvedRegion[]>();

/** Every region resolved on both sides, computed once per atlas. */
function resolvedRegions(atlas: Atlas): readonly ResolvedRegion[] {
  const hit = cache.get(atlas);
  if (hit) return hit;
  const lookup = (id: string) => atlas.landmarkById.get(id as never)?.position;
  const list = atlas.regions.map((region) => ({
    region,
    shapes: (['right', 'left'] as const).flatMap((side) =>
      region.shapes.flatMap((s) => resolveShape(s, side, lookup) ?? []),
    ),
  }));
  cache.set(atlas, list);
  return list;
}

const shapeSize = (s: ResolvedShape): number =>
  s.kind === 'ellipsoid' ? Math.min(...s.radii) : s.radius;

/** How central p is in the region: 0 on its edge, 1 at the heart of its smallest fitting shape. */
function centrality(shapes: readonly ResolvedShape[], p: Vec3, n: Vec3): number {
  let best = -1;
  for (const s of shapes) {
    if (shapeCoverage(s, p, n) < 0.5) continue;
    best = Math.max(best, Math.min(1, -shapeDistance(s, p) / shapeSize(s)));
  }
  return best;
}

/** "Angle of the mandible" → "angle of the mandible"; leaves "C7 …" and "TMJ …" alone. */
export const lowerFirst = (t: string): string =>
  /^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;

function centroid(mark: PainMark): Vec3 {
  const n = mark.samples.length || 1;
  const sum = mark.samples.reduce<[number, number, number]>(
    (a, s) => [a[0] + s.point[0], a[1] + s.point[1], a[2] + s.point[2]],
    [0, 0, 0],
  );
  return [sum[0] / n, sum[1] / n, sum[2] / n];
}

/** The side of the body a point lies on (+x is the body's left). */
export const sideOfPoint = (p: Vec3): Side | null =>
  Math.abs(p[0]) < MIDLINE_BAND ? null : p[0] < 0 ? 'right' : 'left';

/** Name a mark by the region holding most of its samples, else by the nearest landmark. */
export function describeMark(atlas: Atlas, mark: PainMark): MarkPlace {
  const c = centroid(mark);
  const side = sideOfPoint(c);
  let best: { region: Region; count: number; central: number } | null = null;
  for (const { region, shapes } of resolvedRegions(atlas)) {
    let count = 0;
    let central = 0;
    for (const s of mark.samples) {
      const k = centrality(shapes, s.point, s.normal);
      if (k < 0) continue;
      count++;
      central += k;
    }
    if (count === 0) continue;
    central /= count;
    if (!best || count > best.count || (count === best.count && central > best.central))
      best = { region, count, central };
  }
  if (best) return { name: best.region.names, by: 'region', side, region: best.region };

  let near: { landmark: Landmark; d: number } | null = null;
  for (const landmark of atlas.landmarks) {
    const d = Math.min(distance(c, landmark.position), distance(c, mirrorX(landmark.position)));
    if (d <= LANDMARK_REACH && (!near || d < near.d)) near = { landmark, d };
  }
  if (near) {
    const name = `near the ${lowerFirst(near.landmark.name)}`;
    return {
      name: { patient: name, clinical: name },
      by: 'landmark',
      side,
      landmark: near.landmark,
    };
  }
  const none = 'this spot';
  return { name: { patient: none, clinical: none }, by: 'none', side };
}
