/**
 * Upper limb surface (right): deltoid cap, upper arm with biceps and triceps, elbow, forearm
 * tapering to a flattened wrist. The hand is in part-hand.ts.
 * Invariant: the limb follows the skeleton's shoulder → elbow → wrist chain exactly, so the
 * landmarks computed from the same chain sit on this surface.
 */
import { ellipsoid, frameFrom, group, roundCone, type SdfNode } from './sdf';
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
    { node: roundCone(add(sh, scale(ua, 0.02)), el, 0.046, 0.035), k: 0 },
    // deltoid cap: rounder and wider than the arm, tapering to its insertion mid-arm
    { node: ellipsoid(deltoidCentre, [0.075, 0.05, 0.055], [upperFrame[0], upperFrame[1], upperFrame[2]]), k: 0.02 },
    { node: roundCone(deltoidCentre, along(sh, el, 0.45, [-0.006, 0, 0.0]), 0.045, 0.02), k: 0.025 },
    // biceps in front, triceps behind
    { node: ellipsoid(along(sh, el, 0.55, [0, 0, 0.018]), [0.09, 0.027, 0.03], upperFrame), k: 0.02 },
    { node: ellipsoid(along(sh, el, 0.45, [0.0, 0, -0.018]), [0.11, 0.033, 0.032], upperFrame), k: 0.02 },
    // elbow: epicondyles make it wider than deep
    { node: ellipsoid(el, [0.02, 0.042, 0.032], foreFrame), k: 0.02 },
    // forearm: muscle bulk near the elbow, flattening towards the wrist
    { node: roundCone(el, wr, 0.038, 0.024, { dir: S.hand.n, factor: 0.72 }), k: 0.02 },
    { node: ellipsoid(along(el, wr, 0.28, [-0.008, 0, 0.0]), [0.08, 0.035, 0.03], foreFrame), k: 0.03 },
  ]);
};
