/**
 * Makes the skin follow the muscles beneath it, within limits. The relief surface is the body
 * surface smoothly united with every muscle grown by RELIEF_MARGIN (skin and fat over the muscle),
 * capped at RELIEF_CAP outside the original body surface so the overall shape (which content and
 * landmarks were authored on) moves by at most that much. Muscles are in turn clipped to stay
 * CLIP_MARGIN under the capped relief (`clipToSkin`), so no muscle ever shows through the skin.
 * Invariants: skin vertices only move outward by ≤ RELIEF_CAP, along their normal, or near the
 * planes where the fine head and foot meshes are zipped in along the body surface's gradient (the
 * mesh normals of the zip strip lean into the plane, and the seam must not fold); below the scalp
 * the relief fades to 0 at the midline; midline vertices stay on x = 0 so the halves still weld;
 * muscles are evaluated right-side (x → −|x|).
 */
import type { BodySdf } from './body-sdf';
import type { Mesh } from './mesh-ops';
import { Y_FOOT, Y_HEAD } from './meshing';
import { vertexNormals } from './mesh-zip';
import { smax, smin, type SdfNode } from './sdf';
import { SKELETON as S } from './skeleton';

export const RELIEF_MARGIN = 0.003;
export const RELIEF_CAP = 0.006;
/** covers the simplified skin's chords over convex regions as well as the skin itself */
const CLIP_MARGIN = 0.0065;
const K = 0.006;
/** the relief fades out within this distance of the midline, where the halves weld */
const SEAM = 0.012;
/** from the eyes up (the scalp) it does not: the epicranius meets its mirror at the midline, and
 * fading its relief there left a groove along the top of the head */
const SCALP = { from: S.eyeR[1] - 0.05, width: 0.02 };
const taper = (x: number, y: number): number =>
  Math.min(1, Math.max(Math.abs(x) / SEAM, (y - SCALP.from) / SCALP.width));
/** the most the relief may turn a skin normal (about 20°), and passes spreading the turn */
const MAX_TURN = 0.35;
const TURN_SPREAD = 2;
/** passes of plain averaging over the relief moves (see applyRelief) */
const SOFTEN = 4;
/** within this distance of a zip plane the push follows the body's gradient, not the mesh normal */
const ZIP = 0.01;
export const zipWeight = (y: number): number =>
  Math.max(0, 1 - Math.min(Math.abs(y - Y_HEAD), Math.abs(y - Y_FOOT)) / ZIP);

export const gradient = (
  sdf: BodySdf,
  x: number,
  y: number,
  z: number,
): [number, number, number] => {
  const e = 0.001;
  const g: [number, number, number] = [
    sdf(x + e, y, z) - sdf(x - e, y, z),
    sdf(x, y + e, z) - sdf(x, y - e, z),
    sdf(x, y, z + e) - sdf(x, y, z - e),
  ];
  const l = Math.hypot(...g) || 1;
  return [g[0] / l, g[1] / l, g[2] / l];
};

/** The body surface including the (capped) muscle relief; negative inside. */
export const reliefSdf =
  (body: BodySdf, muscles: SdfNode): BodySdf =>
  (x, y, z) => {
    const b = body(x, y, z);
    const m = muscles.dist(-Math.abs(x), y, z) - RELIEF_MARGIN;
    return smin(b, Math.max(m, b - RELIEF_CAP * taper(x, y)), K);
  };

/** Bones stay this far under the original body surface (they do not shape the relief). */
const BONE_MARGIN = 0.0035;

/** A bone limited to BONE_MARGIN under the body surface. */
export const clipBone = (body: BodySdf, bone: SdfNode): SdfNode => ({
  box: bone.box,
  dist: (x, y, z) => {
    const d = bone.dist(x, y, z);
    return d > 0.02 ? d : smax(d, body(x, y, z) + BONE_MARGIN, 0.002);
  },
});

/** how far under the unmoved skin a muscle that meets its mirror on the midline is kept */
const MIDLINE_CLIP = 0.002;

/** A muscle limited to CLIP_MARGIN under the capped relief surface. Towards the midline, where
 * the relief fades out, that limit sinks to CLIP_MARGIN under the unmoved skin; a muscle cut flat
 * at the midline (`midline`: the epicranius, the upper trapezius) is only kept MIDLINE_CLIP under
 * it there instead, so it still reaches x = 0 and meets its mirror (the skin is not pushed
 * there: nothing shows). */
export const clipToSkin = (body: BodySdf, muscle: SdfNode, midline = false): SdfNode => ({
  box: muscle.box,
  dist: (x, y, z) => {
    const d = muscle.dist(x, y, z);
    // far inside the muscle's own surface the clip cannot matter unless the skin is near
    if (d > 0.02) return d;
    const b = body(x, y, z);
    const clip = b - RELIEF_CAP * taper(x, y) + CLIP_MARGIN;
    return smax(d, midline ? Math.min(clip, b + MIDLINE_CLIP) : clip, 0.003);
  },
});

