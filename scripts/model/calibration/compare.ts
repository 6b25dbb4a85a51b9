/**
 * Compares the model's muscles with the reference table (tests/model/fixtures/reference-muscles.json):
 * per muscle, the distance between surface centroids and the angle between principal axes.
 *
 * Registration: the reference body's hip and knee sit lower than the anthropometric levels our
 * skin follows (its knee joint line ~10 cm lower, its ischial tuberosity ~4 cm lower; its shank is short, see the
 * table's caveats), and the skin may not move. Reference points below y = 1.10 m are therefore
 * mapped by a piecewise-linear vertical registration through paired bony levels (ankle, knee,
 * ischial tuberosity, anterior superior iliac spine) before comparing; the raw distance is reported as well.
 * Invariant: pure; thresholds live in the tests and the report, not here.
 */
import { principalAxis, surfaceMoments, type Moments } from './moments';

export interface RefEntry {
  id: string;
  reference: string[];
  note: string;
  centroid: [number, number, number];
  axis: [number, number, number];
}

export interface Row {
  id: string;
  note: string;
  registered: boolean;
  /** centroid distance after registration and raw (metres) */
  distance: number;
  rawDistance: number;
  /** angle between principal axes (degrees, 0–90) */
  angle: number;
  model: [number, number, number];
  reference: [number, number, number];
}

/**
 * (reference y, model y) pairs: floor, ankle, knee joint line (reference muscle ends ≈ 0.40 m),
 * ischial tuberosity (hamstring origins ≈ 0.80 m), anterior superior iliac spine (tensor fasciae
 * latae origin ≈ 0.964 m), and identity from the lower chest up.
 */
export const REGISTRATION: readonly [number, number][] = [
  [0, 0],
  [0.08, 0.068],
  [0.4, 0.499],
  [0.8, 0.845],
  [0.964, 0.975],
  [1.1, 1.1],
];

const mapY = (y: number): { y: number; slope: number } => {
  for (let i = 0; i + 1 < REGISTRATION.length; i++) {
    const [r0, m0] = REGISTRATION[i] as [number, number];
    const [r1, m1] = REGISTRATION[i + 1] as [number, number];
    if (y <= r1) {
      const slope = (m1 - m0) / (r1 - r0);
      return { y: m0 + (y - r0) * slope, slope };
    }
  }
  return { y, slope: 1 };
};

/** The reference centroid and axis expressed at the model's joint levels. */
export const register = (e: RefEntry): { centroid: [number, number, number]; axis: [number, number, number]; registered: boolean } => {
  const [x, y, z] = e.centroid;
  if (y >= 1.1) return { centroid: e.centroid, axis: e.axis, registered: false };
  const m = mapY(y);
  const a: [number, number, number] = [e.axis[0], e.axis[1] * m.slope, e.axis[2]];
  const l = Math.hypot(...a);
  return { centroid: [x, m.y, z], axis: [a[0] / l, a[1] / l, a[2] / l], registered: true };
};

type MeshLike = { positions: ArrayLike<number>; indices: ArrayLike<number> };

/** Compares right-side muscle meshes (`muscle.<id>.R`) with the reference entries. */
export const compareMuscles = (muscles: Map<string, MeshLike>, refs: RefEntry[]): Row[] =>
  refs.map((e) => {
    const ids = e.id.split('+');
    const meshes = ids.map((id) => {
      const m = muscles.get(`muscle.${id}.R`);
      if (!m) throw new Error(`no node muscle.${id}.R`);
      return m;
    });
    const mom: Moments = surfaceMoments(meshes);
    const axis = principalAxis(mom);
    const reg = register(e);
    const d = (a: readonly number[], b: readonly number[]) => Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0), (a[2] ?? 0) - (b[2] ?? 0));
    const dot = Math.abs(axis[0] * reg.axis[0] + axis[1] * reg.axis[1] + axis[2] * reg.axis[2]);
    return {
      id: e.id,
      note: e.note,
      registered: reg.registered,
      distance: d(mom.centroid, reg.centroid),
      rawDistance: d(mom.centroid, e.centroid),
      angle: (Math.acos(Math.min(1, dot)) * 180) / Math.PI,
      model: mom.centroid,
      reference: reg.centroid,
    };
  });

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? (s[(n - 1) / 2] ?? NaN) : ((s[n / 2 - 1] ?? 0) + (s[n / 2] ?? 0)) / 2;
};
