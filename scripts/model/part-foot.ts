/**
 * Right foot: malleoli, Achilles tendon, heel, a raised medial arch over a lateral border that
 * touches the ground, the dorsum, the ball of the foot, a separate big toe and four lesser toes.
 * Invariant: the heel's back is at z = heelBackZ and the sole rests on y = 0 (the body SDF
 * flattens everything below the floor).
 */
import { capsule, ellipsoid, group, roundCone, sphere, type SdfNode } from './sdf';
import { SKELETON as S } from './skeleton';
import { type Vec3 } from './vec';

const ax = S.ankleR[0];
/** foot point: dx across (+ medial), height y, z forward */
export const fp = (dx: number, y: number, z: number): Vec3 => [ax + dx, y, z];

export const FOOT = {
  heel: fp(0, 0.032, S.heelBackZ + 0.034),
  mt1Head: fp(0.024, 0.02, 0.17),
  mt5Head: fp(-0.036, 0.017, 0.15),
  bigToeTip: fp(0.028, 0.014, S.heelBackZ + S.footLength),
  latMalleolus: fp(-0.027, 0.07, 0.018),
  medMalleolus: fp(0.023, 0.083, 0.032),
};

export const foot = (): SdfNode => {
  const toes = [
    { x: 0.004, len: 0.042, r: 0.0085 },
    { x: -0.012, len: 0.037, r: 0.008 },
    { x: -0.026, len: 0.032, r: 0.0075 },
    { x: -0.038, len: 0.026, r: 0.007 },
  ].map((t, i) => {
    const z0 = 0.168 - i * 0.009;
    return roundCone(fp(t.x, 0.016, z0), fp(t.x - 0.002 * i, 0.011, z0 + t.len), t.r, t.r * 0.85);
  });
  return group([
    { node: capsule(S.ankleR, fp(0, 0.045, 0.03), 0.03), k: 0 },
    { node: ellipsoid(FOOT.heel, [0.03, 0.033, 0.035]), k: 0.02 },
    // Achilles tendon: a narrow band from the calf to the heel
    { node: roundCone(fp(0, 0.2, -0.012), fp(0, 0.05, -0.022), 0.02, 0.012), k: 0.02 },
    { node: sphere(FOOT.latMalleolus, 0.011), k: 0.016 },
    // the subcutaneous lower fibula: a low ridge running down into the lateral malleolus
    { node: roundCone(fp(-0.021, 0.17, 0.012), FOOT.latMalleolus, 0.0105, 0.0105), k: 0.02 },
    { node: sphere(FOOT.medMalleolus, 0.012), k: 0.016 },
    // lateral border on the ground, medial column raised (the arch)
    { node: roundCone(fp(-0.016, 0.02, 0.02), FOOT.mt5Head, 0.02, 0.017), k: 0.02 },
    { node: roundCone(fp(0.012, 0.045, 0.04), FOOT.mt1Head, 0.022, 0.02), k: 0.02 },
    // dorsum: from the ankle front down to the metatarsal heads
    { node: roundCone(fp(-0.002, 0.06, 0.06), fp(-0.006, 0.028, 0.15), 0.032, 0.022), k: 0.03 },
    { node: group(toes.map((t) => ({ node: t, k: 0 }))), k: 0.01 },
    { node: roundCone(FOOT.mt1Head, FOOT.bigToeTip, 0.0145, 0.0115), k: 0.008 },
  ]);
};
