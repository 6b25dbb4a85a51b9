/**
 * Referral zones as geometry: resolving shapes (landmark anchors, mirroring) and testing
 * whether a point of the body surface lies in a zone. Used to paint zones on the skin and,
 * later, to answer "what refers to here?". Pure functions; no three.js.
 *
 * Coverage is a number in [0, 1] with 0.5 exactly on the shape's boundary, fading over
 * EDGE_SOFTNESS on either side, so per-vertex values interpolate into a clean edge when the
 * renderer thresholds at 0.5.
 */
import type { Side } from './ids';
import type { Facing, Shape } from './types';
import { dot, mirrorX, normalize, segmentDistanceSq, sub, add, type Vec3 } from './vec';

export const EDGE_SOFTNESS = 0.012;
/** Cosine threshold for `facing`: the surface normal must be within ~70° of the direction. */
export const FACING_MIN_DOT = 0.34;
/** How far over the midline an ipsilateral shape may reach (metres). */
const MIDLINE_TOLERANCE = 0.008;

export type ResolvedShape =
  | { kind: 'sphere'; center: Vec3; radius: number; facing?: Vec3; side?: Side }
  | { kind: 'capsule'; from: Vec3; to: Vec3; radius: number; facing?: Vec3; side?: Side }
  | { kind: 'ellipsoid'; center: Vec3; radii: Vec3; facing?: Vec3; side?: Side };

/** Resolves a landmark id to its right-side position, or undefined if unknown. */
export type LandmarkLookup = (id: string) => Vec3 | undefined;

/** Unit directions of the `facing` names, for the right side. */
export const FACING_VECTORS: Record<Facing, Vec3> = {
  anterior: [0, 0, 1],
  posterior: [0, 0, -1],
  lateral: [-1, 0, 0], // right side: lateral is −x
  medial: [1, 0, 0],
  superior: [0, 1, 0],
  inferior: [0, -1, 0],
};

type Anchor = Extract<Shape, { kind: 'sphere' }>['center'];

export function resolveAnchor(anchor: Anchor, landmarks: LandmarkLookup): Vec3 | undefined {
  if (Array.isArray(anchor)) return anchor as Vec3;
  const a = anchor as { landmark: string; offset?: Vec3 };
  const base = landmarks(a.landmark);
  return base && (a.offset ? add(base, a.offset) : base);
}

/**
 * Resolve an authored (right-side) shape for a side of the body. Returns undefined if an
 * anchor names an unknown landmark (the cross-reference check reports it).
 */
export function resolveShape(
  shape: Shape,
  side: Side,
  landmarks: LandmarkLookup,
): ResolvedShape | undefined {
  const m = (v: Vec3): Vec3 => (side === 'left' ? mirrorX(v) : v);
  const extra = {
    ...(shape.facing ? { facing: m(FACING_VECTORS[shape.facing]) } : {}),
    ...(shape.ipsilateral ? { side } : {}),
  };
  switch (shape.kind) {
    case 'sphere': {
      const c = resolveAnchor(shape.center, landmarks);
      return c && { kind: 'sphere', center: m(c), radius: shape.radius, ...extra };
    }
    case 'capsule': {
      const a = resolveAnchor(shape.from, landmarks);
      const b = resolveAnchor(shape.to, landmarks);
      return a && b && { kind: 'capsule', from: m(a), to: m(b), radius: shape.radius, ...extra };
    }
    case 'ellipsoid': {
      const c = resolveAnchor(shape.center, landmarks);
      return c && { kind: 'ellipsoid', center: m(c), radii: shape.radii, ...extra };
    }
  }
}

/** Approximate signed distance (metres, negative inside) from p to the shape's volume. */
export function shapeDistance(shape: ResolvedShape, p: Vec3): number {
  switch (shape.kind) {
    case 'sphere':
      return Math.sqrt(dot(sub(p, shape.center), sub(p, shape.center))) - shape.radius;
    case 'capsule':
      return Math.sqrt(segmentDistanceSq(p, shape.from, shape.to)) - shape.radius;
    case 'ellipsoid': {
      // First-order ellipsoid distance (Quilez): exact on the axes, good enough for zone edges.
      const d = sub(p, shape.center);
      const [rx, ry, rz] = shape.radii;
      const k0 = Math.hypot(d[0] / rx, d[1] / ry, d[2] / rz);
      const k1 = Math.hypot(d[0] / (rx * rx), d[1] / (ry * ry), d[2] / (rz * rz));
      return k1 > 0 ? (k0 * (k0 - 1)) / k1 : -Math.min(rx, ry, rz);
    }
  }
}

const ramp = (x: number): number => Math.min(1, Math.max(0, x));

/** Coverage in [0, 1] of a surface point with outward normal `n`; 0.5 is the boundary. */
export function shapeCoverage(shape: ResolvedShape, p: Vec3, n: Vec3): number {
  let c = ramp(0.5 - shapeDistance(shape, p) / (2 * EDGE_SOFTNESS));
  if (c === 0) return 0;
  // A zero normal means the orientation is unknown (a spot from a link, before the body has
  // loaded): then the facing test cannot reject it.
  if (shape.facing && (n[0] !== 0 || n[1] !== 0 || n[2] !== 0)) {
    c = Math.min(c, ramp(0.5 + (dot(normalize(n), shape.facing) - FACING_MIN_DOT) * 2.5));
  }
  if (shape.side) {
    const beyond = shape.side === 'right' ? p[0] - MIDLINE_TOLERANCE : -p[0] - MIDLINE_TOLERANCE;
    c = Math.min(c, ramp(0.5 - beyond / (2 * EDGE_SOFTNESS)));
  }
  return c;
}

/** Coverage of a zone: the union (maximum) of its shapes. */
export function zoneCoverage(shapes: readonly ResolvedShape[], p: Vec3, n: Vec3): number {
  let best = 0;
  for (const s of shapes) {
    const c = shapeCoverage(s, p, n);
    if (c > best) best = c;
    if (best >= 1) break;
  }
  return best;
}

/** True when the surface point lies in the zone (on or inside its boundary). */
export const inZone = (shapes: readonly ResolvedShape[], p: Vec3, n: Vec3): boolean =>
  zoneCoverage(shapes, p, n) >= 0.5;

/** A representative point of a shape, e.g. to aim the camera or label it. */
export function shapeCenter(shape: ResolvedShape): Vec3 {
  if (shape.kind === 'capsule')
    return [
      (shape.from[0] + shape.to[0]) / 2,
      (shape.from[1] + shape.to[1]) / 2,
      (shape.from[2] + shape.to[2]) / 2,
    ];
  return shape.center;
}
