/**
 * Turns a muscle table entry into strands (swept sections) and a signed distance: samples each
 * head's path, gives it the belly profile of its type, lays conforming muscles at their depth
 * under the skin (so superficial muscles follow the surface and stay under it), and fills sheets
 * and fans with interpolated strands whose widths close the gaps between them.
 * Invariant: deterministic; every strand keeps its origin at u = 0 and insertion at u = 1, which is
 * the fibre parameter written into the GLB.
 */
import type { BodySdf } from '../body-sdf';
import type { SdfNode } from '../sdf';
import { cross, normalize, sub, type Vec3 } from '../vec';
import { sampleCurve } from './curve';
import { union } from './kit';
import type { MuscleDef } from './muscle-def';
import { makeStrand, type Strand } from './strand';

export interface BuiltMuscle {
  def: MuscleDef;
  strands: Strand[];
  /** across-fibre offset of each strand's axis (metres), for the stripe coordinate */
  offsets: number[];
  sdf: SdfNode;
  /** smallest half-thickness: sets the meshing resolution */
  minH: number;
}

const SAMPLES = 14;

const gradient = (sdf: BodySdf, p: Vec3): Vec3 => {
  const e = 0.002;
  return normalize([
    sdf(p[0] + e, p[1], p[2]) - sdf(p[0] - e, p[1], p[2]),
    sdf(p[0], p[1] + e, p[2]) - sdf(p[0], p[1] - e, p[2]),
    sdf(p[0], p[1], p[2] + e) - sdf(p[0], p[1], p[2] - e),
  ]);
};

/** tendon fractions of the path at the origin and insertion ends (sheets are fleshy to their edges) */
export const tendonOf = (def: MuscleDef): [number, number] =>
  def.tendon ?? (def.type === 'sheet' || def.type === 'fan' ? [0.02, 0.02] : [0.12, 0.15]);

/** belly profile 0..1 along the path: 0 at the tendon tips, 1 across the belly */
const profile = (def: MuscleDef, t: number): number => {
  const [a, b] = tendonOf(def);
  if (t <= a * 0.5 || t >= 1 - b * 0.5) return 0;
  const s0 = Math.min(1, Math.max(0, (t - a * 0.5) / (1 - a * 0.5 - b * 0.5)));
  // an off-centre belly: remap so the widest point falls at `belly` along the path
  const peak =
    def.belly === undefined
      ? 0.5
      : Math.min(0.85, Math.max(0.15, (def.belly - a * 0.5) / (1 - a * 0.5 - b * 0.5)));
  const s = peak === 0.5 ? s0 : s0 ** (Math.log(0.5) / Math.log(peak));
  const bump = Math.sin(Math.PI * s);
  return def.type === 'sheet' || def.type === 'fan' ? Math.min(1, bump * 3) ** 0.5 : bump ** 0.7;
};

/** conforming samples authored below this height (m) and this far from the midline find their
 * depth on the outward ray: the hip and the leg, where the leg is blended into the trunk */
const RAY_BELOW = 1.05;
const RAY_LATERAL = 0.05;

/** how far along the unit direction `g` from `p` the skin lies (negative: behind `p`, which is
 * outside). Found on the ray, not read from the field's value: where parts are smoothly joined
 * (the hip crease, the buttock over the thigh) the field's value is not the distance to the skin,
 * and muscles laid by it sat millimetres off the depth asked for. Falls back to the field's value
 * if no skin is found within 12 cm. */
const skinAlong = (sdf: BodySdf, p: Vec3, g: Vec3): number => {
  const f = (s: number): number => sdf(p[0] + g[0] * s, p[1] + g[1] * s, p[2] + g[2] * s);
  const f0 = f(0);
  const dir = f0 < 0 ? 1 : -1;
  let a = 0;
  let b = 0;
  const step = 0.004;
  for (let k = 1; k <= 30; k++) {
    const s = dir * step * k;
    if (f(s) < 0 !== f0 < 0) {
      b = s;
      a = dir * step * (k - 1);
      break;
    }
  }
  if (b === 0) return -f0;
  for (let k = 0; k < 20; k++) {
    const m = (a + b) / 2;
    if (f(m) < 0 === f0 < 0) a = m;
    else b = m;
  }
  return (a + b) / 2;
};

/** moves each sample to `depth + h` under the skin (below the waist measured along the skin's
 * outward direction), fading to the original path at pinned ends;
 * `across` lets samples authored past the midline stay there (a sheet cut flat at the midline) */
