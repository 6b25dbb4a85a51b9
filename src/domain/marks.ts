/**
 * Turning what a person points at into pain marks for ranking (rank.ts): a spot on the skin, a
 * named landmark, or a named region. A region becomes the skin vertices it covers (thinned to a
 * few dozen), so "low back" is tested as an area, not a single point.
 */
import type { Atlas } from './catalogue';
import type { LandmarkId, RegionId, Side } from './ids';
import type { PainMark } from './rank';
import { nearestVertex } from './surface';
import { FACING_VECTORS, resolveShape, zoneCoverage, type ResolvedShape } from './zones';
import { mirrorX, type Vec3 } from './vec';

/** The skin as flat xyz arrays (body frame). */
export interface SkinArrays {
  readonly positions: ArrayLike<number>;
  readonly normals: ArrayLike<number>;
}

/** Most samples kept for one region mark: enough to judge overlap, cheap to rank. */
export const MAX_REGION_SAMPLES = 32;

const vertexAt = (a: ArrayLike<number>, i: number): Vec3 => [
  a[i * 3] ?? 0,
  a[i * 3 + 1] ?? 0,
  a[i * 3 + 2] ?? 0,
];

/** A mark at the skin point nearest to `point` (either side of the body). */
export function pointMark(point: Vec3, skin: SkinArrays): PainMark {
  const i = nearestVertex(point, skin.positions);
  if (i < 0) return { samples: [{ point, normal: [0, 0, 1] }] };
  return { samples: [{ point: vertexAt(skin.positions, i), normal: vertexAt(skin.normals, i) }] };
}

/** A mark at a landmark, on the right side unless `side` is left. Undefined for unknown ids. */
export function landmarkMark(atlas: Atlas, id: string, side: Side = 'right'): PainMark | undefined {
  const l = atlas.landmarkById.get(id as LandmarkId);
  if (!l) return undefined;
  const m = (v: Vec3) => (side === 'left' ? mirrorX(v) : v);
  return { samples: [{ point: m(l.position), normal: m(l.normal) }] };
}

/** A mark covering a region on one side: the skin vertices inside it, evenly thinned. */
export function regionMark(
  atlas: Atlas,
  id: string,
  side: Side,
  skin: SkinArrays,
): PainMark | undefined {
  const region = atlas.regionById.get(id as RegionId);
  if (!region) return undefined;
  const lookup = (lid: string) => atlas.landmarkById.get(lid as LandmarkId)?.position;
  const shapes = region.shapes
    .map((s) => resolveShape(s, side, lookup))
    .filter((s): s is ResolvedShape => !!s);
  const inside: number[] = [];
  const count = skin.positions.length / 3;
  for (let i = 0; i < count; i++) {
    if (zoneCoverage(shapes, vertexAt(skin.positions, i), vertexAt(skin.normals, i)) >= 0.5)
      inside.push(i);
  }
  const step = Math.max(1, Math.ceil(inside.length / MAX_REGION_SAMPLES));
  const samples = inside
    .filter((_, k) => k % step === 0)
    .map((i) => ({ point: vertexAt(skin.positions, i), normal: vertexAt(skin.normals, i) }));
  return { samples };
}

/**
 * Which way a mark faces, on average (a unit vector), or null when its samples face every way
 * or their facing is unknown (a region wrapping round a limb, a spot without the skin).
 */
export function markFacing(mark: PainMark): Vec3 | null {
  const sum: [number, number, number] = [0, 0, 0];
  for (const { normal } of mark.samples) {
    sum[0] += normal[0];
    sum[1] += normal[1];
    sum[2] += normal[2];
  }
  const length = Math.hypot(...sum);
  // Under half the samples' worth of agreement: no side shows it clearly better.
  if (mark.samples.length === 0 || length < mark.samples.length * 0.5) return null;
  return [sum[0] / length, sum[1] / length, sum[2] / length];
}

/**
 * What the user marked, in a form that fits in a link: spots (one point for a tap, several for
 * a painted stroke) and named regions. Converted to PainMarks with `toPainMarks`.
 */
export type PainMarkSpec =
  | { readonly kind: 'spot'; readonly points: readonly Vec3[] }
  | { readonly kind: 'region'; readonly id: RegionId; readonly side: Side };

/**
 * A region mark without the body mesh: the region's shape anchors (landmarks on the skin), with
 * the landmark's normal or the shape's facing. Used where the skin is not loaded (no WebGL).
 */
export function regionAnchorMark(atlas: Atlas, id: string, side: Side): PainMark | undefined {
  const region = atlas.regionById.get(id as RegionId);
  if (!region) return undefined;
  const m = (v: Vec3) => (side === 'left' ? mirrorX(v) : v);
  const samples: { point: Vec3; normal: Vec3 }[] = [];
  for (const shape of region.shapes) {
    const anchors = shape.kind === 'capsule' ? [shape.from, shape.to] : [shape.center];
    for (const anchor of anchors) {
      if (Array.isArray(anchor)) {
        // A literal point: its orientation is the shape's facing, or unknown.
        samples.push({
          point: m(anchor as Vec3),
          normal: shape.facing ? m(FACING_VECTORS[shape.facing]) : [0, 0, 0],
        });
        continue;
      }
      const a = anchor as { landmark: string; offset?: Vec3 };
      const l = atlas.landmarkById.get(a.landmark as LandmarkId);
      if (!l || (a.offset && Math.hypot(...a.offset) > 0.03)) continue;
      samples.push({ point: m(l.position), normal: m(l.normal) });
    }
  }
  if (samples.length === 0) return undefined;
  return { samples };
}

/**
 * Turn specs into marks, one per spec so `Candidate.explains` indices match the specs (a region
 * that does not touch the body gives an empty mark, which explains nothing). With the skin,
 * spots snap to it and regions are sampled over it; without it, spots keep an unknown (zero)
 * normal, which zone tests treat as facing any way.
 */
export function toPainMarks(
  atlas: Atlas,
  specs: readonly PainMarkSpec[],
  skin: SkinArrays | null,
): PainMark[] {
  return specs.map((spec): PainMark => {
    if (spec.kind === 'region') {
      const mark = skin
        ? regionMark(atlas, spec.id, spec.side, skin)
        : regionAnchorMark(atlas, spec.id, spec.side);
      return mark ?? { samples: [] };
    }
    if (!skin)
      return { samples: spec.points.map((point) => ({ point, normal: [0, 0, 0] as Vec3 })) };
    return { samples: spec.points.flatMap((p) => pointMark(p, skin).samples) };
  });
}
