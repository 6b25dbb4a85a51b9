/**
 * Upper limb surface (right): deltoid cap, upper arm with biceps and triceps, elbow, forearm
 * tapering to a flattened wrist. The hand is in part-hand.ts. `joinArm` blends the limb into the
 * trunk broadly at the shoulder but only narrowly below the axillary folds, so the slightly
 * abducted arm hangs free of the chest wall there (the armpit) instead of being webbed to it.
 * Invariant: the limb follows the skeleton's shoulder → elbow → wrist chain exactly, so the
 * landmarks computed from the same chain sit on this surface.
 */
import { boxDistance, ellipsoid, frameFrom, group, roundCone, smin, type SdfNode } from './sdf';
import { SKELETON as S } from './skeleton';
import { deltoidCentre } from './part-trunk';
import { add, lerp, scale, type Vec3 } from './vec';

export const arm = (): SdfNode => {
  const sh = S.shoulderR;
  const el = S.elbowR;
  const wr = S.wristR;
  const ua = S.upperArmDir;
  const fa = S.forearmDir;
  const along = (a: Vec3, b: Vec3, t: number, off: Vec3): Vec3 => add(lerp(a, b, t), off);
  const upperFrame = frameFrom(ua, [0, 0, 1]);
  const foreFrame = frameFrom(fa, [0, 0, 1]);
  return group([
    // the upper arm is deeper (biceps to triceps) than wide, so its inner face clears the chest
    { node: roundCone(add(sh, scale(ua, 0.02)), el, 0.044, 0.035, { dir: upperFrame[2], factor: 0.77 }), k: 0 },
    // deltoid cap: rounder and wider than the arm, tapering to its insertion mid-arm
    { node: ellipsoid(deltoidCentre, [0.075, 0.05, 0.055], [upperFrame[0], upperFrame[1], upperFrame[2]]), k: 0.02 },
    { node: roundCone(deltoidCentre, along(sh, el, 0.45, [-0.006, 0, 0.0]), 0.045, 0.02), k: 0.025 },
    // biceps in front, triceps behind
    { node: ellipsoid(along(sh, el, 0.55, [-0.003, 0, 0.018]), [0.09, 0.027, 0.028], upperFrame), k: 0.02 },
    { node: ellipsoid(along(sh, el, 0.45, [-0.004, 0, -0.018]), [0.11, 0.033, 0.029], upperFrame), k: 0.02 },
    // elbow: epicondyles make it wider than deep
    { node: ellipsoid(el, [0.02, 0.042, 0.032], foreFrame), k: 0.02 },
    // forearm: muscle bulk near the elbow, flattening towards the wrist
    { node: roundCone(el, wr, 0.038, 0.024, { dir: S.hand.n, factor: 0.72 }), k: 0.02 },
    { node: ellipsoid(along(el, wr, 0.28, [-0.008, 0, 0.0]), [0.08, 0.035, 0.03], foreFrame), k: 0.03 },
  ]);
};

/** blend width of arm and trunk: broad over the shoulder, narrow below the axillary folds */
const SHOULDER_K = 0.035;
const AXILLA_K = 0.006;
const armBlendK = (y: number): number => {
  // broad down to the axillary folds (a rounded armpit, no crease where arm meets chest wall),
  // narrow a few centimetres lower where the arm leaves the chest
  const top = S.shoulderR[1] - 0.165;
  const bottom = S.shoulderR[1] - 0.205;
  const t = Math.min(1, Math.max(0, (y - bottom) / (top - bottom)));
  return AXILLA_K + (SHOULDER_K - AXILLA_K) * t * t * (3 - 2 * t);
};

/** Smooth union of the body so far with the arm, with the height-dependent blend above. */
export const joinArm = (rest: SdfNode, limb: SdfNode): SdfNode => ({
  box: {
    min: [Math.min(rest.box.min[0], limb.box.min[0]), Math.min(rest.box.min[1], limb.box.min[1]), Math.min(rest.box.min[2], limb.box.min[2])],
    max: [Math.max(rest.box.max[0], limb.box.max[0]), Math.max(rest.box.max[1], limb.box.max[1]), Math.max(rest.box.max[2], limb.box.max[2])],
  },
  dist(x, y, z) {
    const d = rest.dist(x, y, z);
    // beyond the widest blend the arm cannot change the result (same cull as `group`)
    if (boxDistance(limb.box, x, y, z) >= d + SHOULDER_K) return d;
    return smin(d, limb.dist(x, y, z), armBlendK(y));
  },
});
