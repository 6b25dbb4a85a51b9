/**
 * Right hand in supination (palm forward): palm, thenar and hypothenar eminences, four fingers of
 * three phalanges each with a slight resting flexion and spread, and an opposable thumb lying
 * anterolateral to the palm. Geometry is placed in the hand frame of the skeleton
 * (u distal, v radial/thumb side, n palmar).
 * Invariant: the fingers are a sharp union among themselves (no webbing along their length) and
 * blend with the palm only near the knuckles, so the mesher can keep them separate.
 */
import { ellipsoid, frameFrom, group, roundBox, roundCone, type SdfNode } from './sdf';
import { SKELETON as S } from './skeleton';
import { add, inFrame, normalize, rotate, scale, type Vec3 } from './vec';

const { u, v, n } = S.hand;
const W = S.wristR;
/** a point in the hand frame: a distal, b radial, c palmar (metres) */
export const hp = (a: number, b: number, c: number): Vec3 => inFrame(W, u, v, n, a, b, c);

interface FingerSpec {
  name: string;
  base: [number, number];
  length: number;
  spreadDeg: number;
  r0: number;
  r1: number;
}
export const FINGERS: readonly FingerSpec[] = [
  { name: 'index', base: [0.098, 0.03], length: 0.074, spreadDeg: 6, r0: 0.0098, r1: 0.0078 },
  { name: 'middle', base: [0.101, 0.0095], length: 0.083, spreadDeg: 0, r0: 0.0098, r1: 0.0078 },
  { name: 'ring', base: [0.097, -0.011], length: 0.078, spreadDeg: -6, r0: 0.0092, r1: 0.0073 },
  { name: 'little', base: [0.088, -0.0305], length: 0.062, spreadDeg: -13, r0: 0.0083, r1: 0.0066 },
];

/** Joint points (MCP, PIP, DIP, tip) of a finger, with resting flexion towards the palm. */
export const fingerJoints = (f: FingerSpec): Vec3[] => {
  const rad = Math.PI / 180;
  const axisFlex = normalize(v); // a positive turn about v bends towards the palm (n)
  // positive spread turns towards the thumb side (+v)
  let dir = rotate(u, n, -f.spreadDeg * rad);
  const pts: Vec3[] = [hp(f.base[0], f.base[1], 0.004)];
  const parts = [0.47, 0.29, 0.24];
  const flex = [7, 12, 8];
  parts.forEach((p, i) => {
    dir = rotate(dir, axisFlex, (flex[i] ?? 0) * rad);
    const prev = pts[pts.length - 1] ?? W;
    pts.push(add(prev, scale(dir, p * f.length)));
  });
  return pts;
};

export const THUMB: readonly Vec3[] = [hp(0.022, 0.026, 0.008), hp(0.06, 0.047, 0.026), hp(0.088, 0.056, 0.035), hp(0.112, 0.059, 0.039)];

export const hand = (): SdfNode => {
  // [u, v, −n]: the box's second axis runs across the palm, the third through it
  const palmFrame = frameFrom(u, v);
  const fingerNodes = FINGERS.map((f) => {
    const j = fingerJoints(f);
    const r = (t: number): number => f.r0 + (f.r1 - f.r0) * t;
    const segs = [0, 1, 2].map((i) =>
      roundCone(j[i] ?? W, j[i + 1] ?? W, r(i / 3), r((i + 1) / 3), { dir: n, factor: 0.88 }),
    );
    return group(segs.map((s) => ({ node: s, k: 0.003 })));
  });
  const thumbSegs = [0, 1, 2].map((i) =>
    roundCone(THUMB[i] ?? W, THUMB[i + 1] ?? W, [0.0125, 0.0105, 0.0095][i] ?? 0.01, [0.0105, 0.0095, 0.0078][i] ?? 0.008),
  );
  const thumbAxis = normalize(add(THUMB[1] ?? W, scale(THUMB[0] ?? W, -1)));
  return group([
    // wrist to knuckles: a rounded slab, thicker on the radial side
    { node: roundBox(hp(0.058, 0.0, 0.002), [0.044, 0.04, 0.0125], 0.012, palmFrame), k: 0 },
    { node: ellipsoid(hp(0.045, 0.027, 0.014), [0.03, 0.018, 0.012], frameFrom(thumbAxis, n)), k: 0.012 },
    { node: ellipsoid(hp(0.055, -0.03, 0.01), [0.035, 0.012, 0.01], palmFrame), k: 0.012 },
    { node: group(fingerNodes.map((f) => ({ node: f, k: 0 }))), k: 0.009 },
    { node: group(thumbSegs.map((s) => ({ node: s, k: 0.004 }))), k: 0.012 },
  ]);
};