const conform = (
  sdf: BodySdf,
  pts: Vec3[],
  h: number[],
  depth: number,
  pinEnds: 'both' | 'insertion' | 'none',
  across = false,
): Vec3[] =>
  pts.map((p0, i) => {
    const t = i / (pts.length - 1);
    const wgt =
      pinEnds === 'both'
        ? Math.min(1, Math.min(t, 1 - t) / 0.2)
        : pinEnds === 'insertion'
          ? Math.min(1, (1 - t) / 0.25)
          : 1;
    let p = p0;
    const byRay = p0[1] < RAY_BELOW && p0[0] < -RAY_LATERAL;
    for (let it = 0; it < (byRay ? 5 : 3); it++) {
      const g = gradient(sdf, p);
      const f = sdf(p[0], p[1], p[2]);
      // the field's flow finds the nearest skin; once near it, the depth is measured on the
      // outward ray (a deep point's gradient can aim at far skin, so the ray waits till then).
      // Only at the hip and the leg, where the leg is blended into the trunk and the buttock:
      // elsewhere the field's value and the ray agree to a few millimetres and the muscles
      // (the spinal columns and rectus abdominis by the midline too) are tuned to it
      const ray = it < 3 || !byRay ? -f : skinAlong(sdf, p, g);
      // a ray far off the field's value has found skin other than the nearest: keep the field
      const d = (Math.abs(ray + f) < 0.015 ? ray : -f) - depth - (h[i] ?? 0);
      p = [p[0] + g[0] * d, p[1] + g[1] * d, p[2] + g[2] * d];
    }
    // the spinal furrow's gradient can point across the midline: a right muscle stays right
    const x = Math.min(p0[0] + (p[0] - p0[0]) * wgt, across ? Math.max(-0.002, p0[0]) : -0.002);
    return [x, p0[1] + (p[1] - p0[1]) * wgt, p0[2] + (p[2] - p0[2]) * wgt];
  });

/** piecewise-linear value at `f` (0..1) across values given at evenly spaced stops */
const lerpAt = (vs: number[], f: number): number => {
  const x = f * (vs.length - 1);
  const i = Math.min(vs.length - 2, Math.max(0, Math.floor(x)));
  const a = vs[i] ?? 0;
  return vs.length < 2 ? a : a + ((vs[i + 1] ?? a) - a) * (x - i);
};

const isStops = (f: Vec3 | Vec3[]): f is Vec3[] => Array.isArray(f[0]);

/** a muscle's `facing` at `f` (0..1 along the path): one direction, or the stops interpolated */
const facingAt = (facing: Vec3 | Vec3[], f: number): Vec3 => {
  if (!isStops(facing)) return facing;
  const at = (k: 0 | 1 | 2): number =>
    lerpAt(
      facing.map((v) => v[k]),
      f,
    );
  return normalize([at(0), at(1), at(2)]);
};

/** the strand's thickness axis: the skin's outward direction (or the muscle's fixed `facing`),
 * or (`across` given) the normal of the sheet's plane spanned by the fibres and the across-sheet
 * direction, turned towards that outward direction */
const outwardAxes = (
  sdf: BodySdf,
  pts: Vec3[],
  across?: Vec3[],
  facing?: Vec3 | Vec3[],
): Vec3[] => {
  let prev: Vec3 | undefined;
  return pts.map((p, i) => {
    const g = facing === undefined ? gradient(sdf, p) : facingAt(facing, i / (pts.length - 1));
    const a = across?.[i];
    if (!a || Math.hypot(a[0], a[1], a[2]) < 1e-4) return g;
    const tan = sub(pts[Math.min(i + 1, pts.length - 1)] as Vec3, pts[Math.max(i - 1, 0)] as Vec3);
    const nrm = normalize(cross(tan, a));
    // the sheet's normal keeps one side along the strand (flipping it would twist the section)
    const ref = prev ?? g;
    const s = nrm[0] * ref[0] + nrm[1] * ref[1] + nrm[2] * ref[2] < 0 ? -1 : 1;
    prev = [nrm[0] * s, nrm[1] * s, nrm[2] * s];
    return prev;
  });
};

/** `hc` is the thickness the axis is laid under the skin by (default `h`): a thinner `h` then
 * dips the outer surface instead of only lifting the inner one */
const strandFrom = (
  sdf: BodySdf,
  def: MuscleDef,
  pts0: Vec3[],
  w: number[],
  h: number[],
  hc = h,
  across?: Vec3[],
): Strand => {
  const pin = def.type === 'sheet' ? 'none' : def.type === 'fan' ? 'insertion' : 'both';
  const pts =
    def.conform === undefined
      ? pts0
      : conform(sdf, pts0, hc, def.conform, pin, def.cut !== undefined);
  return makeStrand(pts, w, h, outwardAxes(sdf, pts, across, def.facing));
};

/** the part of `node` where n · p ≤ c for every cut: flat faces where a sheet meets its neighbour */
const cutTo = (node: SdfNode, cuts: [Vec3, number][]): SdfNode => ({
  box: node.box,
  dist: (x, y, z) =>
    cuts.reduce((d, [n, c]) => Math.max(d, n[0] * x + n[1] * y + n[2] * z - c), node.dist(x, y, z)),
});

/** whether the muscle is cut flat on (or just past) the midline plane: it meets its own mirror */
export const cutAtMidline = (def: MuscleDef): boolean =>
  (def.cut ?? []).some(([n, c]) => n[0] === 1 && c >= 0);

