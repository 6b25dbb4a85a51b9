/**
 * Small constructors shared by bones and muscles: a round or flattened rod along a smooth curve,
 * a plate spread between edge curves, and a culled smooth union. All return SdfNodes (negative
 * inside) whose boxes bound their surfaces, so unions can skip far parts exactly.
 * Invariant: pure; a mirrored (midline) part folds x → −|x| and mirrors its box.
 */
import { boxDistance, smin, type Box, type SdfNode } from '../sdf';
import { normalize, sub, type Vec3 } from '../vec';
import { sampleCurve } from './curve';
import { makeStrand } from './strand';

/** Rod through `ctrl`, radius r0 → r1 (linear), optionally flattened to `flat` of its width
 * along the direction away from `centre` (ribs, clavicle). */
export const rod = (ctrl: Vec3[], r0: number, r1 = r0, flat = 1, centre?: Vec3): SdfNode => {
  const n = Math.max(4, Math.min(16, ctrl.length * 4));
  const pts = sampleCurve(ctrl, n);
  const r = pts.map((_, i) => r0 + ((r1 - r0) * i) / (n - 1));
  const out = pts.map((p) => (centre ? normalize(sub(p, centre)) : ([0, 0, 1] as Vec3)));
  // a rod running along z would make a degenerate frame with the default outward axis
  const safe = out.map((o, i) => {
    const a = pts[Math.min(i + 1, n - 1)] as Vec3;
    const b = pts[Math.max(i - 1, 0)] as Vec3;
    const t = normalize(sub(a, b));
    return Math.abs(t[0] * o[0] + t[1] * o[1] + t[2] * o[2]) > 0.9 ? ([1, 0, 0] as Vec3) : o;
  });
  return makeStrand(pts, r, r.map((x) => x * flat), safe);
};

/** Thin plate of half-thickness h across edge curves (same control count), `strands` rods. */
export const plate = (edges: Vec3[][], h: number, strands: number, centre?: Vec3): SdfNode[] => {
  const dense = edges.map((e) => sampleCurve(e, 8));
  const out: SdfNode[] = [];
  for (let k = 0; k < strands; k++) {
    const x = (k / (strands - 1)) * (dense.length - 1);
    const e = Math.min(dense.length - 2, Math.floor(x));
    const l = x - e;
    const a = dense[e] as Vec3[];
    const b = dense[e + 1] as Vec3[];
    const pts = a.map((p, i): Vec3 => {
      const q = b[i] as Vec3;
      return [p[0] + (q[0] - p[0]) * l, p[1] + (q[1] - p[1]) * l, p[2] + (q[2] - p[2]) * l];
    });
    const w = a.map((p, i) => {
      const q = b[i] as Vec3;
      const gap = Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]) * (dense.length - 1);
      return Math.max(h * 1.2, (gap / (strands - 1)) * 0.75);
    });
    const c = centre ?? [0, 0, 0];
    out.push(makeStrand(pts, w, w.map(() => h), pts.map((p) => normalize(sub(p, c)))));
  }
  return out;
};

/** Smooth union of parts with blend width k, skipping parts whose box cannot matter. */
export const union = (parts: readonly SdfNode[], k: number): SdfNode => {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const p of parts) {
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i] as number, p.box.min[i] as number);
      max[i] = Math.max(max[i] as number, p.box.max[i] as number);
    }
  }
  return {
    box: { min, max },
    dist(x, y, z) {
      let d = 1e9;
      for (const p of parts) {
        if (boxDistance(p.box, x, y, z) >= d + k) continue;
        d = smin(d, p.dist(x, y, z), k);
      }
      return d;
    },
  };
};

/** Mirror-symmetric version of a right-side/midline node: evaluates at x → −|x|. */
export const mirrored = (node: SdfNode): SdfNode => {
  const m = Math.max(Math.abs(node.box.min[0]), Math.abs(node.box.max[0]));
  const box: Box = { min: [-m, node.box.min[1], node.box.min[2]], max: [m, node.box.max[1], node.box.max[2]] };
  return { box, dist: (x, y, z) => node.dist(-Math.abs(x), y, z) };
};
