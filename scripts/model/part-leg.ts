/**
 * Lower limb surface (right): thigh with quadriceps, vastus medialis, adductors and hamstrings,
 * the knee with its kneecap, the shank with calf heads and the tibialis anterior ridge, and the
 * narrowing above the ankle. The foot is in part-foot.ts.
 * Invariant: the limb follows the skeleton's hip → knee → ankle chain.
 */
import { ellipsoid, frameFrom, group, roundCone, type SdfNode } from './sdf';
import { SKELETON as S } from './skeleton';
import { add, lerp, sub, type Vec3 } from './vec';

export const leg = (): SdfNode => {
  const hip = S.hipR;
  const kn = S.kneeR;
  const an = S.ankleR;
  const on = (a: Vec3, b: Vec3, t: number, off: Vec3): Vec3 => add(lerp(a, b, t), off);
  const thighF = frameFrom(sub(hip, kn), [0, 0, 1]);
  const shankF = frameFrom(sub(kn, an), [0, 0, 1]);
  return group([
    // thigh core from the hip (thick, blending into the buttock) to above the knee
    { node: roundCone(on(hip, kn, 0.05, [-0.012, 0, 0.01]), on(hip, kn, 0.88, [0, 0, 0.01]), 0.083, 0.05), k: 0 },
    // quadriceps (front), vastus lateralis (side), vastus medialis (teardrop above the knee)
    { node: ellipsoid(on(hip, kn, 0.45, [-0.006, 0, 0.05]), [0.17, 0.05, 0.04], thighF), k: 0.04 },
    { node: ellipsoid(on(hip, kn, 0.5, [-0.04, 0, 0.015]), [0.16, 0.035, 0.045], thighF), k: 0.04 },
    { node: ellipsoid(on(hip, kn, 0.78, [0.03, 0, 0.03]), [0.06, 0.03, 0.035], thighF), k: 0.03 },
    // adductors (inner thigh) and hamstrings (back)
    { node: ellipsoid(on(hip, kn, 0.3, [0.038, 0, 0.012]), [0.13, 0.038, 0.05], thighF), k: 0.04 },
    { node: ellipsoid(on(hip, kn, 0.45, [-0.005, 0, -0.04]), [0.17, 0.05, 0.04], thighF), k: 0.04 },
    // knee: condyles and kneecap
    { node: ellipsoid(add(kn, [0, 0.01, 0.002]), [0.05, 0.045, 0.046]), k: 0.035 },
    { node: ellipsoid(add(kn, [-0.002, 0.02, 0.048]), [0.024, 0.028, 0.014]), k: 0.01 },
    // patellar ligament from the kneecap's apex down to the tibial tuberosity (no hollow between)
    { node: roundCone(add(kn, [-0.002, -0.004, 0.047]), add(kn, [0, -0.056, 0.04]), 0.0095, 0.0085), k: 0.012 },
    // shank, tapering to the ankle
    { node: roundCone(on(kn, an, 0.08, [0, 0, 0]), on(kn, an, 0.88, [0, 0, -0.004]), 0.046, 0.027), k: 0.03 },
    // gastrocnemius: medial head lower and bigger than the lateral, bulging beyond the shin on
    // the inner side (the calf's silhouette from the front); then soleus under them
    { node: ellipsoid(on(kn, an, 0.29, [0.021, 0, -0.037]), [0.1, 0.037, 0.04], shankF), k: 0.035 },
    { node: ellipsoid(on(kn, an, 0.25, [-0.021, 0, -0.032]), [0.09, 0.032, 0.033], shankF), k: 0.035 },
    { node: ellipsoid(on(kn, an, 0.5, [0, 0, -0.024]), [0.15, 0.037, 0.031], shankF), k: 0.03 },
    // tibialis anterior beside the shin, and the tibial tuberosity
    { node: ellipsoid(on(kn, an, 0.32, [-0.018, 0, 0.026]), [0.13, 0.016, 0.018], shankF), k: 0.025 },
    // the tibial tuberosity runs on down the shin as the anterior border (no ledge beneath it),
    // sinking into the shank towards the ankle so it ends without a knob
    { node: roundCone(add(kn, [0, -0.06, 0.036]), on(kn, an, 0.72, [0, 0, 0.012]), 0.012, 0.006), k: 0.025 },
  ]);
};