/** Moves the right-half skin vertices onto the relief surface; returns the largest move (m). */
export const applyRelief = (half: Mesh, body: BodySdf, muscles: SdfNode): number => {
  const nrm = vertexNormals(half);
  const relief = reliefSdf(body, muscles);
  const n = half.pos.length / 3;
  const move = new Float64Array(n);
  const dirs = new Float64Array(n * 3);
  for (let v = 0; v < n; v++) {
    const i = 3 * v;
    const x = half.pos[i] ?? 0;
    const y = half.pos[i + 1] ?? 0;
    const z = half.pos[i + 2] ?? 0;
    // on the midline seam the half mesh's normal leans sideways, and a push towards the midline
    // would fold the skin over the seam: both move in the sagittal plane only
    let [nx, ny, nz] = [nrm[i] ?? 0, nrm[i + 1] ?? 0, nrm[i + 2] ?? 0];
    const zw = zipWeight(y);
    if (zw > 0) {
      const g = gradient(body, x, y, z);
      const b: [number, number, number] = [
        nx + (g[0] - nx) * zw,
        ny + (g[1] - ny) * zw,
        nz + (g[2] - nz) * zw,
      ];
      const l = Math.hypot(...b) || 1;
      [nx, ny, nz] = [b[0] / l, b[1] / l, b[2] / l];
    }
    if (x === 0 || nx > 0) {
      const l = Math.hypot(ny, nz) || 1;
      [nx, ny, nz] = [0, ny / l, nz / l];
    }
    dirs.set([nx, ny, nz], i);
    if (muscles.dist(-Math.abs(x), y, z) > RELIEF_MARGIN + K) continue;
    const f = (t: number): number => relief(x + nx * t, y + ny * t, z + nz * t);
    if (f(0) > 0) continue;
    let lo = 0;
    let hi = RELIEF_CAP + 0.002;
    if (f(hi) <= 0) lo = hi;
    else {
      for (let it = 0; it < 16; it++) {
        const mid = (lo + hi) / 2;
        if (f(mid) <= 0) lo = mid;
        else hi = mid;
      }
    }
    move[v] = Math.min(lo, RELIEF_CAP * taper(x, y));
  }
  // spread the moves over neighbours (never lowering one) so fine skin regions do not fold
  const nbr: number[][] = Array.from({ length: n }, () => []);
  for (let t = 0; t < half.tri.length; t += 3) {
    for (let e = 0; e < 3; e++) nbr[half.tri[t + e] ?? 0]?.push(half.tri[t + ((e + 1) % 3)] ?? 0);
  }
  let cur = Float64Array.from(move);
  for (let it = 0; it < 8; it++) {
    const next = new Float64Array(n);
    for (let v = 0; v < n; v++) {
      const ns = nbr[v] ?? [];
      const avg = ns.length ? ns.reduce((s, j) => s + (cur[j] ?? 0), 0) / ns.length : 0;
      const cap = RELIEF_CAP * taper(half.pos[3 * v] ?? 0, half.pos[3 * v + 1] ?? 0);
      next[v] = Math.min(cap, Math.max(move[v] ?? 0, 0.5 * (cur[v] ?? 0) + 0.5 * avg));
    }
    cur = next;
  }
  // then plain averaging, which may lower a vertex too: the relief follows each muscle's jagged
  // border and single strands, which the skin's few-millimetre triangles shade as blotches; skin
  // and fat over a muscle show only its soft overall form
  for (let it = 0; it < SOFTEN; it++) {
    const next = new Float64Array(n);
    for (let v = 0; v < n; v++) {
      const ns = nbr[v] ?? [];
      const avg = ns.length ? ns.reduce((s, j) => s + (cur[j] ?? 0), 0) / ns.length : 0;
      next[v] = 0.5 * (cur[v] ?? 0) + 0.5 * avg;
    }
    cur = next;
  }
  let maxMove = 0;
  for (let v = 0; v < n; v++) {
    const t = cur[v] ?? 0;
    if (t <= 0) continue;
    const i = 3 * v;
    const x = half.pos[i] ?? 0;
    half.pos[i] = x === 0 ? 0 : Math.min(0, x + (dirs[i] ?? 0) * t);
    half.pos[i + 1] = (half.pos[i + 1] ?? 0) + (dirs[i + 1] ?? 0) * t;
    half.pos[i + 2] = (half.pos[i + 2] ?? 0) + (dirs[i + 2] ?? 0) * t;
    maxMove = Math.max(maxMove, t);
  }
  return maxMove;
};

/**
 * Smooth skin normals that still show the relief: the body surface's gradient (smooth, unlike the
 * simplified mesh's own triangles, which shade as blotches on the neck and chest) turned by how
 * much the relief turned each vertex's mesh normal. `before` and `after` are the welded skin
 * without and with the relief (same vertices and triangles). Where the two do not match vertex
 * for vertex, the mesh normals of `after` are kept.
 */
