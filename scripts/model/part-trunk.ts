/**
 * Trunk surface: rib cage, chest with pectorals, shoulder girdle and trapezius slope, scapulae,
 * latissimus, abdomen with a slightly narrower waist, pelvis, buttocks and the spinal groove.
 * Midline masses are symmetric (x = 0 centred); side masses are defined on the right (x < 0).
 * The body SDF folds x → −|x|, so a side mass reaching the midline makes a midline crease, which is
 * wanted where anatomy has one (spinal furrow, gluteal cleft, sternal groove).
 */
import { capsule, ellipsoid, frameFrom, group, roundCone, type SdfNode } from './sdf';
import { SKELETON as S } from './skeleton';
import { type Vec3 } from './vec';

export const trunk = (): SdfNode => {
  const yN = S.yNipple;
  const yW = S.yNavel;
  const yI = S.yIliacCrest;
  const ac = S.acromionR;
  const items: { node: SdfNode; k: number }[] = [
    // rib cage and upper back
    { node: ellipsoid([0, yN + 0.01, 0.058], [0.14, 0.2, 0.108]), k: 0 },
    // upper abdomen under the ribs: keeps the front profile from undercutting below the chest
    { node: ellipsoid([0, yN - 0.12, 0.06], [0.13, 0.11, 0.1]), k: 0.05 },
    // shoulder girdle: a flattened bar from acromion to acromion under the trapezius
    {
      node: roundCone(
        [-0.06, S.ySternalNotch, 0.02],
        [ac[0] + 0.02, ac[1] - 0.012, ac[2]],
        0.05,
        0.04,
      ),
      k: 0.04,
    },
    // upper trapezius slope from the neck to the acromion; it starts just off the midline, where
    // the two sides' slopes merge into one mass over C7 (starting 3.5 cm out, they left a valley
    // between two bumps at the mirror plane, which shaded as dark patches on the nape)
    {
      node: roundCone(
        [-0.01, S.yC7 + 0.005, -0.005],
        [ac[0] + 0.03, ac[1] + 0.0, ac[2] - 0.01],
        0.034,
        0.022,
      ),
      k: 0.035,
    },
    // pectoralis major: a broad chest plate from armpit to armpit (an exact capsule: thin
    // ellipsoids' approximate distance blends into a shelf at their lower edge)
    { node: capsule([-0.085, yN + 0.055, 0.112], [0.085, yN + 0.055, 0.112], 0.058), k: 0.07 },
    // scapulae and their muscles (posterior chest)
    {
      node: ellipsoid(
        [-0.085, yN + 0.1, -0.03],
        [0.065, 0.085, 0.035],
        frameFrom([1, -0.2, 0.3], [0, 1, 0]),
      ),
      k: 0.06,
    },
    // latissimus: the flank below the armpit, tapering to the waist
    { node: roundCone([-0.12, yN + 0.06, 0.01], [-0.11, yW + 0.06, 0.01], 0.055, 0.045), k: 0.05 },
    // abdomen and waist (narrower than chest and hips)
    { node: ellipsoid([0, yW + 0.02, 0.055], [0.13, 0.17, 0.1]), k: 0.06 },
    // lower belly
    { node: ellipsoid([0, yW - 0.07, 0.07], [0.12, 0.09, 0.085]), k: 0.04 },
    // pelvis and hips
    { node: ellipsoid([0, yI - 0.1, 0.04], [0.155, 0.12, 0.105]), k: 0.06 },
    // erector spinae columns either side of the spinal furrow
    { node: capsule([-0.028, yI - 0.07, -0.028], [-0.028, yN + 0.02, -0.045], 0.022), k: 0.05 },
    // buttocks: the long axis leans back at the top, so the fullest part sits level with the
    // trochanters and the lower half slopes into the back of the thigh at the gluteal fold
    // (upright, the buttock stood out 6 cm behind the thigh a few centimetres above the fold)
    {
      node: ellipsoid(
        [-0.06, S.yGluteal + 0.105, -0.035],
        [0.105, 0.07, 0.068],
        frameFrom([-0.12, 1, -0.3], [0, 0, 1]),
      ),
      k: 0.04,
    },
  ];
  return group(items);
};

/** The point where the deltoid cap sits, used by the arm as well. */
export const deltoidCentre: Vec3 = [S.shoulderR[0] - 0.012, S.shoulderR[1] - 0.02, S.shoulderR[2]];
