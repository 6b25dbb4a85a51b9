/**
 * Where each trigger-point marker sits: the skin vertex nearest to the trigger point (which
 * usually lies inside the muscle), lifted a few millimetres along that vertex's normal so the
 * marker never sinks into the skin. Pure: flat xyz arrays in, flat arrays out; no three.js.
 * Computed once per atlas + skin mesh, so a brute-force scan is cheap enough (a few hundred
 * instances × tens of thousands of vertices is a few milliseconds).
 */
import type { Vec3 } from '../../domain/vec';
import { nearestVertex } from '../../domain/surface';

export { nearestVertex };

/** How far markers float above the skin (metres). */
export const MARKER_LIFT = 0.004;

export interface SurfacePlacement {
  /** Marker points, xyz per target, on the skin and lifted along the normal. */
  readonly points: Float32Array;
  /** Unit outward normals, xyz per target. */
  readonly normals: Float32Array;
  /** Index of the skin vertex each target snapped to (−1 when the skin has no vertices). */
  readonly vertex: Int32Array;
}

/**
 * Snap every target to the skin. A target on an empty mesh keeps its own position and an
 * upward-facing normal, so callers never have to special-case it.
 */
export function placeOnSurface(
  targets: readonly Vec3[],
  positions: ArrayLike<number>,
  normals: ArrayLike<number>,
  lift: number = MARKER_LIFT,
): SurfacePlacement {
  const points = new Float32Array(targets.length * 3);
  const outNormals = new Float32Array(targets.length * 3);
  const vertex = new Int32Array(targets.length);
  targets.forEach((t, k) => {
    const i = nearestVertex(t, positions);
    vertex[k] = i;
    let n: Vec3 = [0, 1, 0];
    let p: Vec3 = t;
    if (i >= 0) {
      n = [normals[i * 3] ?? 0, normals[i * 3 + 1] ?? 0, normals[i * 3 + 2] ?? 0];
      const len = Math.hypot(n[0], n[1], n[2]);
      n = len > 0 ? [n[0] / len, n[1] / len, n[2] / len] : [0, 1, 0];
      p = [positions[i * 3] ?? 0, positions[i * 3 + 1] ?? 0, positions[i * 3 + 2] ?? 0];
    }
    for (let a = 0; a < 3; a++) {
      points[k * 3 + a] = (p[a] ?? 0) + (n[a] ?? 0) * lift;
      outNormals[k * 3 + a] = n[a] ?? 0;
    }
  });
  return { points, normals: outNormals, vertex };
}