export const reliefNormals = (before: Mesh, after: Mesh, body: BodySdf): Float32Array => {
  const na = vertexNormals(after);
  if (before.pos.length !== after.pos.length) return new Float32Array(na);
  const nb = vertexNormals(before);
  // the turn, limited and spread over the neighbours: a vertex the relief pushed much further than
  // the next one tilts its triangles steeply, which would shade as a dark notch
  let turn = na.map((v, i) => v - (nb[i] ?? 0));
  for (let i = 0; i < turn.length; i += 3) {
    const l = Math.hypot(turn[i] ?? 0, turn[i + 1] ?? 0, turn[i + 2] ?? 0);
    if (l > MAX_TURN) for (let k = 0; k < 3; k++) turn[i + k] = ((turn[i + k] ?? 0) * MAX_TURN) / l;
  }
  const nbr: number[][] = Array.from({ length: na.length / 3 }, () => []);
  for (let t = 0; t < after.tri.length; t += 3)
    for (let e = 0; e < 3; e++) nbr[after.tri[t + e] ?? 0]?.push(after.tri[t + ((e + 1) % 3)] ?? 0);
  for (let it = 0; it < TURN_SPREAD; it++) {
    const next = turn.slice();
    nbr.forEach((ns, v) => {
      if (ns.length === 0) return;
      for (let k = 0; k < 3; k++) {
        const avg = ns.reduce((s, j) => s + (turn[3 * j + k] ?? 0), 0) / ns.length;
        next[3 * v + k] = 0.5 * (turn[3 * v + k] ?? 0) + 0.5 * avg;
      }
    });
    turn = next;
  }
  const out = new Float32Array(na.length);
  for (let i = 0; i < na.length; i += 3) {
    const [x, y, z] = [after.pos[i] ?? 0, after.pos[i + 1] ?? 0, after.pos[i + 2] ?? 0];
    const g = gradient(body, x, y, z);
    // where the body surface has a small ledge or crease that the mesh smooths over, the gradient
    // strays far from the mesh: there the mesh's own normal is kept
    const agree = [0, 1, 2].reduce((s, k) => s + (g[k] ?? 0) * (nb[i + k] ?? 0), 0);
    const w = Math.min(1, Math.max(0, (agree - 0.75) / 0.15));
    const b = [0, 1, 2].map(
      (k) => w * ((g[k] ?? 0) + (turn[i + k] ?? 0)) + (1 - w) * (na[i + k] ?? 0),
    );
    const l = Math.hypot(b[0] ?? 0, b[1] ?? 0, b[2] ?? 0);
    for (let k = 0; k < 3; k++) out[i + k] = l > 0.5 ? (b[k] ?? 0) / l : (na[i + k] ?? 0);
  }
  return out;
};

/** The head from just under the jaw up: its normals come from the body surface (see below). */
const HEAD_NORMALS = { from: Y_HEAD + ZIP, width: 0.02 };
export const headNormalWeight = (y: number): number =>
  Math.min(1, Math.max(0, (y - HEAD_NORMALS.from) / HEAD_NORMALS.width));

const blendTowards = (nrm: Float32Array, i: number, g: readonly number[], w: number): void => {
  const b = [0, 1, 2].map((k) => (nrm[i + k] ?? 0) + ((g[k] ?? 0) - (nrm[i + k] ?? 0)) * w);
  const l = Math.hypot(b[0] ?? 0, b[1] ?? 0, b[2] ?? 0) || 1;
  for (let k = 0; k < 3; k++) nrm[i + k] = (b[k] ?? 0) / l;
};

/**
 * Vertex normals near the zip planes, blended towards the relief surface's gradient: the zip
 * strip and the simplifier's long triangles there would otherwise shade the seam as a ragged ring.
 * On the head the normals are the body surface's gradient: the simplified mesh is too coarse for
 * the face's small forms (lids, wings of the nose, lips), whose face normals shade as blotches and
 * facets. The body surface, not the relief: the relief's cap and muscle borders are creases in its
 * gradient that would draw lines over the scalp and jaw. A vertex whose mesh normal cancels out
 * (on the midline in the crotch, where both halves' triangles face sideways) takes the gradient.
 */
export const refineSkinNormals = (
  pos: Float32Array,
  nrm: Float32Array,
  relief: BodySdf,
  body: BodySdf,
): void => {
  for (let i = 0; i < pos.length; i += 3) {
    const [x, y, z] = [pos[i] ?? 0, pos[i + 1] ?? 0, pos[i + 2] ?? 0];
    const degenerate = Math.hypot(nrm[i] ?? 0, nrm[i + 1] ?? 0, nrm[i + 2] ?? 0) < 0.5;
    const zw = degenerate ? 1 : zipWeight(y);
    if (zw > 0) blendTowards(nrm, i, gradient(relief, x, y, z), zw);
    const hw = headNormalWeight(y);
    if (hw > 0) blendTowards(nrm, i, gradient(body, x, y, z), hw);
  }
};