/** remaps `f` (0..1 across a sheet) so that `peak` falls at 0.5, the crest of the lens's sine */
const lensAt = (f: number, peak: number): number => {
  const p = Math.min(1, Math.max(0, peak));
  if (p === 0.5) return f;
  return f <= p && p > 0 ? (0.5 * f) / p : p >= 1 ? 0.5 : 0.5 + (0.5 * (f - p)) / (1 - p);
};

export const buildMuscle = (sdf: BodySdf, def: MuscleDef): BuiltMuscle => {
  const strands: Strand[] = [];
  const offsets: number[] = [];
  const ns = def.samples ?? SAMPLES;
  const ts = Array.from({ length: ns }, (_, i) => i / (ns - 1));
  if (def.type === 'sheet' || def.type === 'fan') {
    // two or more edge paths; strands are spread evenly across the edges in order
    const edges = def.heads.map((e) => sampleCurve(e.path, ns));
    const ea = def.heads[0];
    if (!ea || edges.length < 2) throw new Error(`${def.id}: a sheet needs at least two edges`);
    const span = (f: number): { pts: Vec3[]; gap: number[]; dir: Vec3[] } => {
      const x = f * (edges.length - 1);
      const e = Math.min(edges.length - 2, Math.floor(x));
      const l = x - e;
      const a = edges[e] as Vec3[];
      const b = edges[e + 1] as Vec3[];
      const pts = a.map((p, i): Vec3 => {
        const q = b[i] as Vec3;
        return [p[0] + (q[0] - p[0]) * l, p[1] + (q[1] - p[1]) * l, p[2] + (q[2] - p[2]) * l];
      });
      const gap = a.map((p, i) => {
        const q = b[i] as Vec3;
        return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]) * (edges.length - 1);
      });
      const dir = a.map((p, i) => sub(b[i] as Vec3, p));
      return { pts, gap, dir };
    };
    const n = def.strands ?? 5;
    let across = 0;
    let prev: Vec3 | undefined;
    for (let k = 0; k < n; k++) {
      const f = n === 1 ? 0.5 : k / (n - 1);
      const { pts, gap, dir } = span(f);
      // neighbours overlap by about a third so the smooth union reads as one sheet
      const ov = def.overlap ?? 0.7;
      const w = gap.map(
        (g, i) =>
          Math.max(0.004, (g / Math.max(1, n - 1)) * ov + 0.003) *
          (0.6 + 0.4 * profile(def, ts[i] ?? 0)),
      );
      // an optional lens-shaped section: thickest at `bulgeAt` across the strands (the middle by
      // default), `h` at the edges
      const lens =
        def.bulge === undefined
          ? 1
          : 1 + (def.bulge - 1) * Math.sin(Math.PI * lensAt(f, def.bulgeAt ?? 0.5));
      const th = ts.map((t) => (def.thickness === undefined ? 1 : lerpAt(def.thickness, t)));
      const hh = ts.map((t, i) => {
        const hk = ea.h * (th[i] ?? 1);
        return Math.max(Math.min(0.0025, hk), hk * lens * (0.45 + 0.55 * profile(def, t)));
      });
      const notch = (y: number): number =>
        1 -
        0.6 *
          Math.max(
            0,
            ...(def.intersections ?? []).map((yk) => Math.exp(-(((y - yk) / 0.009) ** 2))),
          );
      const hn =
        def.intersections === undefined ? hh : hh.map((v, i) => v * notch((pts[i] as Vec3)[1]));
      const cd = def.conformEdges;
      const sdef = cd === undefined ? def : { ...def, conform: lerpAt(cd, f) };
      strands.push(strandFrom(sdf, sdef, pts, w, hn, hh, def.inPlane === true ? dir : undefined));
      const mid = pts[Math.floor(ns / 2)] as Vec3;
      if (prev) across += Math.hypot(mid[0] - prev[0], mid[1] - prev[1], mid[2] - prev[2]);
      prev = mid;
      offsets.push(across);
    }
  } else {
    def.heads.forEach((hd, k) => {
      const pts = sampleCurve(hd.path, ns);
      const tendon = Math.min(0.0035, hd.h * 0.6);
      // flat ends keep a share of the belly width where the profile has thinned to tendon
      const [f0, f1] = def.flatEnds ?? [0, 0];
      const w = ts.map(
        (t) =>
          tendon +
          (hd.w - tendon) *
            Math.max(profile(def, t), (t < 0.5 ? f0 : f1) * Math.min(1, Math.abs(t - 0.5) * 4)),
      );
      const hh = ts.map((t) => tendon + (hd.h - tendon) * profile(def, t));
      strands.push(
        strandFrom(sdf, hd.facing === undefined ? def : { ...def, facing: hd.facing }, pts, w, hh),
      );
      offsets.push(k * 0.05);
    });
  }
  const minH = Math.min(...strands.map((s) => Math.max(...s.h)));
  const blend = def.type === 'sheet' || def.type === 'fan' ? minH * 0.8 : 0.006;
  const whole = union(strands, blend);
  const sdfNode = def.cut === undefined ? whole : cutTo(whole, def.cut);
  return { def, strands, offsets, sdf: sdfNode, minH };
};
