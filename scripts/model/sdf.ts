/**
 * Signed distance primitives and a blend tree for the body surface.
 *
 * Convention here: NEGATIVE inside, positive outside (the graphics convention); the mesher flips
 * the sign for manifold-3d, which wants positive inside. Every node carries an axis-aligned box
 * that contains its surface; the box distance is a lower bound of the node's distance, which lets
 * a group skip children that cannot change the blended result (exact culling, not a heuristic).
 * Ellipsoid and squashed distances are the usual first-order approximations: their zero set is
 * exact, their magnitude only approximately Euclidean, which is all smooth blending needs.
 */
import { cross, normalize, sub, type Vec3 } from './vec';

export interface Box {
  min: [number, number, number];
  max: [number, number, number];
}

export interface SdfNode {
  readonly box: Box;
  dist(x: number, y: number, z: number): number;
}

const boxAround = (points: readonly Vec3[], pad: readonly number[]): Box => {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  points.forEach((p, i) => {
    const r = pad[i] ?? 0;
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] ?? Infinity, (p[k] ?? 0) - r);
      max[k] = Math.max(max[k] ?? -Infinity, (p[k] ?? 0) + r);
    }
  });
  return { min, max };
};

/** Distance from a point to a box (0 inside): a lower bound for anything the box contains. */
export const boxDistance = (b: Box, x: number, y: number, z: number): number => {
  const dx = Math.max(b.min[0] - x, 0, x - b.max[0]);
  const dy = Math.max(b.min[1] - y, 0, y - b.max[1]);
  const dz = Math.max(b.min[2] - z, 0, z - b.max[2]);
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
};

/** Polynomial smooth minimum (Quilez): blends two distances over a band of width k. */
export const smin = (a: number, b: number, k: number): number => {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
};
export const smax = (a: number, b: number, k: number): number => -smin(-a, -b, k);

/** Orthonormal frame whose first axis is `axis`; `hint` picks the second axis's plane. */
export const frameFrom = (axis: Vec3, hint: Vec3): [Vec3, Vec3, Vec3] => {
  const u = normalize(axis);
  const w = normalize(cross(u, hint));
  const v = cross(w, u);
  return [u, v, w];
};

/**
 * Ellipsoid with semi-axes r along the frame axes (default: world x, y, z).
 * Approximation k0·(k0−1)/k1 (Quilez), good near the surface.
 */
export const ellipsoid = (
  c: Vec3,
  r: Vec3,
  frame: [Vec3, Vec3, Vec3] = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
): SdfNode => {
  const [u, v, w] = frame;
  const ext = [0, 1, 2].map((k) =>
    Math.hypot(r[0] * (u[k] ?? 0), r[1] * (v[k] ?? 0), r[2] * (w[k] ?? 0)),
  );
  return {
    box: boxFromExtent(c, ext),
    dist(x, y, z) {
      const px = x - c[0];
      const py = y - c[1];
      const pz = z - c[2];
      const a = (px * u[0] + py * u[1] + pz * u[2]) / r[0];
      const b = (px * v[0] + py * v[1] + pz * v[2]) / r[1];
      const d = (px * w[0] + py * w[1] + pz * w[2]) / r[2];
      const k0 = Math.sqrt(a * a + b * b + d * d);
      const k1 = Math.sqrt((a * a) / (r[0] * r[0]) + (b * b) / (r[1] * r[1]) + (d * d) / (r[2] * r[2]));
      return k1 > 1e-12 ? (k0 * (k0 - 1)) / k1 : -Math.min(r[0], r[1], r[2]);
    },
  };
};

const boxFromExtent = (c: Vec3, ext: readonly number[]): Box => ({
  min: [c[0] - (ext[0] ?? 0), c[1] - (ext[1] ?? 0), c[2] - (ext[2] ?? 0)],
  max: [c[0] + (ext[0] ?? 0), c[1] + (ext[1] ?? 0), c[2] + (ext[2] ?? 0)],
});

export const sphere = (c: Vec3, r: number): SdfNode => ({
  box: boxFromExtent(c, [r, r, r]),
  dist: (x, y, z) => Math.hypot(x - c[0], y - c[1], z - c[2]) - r,
});

/**
 * Round cone (Quilez, exact): the convex hull of two spheres (a, ra) and (b, rb).
 * `squash` optionally flattens the cross-section along a unit direction `dir` (perpendicular to
 * the axis) to `factor` of its round thickness, e.g. the wrist and the flat fingers' nails side.
 */
