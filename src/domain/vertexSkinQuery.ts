/**
 * A SkinQuery (surface.ts) from the skin's vertices alone, for the app: the page has the skin's
 * positions and normals but no triangle search. Distance is to the nearest vertex and the side is
 * judged by that vertex's normal. With vertices a few millimetres apart this overstates the
 * distance by at most a few millimetres, which the surface limits (5 mm outside, 9 cm deep) allow.
 */
import type { SkinArrays } from './marks';
import type { SkinQuery } from './surface';
import { buildVertexGrid, forEachVertexNear } from './vertexGrid';
import type { Vec3 } from './vec';

/** Search radii (metres), widened until a vertex is found. */
const RADII = [0.03, 0.12, 0.5];

export function vertexSkinQuery(skin: SkinArrays): SkinQuery {
  const grid = buildVertexGrid(skin.positions);
  const { positions: p, normals: n } = skin;
  const nearest = (point: Vec3): { distance: number; inside: boolean } => {
    for (const radius of RADII) {
      let best = -1;
      let bestD = Infinity;
      forEachVertexNear(grid, point, radius, (v) => {
        const d = Math.hypot(
          point[0] - (p[3 * v] ?? 0),
          point[1] - (p[3 * v + 1] ?? 0),
          point[2] - (p[3 * v + 2] ?? 0),
        );
        if (d < bestD) {
          bestD = d;
          best = v;
        }
      });
      if (best < 0 || bestD > radius) continue;
      const side =
        (point[0] - (p[3 * best] ?? 0)) * (n[3 * best] ?? 0) +
        (point[1] - (p[3 * best + 1] ?? 0)) * (n[3 * best + 1] ?? 0) +
        (point[2] - (p[3 * best + 2] ?? 0)) * (n[3 * best + 2] ?? 0);
      return { distance: bestD, inside: side < 0 };
    }
    return { distance: Infinity, inside: false };
  };
  return { positions: p, normals: n, nearest };
}
