/**
 * A SkinQuery (surface.ts) from the skin's vertices alone, for the app: the page has the skin's
 * positions and normals but no triangle search. Distance is to the nearest vertex and the side is
 * judged by that vertex's normal. With vertices a few millimetres apart this overstates the
 * distance by at most a few millimetres, which the surface limits (5 mm outside, 9 cm deep) allow.
 */
import type { SkinArrays } from './marks';
import { nearestVertex, type SkinQuery } from './surface';
import { buildVertexGrid, forEachVertexNear } from './vertexGrid';
import type { Vec3 } from './vec';

/** Search radii (metres), widened until a vertex is found. */
const RADII = [0.03, 0.12, 0.5];

export function vertexSkinQuery(skin: SkinArrays): SkinQuery {
  const grid = buildVertexGrid(skin.positions);
  const { positions: p, normals: n } = skin;
  const answer = (point: Vec3, v: number): { distance: number; inside: boolean } => {
    const d: Vec3 = [
      point[0] - (p[3 * v] ?? 0),
      point[1] - (p[3 * v + 1] ?? 0),
      point[2] - (p[3 * v + 2] ?? 0),
    ];
    const side = d[0] * (n[3 * v] ?? 0) + d[1] * (n[3 * v + 1] ?? 0) + d[2] * (n[3 * v + 2] ?? 0);
    return { distance: Math.hypot(...d), inside: side < 0 };
  };
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
      if (best >= 0 && bestD <= radius) return answer(point, best);
    }
    // Far from the body (a point the bounding-box check would refuse first): every vertex.
    const v = nearestVertex(point, p);
    return v < 0 ? { distance: Infinity, inside: false } : answer(point, v);
  };
  return { positions: p, normals: n, nearest };
}