export const roundCone = (
  a: Vec3,
  b: Vec3,
  ra: number,
  rb: number,
  squash?: { dir: Vec3; factor: number },
): SdfNode => {
  const bax = b[0] - a[0];
  const bay = b[1] - a[1];
  const baz = b[2] - a[2];
  const l2 = bax * bax + bay * bay + baz * baz;
  const rr = ra - rb;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  const sd = squash?.dir ?? [0, 0, 0];
  const f = squash?.factor ?? 1;
  return {
    box: boxAround([a, b], [ra, rb]),
    dist(x, y, z) {
      let pax = x - a[0];
      let pay = y - a[1];
      let paz = z - a[2];
      if (f !== 1) {
        // stretch the squashed direction so the round profile maps onto the flat one
        const s = (pax * sd[0] + pay * sd[1] + paz * sd[2]) * (1 / f - 1);
        pax += s * sd[0];
        pay += s * sd[1];
        paz += s * sd[2];
      }
      const yy = pax * bax + pay * bay + paz * baz;
      const zz = yy - l2;
      const qx = pax * l2 - bax * yy;
      const qy = pay * l2 - bay * yy;
      const qz = paz * l2 - baz * yy;
      const x2 = qx * qx + qy * qy + qz * qz;
      const y2 = yy * yy * l2;
      const z2 = zz * zz * l2;
      const k = Math.sign(rr) * rr * rr * x2;
      let d: number;
      if (Math.sign(zz) * a2 * z2 > k) d = Math.sqrt(x2 + z2) * il2 - rb;
      else if (Math.sign(yy) * a2 * y2 < k) d = Math.sqrt(x2 + y2) * il2 - ra;
      else d = (Math.sqrt(x2 * a2 * il2) + yy * rr) * il2 - ra;
      return d * Math.min(f, 1);
    },
  };
};

export const capsule = (a: Vec3, b: Vec3, r: number): SdfNode => roundCone(a, b, r, r);

/** Rounded box centred at c with half extents h (before rounding r) in the given frame. */
export const roundBox = (c: Vec3, h: Vec3, r: number, frame: [Vec3, Vec3, Vec3]): SdfNode => {
  const [u, v, w] = frame;
  const ext = [0, 1, 2].map(
    (k) => Math.abs(h[0] * (u[k] ?? 0)) + Math.abs(h[1] * (v[k] ?? 0)) + Math.abs(h[2] * (w[k] ?? 0)),
  );
  return {
    box: boxFromExtent(c, ext),
    dist(x, y, z) {
      const p: Vec3 = sub([x, y, z], c);
      const qa = Math.abs(p[0] * u[0] + p[1] * u[1] + p[2] * u[2]) - h[0] + r;
      const qb = Math.abs(p[0] * v[0] + p[1] * v[1] + p[2] * v[2]) - h[1] + r;
      const qc = Math.abs(p[0] * w[0] + p[1] * w[1] + p[2] * w[2]) - h[2] + r;
      const out = Math.hypot(Math.max(qa, 0), Math.max(qb, 0), Math.max(qc, 0));
      return out + Math.min(Math.max(qa, qb, qc), 0) - r;
    },
  };
};

export type BlendOp = 'union' | 'subtract';
export interface BlendItem {
  node: SdfNode;
  /** blend width in metres (0 = sharp) */
  k: number;
  op?: BlendOp;
}

/**
 * Ordered smooth CSG: d = smin(d, child, k) for unions, smax(d, −child, k) for carves.
 * The order is part of the shape (smooth unions are not associative), so it is fixed by the
 * caller's list order. The group's box covers its union children only (carves never add).
 */
export const group = (items: readonly BlendItem[]): SdfNode => {
  const unions = items.filter((i) => (i.op ?? 'union') === 'union');
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const it of unions) {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] ?? Infinity, it.node.box.min[k] ?? Infinity);
      max[k] = Math.max(max[k] ?? -Infinity, it.node.box.max[k] ?? -Infinity);
    }
  }
  const list = items.map((i) => ({ node: i.node, k: i.k, carve: i.op === 'subtract' }));
  return {
    box: { min, max },
    dist(x, y, z) {
      let d = 1e9;
      for (const it of list) {
        const bd = boxDistance(it.node.box, x, y, z);
        if (it.carve) {
          if (bd >= it.k - d) continue; // the carve cannot reach this point
          d = smax(d, -it.node.dist(x, y, z), it.k);
        } else {
          if (bd >= d + it.k) continue; // the child is too far to change the blend
          d = smin(d, it.node.dist(x, y, z), it.k);
        }
      }
      return d;
    },
  };
};
