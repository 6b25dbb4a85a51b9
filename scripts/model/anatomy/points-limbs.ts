/**
 * Bony points of the right upper and lower limb. Shafts follow the skeleton's joint chain; the
 * subcutaneous bone (epicondyles, olecranon, styloids, greater trochanter, patella, tibial shaft,
 * malleoli, calcaneus) is placed a measured depth under the skin so the bones fill the limb where
 * the surface shows them. Forearm points use its frame: `lat` (radial, thumb side in supination)
 * and `ant` (volar); the leg below the knee follows the anthropometric knee and ankle levels.
 */
import type { BodySdf } from '../body-sdf';
import { FOOT, fp } from '../part-foot';
import { FINGERS, fingerJoints, hp, THUMB } from '../part-hand';
import { SKELETON as S } from '../skeleton';
import { add, cross, lerp, normalize, scale, type Vec3 } from '../vec';
import { underSkin, type PointSet } from './points';

export const FORE_LAT = normalize(cross(S.forearmDir, [0, 0, 1]));
export const FORE_ANT = normalize(cross(FORE_LAT, S.forearmDir));

/** forearm point: fraction `t` from elbow to wrist, `lat` towards the radius, `ant` volar (metres) */
export const fo = (t: number, lat: number, ant: number): Vec3 =>
  add(add(lerp(S.elbowR, S.wristR, t), scale(FORE_LAT, lat)), scale(FORE_ANT, ant));

export const addLimbPoints = (sdf: BodySdf, P: PointSet): void => {
  const u = (name: string, from: Vec3, dir: Vec3, depth: number): Vec3 => P.set(name, underSkin(sdf, from, dir, depth));
  const sh = S.shoulderR;
  const el = S.elbowR;
  const wr = S.wristR;
  // humerus
  P.set('humerus.head', sh);
  P.set('humerus.greater-tubercle', add(sh, [-0.022, 0.004, 0.008]));
  P.set('humerus.lesser-tubercle', add(sh, [-0.004, -0.008, 0.024]));
  P.set('humerus.neck', lerp(sh, el, 0.1));
  P.set('humerus.upper-shaft', lerp(sh, el, 0.25));
  P.set('humerus.mid', lerp(sh, el, 0.5));
  P.set('humerus.deltoid-tuberosity', add(lerp(sh, el, 0.42), [-0.012, 0, 0.004]));
  P.set('humerus.lower-shaft', lerp(sh, el, 0.75));
  P.set('humerus.supracondylar-lateral', add(lerp(sh, el, 0.8), [-0.016, 0, 0]));
  u('humerus.lateral-epicondyle', el, [-1, 0, -0.1], 0.008);
  u('humerus.medial-epicondyle', el, [1, 0, -0.1], 0.008);
  P.set('humerus.trochlea', add(el, [0.008, -0.006, 0.004]));
  u('ulna.olecranon', add(el, [0, 0.008, 0]), [0, 0, -1], 0.008);
  // forearm bones: radius lateral, ulna medial (supination)
  P.set('radius.head', fo(0.05, 0.02, 0));
  P.set('radius.tuberosity', fo(0.12, 0.012, 0.008));
  P.set('radius.mid', fo(0.5, 0.017, 0.002));
  P.set('radius.distal', fo(0.95, 0.018, 0.002));
  u('radius.styloid', wr, S.hand.v, 0.007);
  P.set('ulna.coronoid', fo(0.06, -0.006, 0.01));
  P.set('ulna.upper', fo(0.15, -0.014, -0.006));
  P.set('ulna.mid', fo(0.5, -0.017, -0.004));
  P.set('ulna.distal', fo(0.95, -0.018, -0.004));
  u('ulna.styloid', wr, normalize(add(scale(S.hand.v, -1), scale(S.hand.n, -0.3))), 0.007);
  // hand: carpus, metacarpals, phalanges
  P.set('carpus', hp(0.022, 0.0, 0.0));
  FINGERS.forEach((f, i) => {
    const j = fingerJoints(f);
    P.set(`mc${i + 2}.base`, hp(0.038, f.base[1] * 0.85, -0.002));
    P.set(`mc${i + 2}.head`, j[0] as Vec3);
    P.set(`finger${i + 2}.tip`, j[3] as Vec3);
  });
  P.set('mc1.base', THUMB[0] as Vec3);
  P.set('thumb.mcp', THUMB[1] as Vec3);
  P.set('thumb.ip', THUMB[2] as Vec3);
  P.set('thumb.tip', THUMB[3] as Vec3);
  // femur
  const hip = S.hipR;
  const kn = S.kneeR;
  P.set('femur.head', hip);
  u('femur.greater-trochanter', [-0.1, hip[1] + 0.012, 0.03], [-1, 0, 0], 0.02);
  P.set('femur.lesser-trochanter', add(hip, [-0.037, -0.055, -0.016]));
  P.set('femur.neck', add(hip, [-0.035, 0.0, -0.004]));
  const shaftTop: Vec3 = add(hip, [-0.055, -0.05, -0.008]);
  P.set('femur.shaft-top', shaftTop);
  P.set('femur.gluteal-tuberosity', add(lerp(shaftTop, kn, 0.12), [-0.004, 0, -0.014]));
  P.set('femur.mid', lerp(shaftTop, kn, 0.5));
  P.set('femur.linea-upper', add(lerp(shaftTop, kn, 0.3), [0.002, 0, -0.014]));
  P.set('femur.linea-mid', add(lerp(shaftTop, kn, 0.55), [0.004, 0, -0.014]));
  P.set('femur.linea-lower', add(lerp(shaftTop, kn, 0.78), [0.006, 0, -0.014]));
  P.set('femur.adductor-tubercle', add(kn, [0.03, 0.045, -0.004]));
  P.set('femur.medial-condyle', add(kn, [0.024, 0.012, -0.006]));
  P.set('femur.lateral-condyle', add(kn, [-0.024, 0.012, -0.006]));
  P.set('femur.distal-front', add(kn, [0, 0.06, 0.016]));
  u('patella', add(kn, [0, 0.02, 0]), [0, 0, 1], 0.012);
  // tibia and fibula
  P.set('tibia.plateau', add(kn, [0, -0.014, 0.0]));
  P.set('tibia.medial-condyle', add(kn, [0.022, -0.02, 0.0]));
  P.set('tibia.lateral-condyle', add(kn, [-0.022, -0.02, 0.0]));
  u('tibia.tuberosity', add(kn, [0, -0.06, 0]), [0, 0, 1], 0.006);
  P.set('tibia.pes-anserinus', add(kn, [0.024, -0.065, 0.028]));
  const an = S.ankleR;
  u('tibia.mid-front', lerp(kn, an, 0.5), [0.15, 0, 1], 0.006);
  P.set('tibia.soleal-line', add(lerp(kn, an, 0.18), [0.01, 0, 0.004]));
  P.set('tibia.posterior-mid', add(lerp(kn, an, 0.45), [0.004, 0, -0.004]));
  P.set('tibia.distal', add(an, [0.004, 0.03, 0.002]));
  u('tibia.medial-malleolus', add(FOOT.medMalleolus, [-0.02, 0, 0]), [1, 0, 0], 0.005);
  u('fibula.head', add(kn, [-0.02, -0.03, 0]), [-1, 0, -0.3], 0.01);
  P.set('fibula.upper', add(lerp(kn, an, 0.25), [-0.036, 0, -0.004]));
  P.set('fibula.mid', add(lerp(kn, an, 0.5), [-0.029, 0, -0.006]));
  // above the ankle the shank narrows: the fibula runs down inside it to the lateral malleolus
  P.set('fibula.lower', add(lerp(kn, an, 0.8), [-0.022, 0, -0.008]));
  u('fibula.lateral-malleolus', add(FOOT.latMalleolus, [0.02, 0, 0]), [-1, 0, 0], 0.005);
  P.set('interosseous.mid', add(lerp(kn, an, 0.45), [-0.014, 0, 0.006]));
  // foot
  u('calcaneus.tuberosity', [an[0], 0.035, 0.0], [0, 0, -1], 0.008);
  P.set('calcaneus.plantar', fp(0.004, 0.014, 0.008));
  P.set('calcaneus.front', fp(-0.018, 0.028, 0.06));
  P.set('talus', fp(0.0, 0.052, 0.035));
  P.set('navicular', fp(0.018, 0.045, 0.075));
  P.set('cuneiform.medial', fp(0.02, 0.036, 0.1));
  P.set('cuboid', fp(-0.025, 0.026, 0.085));
  P.set('mt1.base', fp(0.02, 0.032, 0.11));
  P.set('mt1.head', FOOT.mt1Head);
  P.set('toe1.tip', FOOT.bigToeTip);
  [0.004, -0.012, -0.026, -0.038].forEach((x, i) => {
    const z0 = 0.168 - i * 0.009;
    P.set(`mt${i + 2}.head`, fp(x, 0.016, z0));
    P.set(`toe${i + 2}.tip`, fp(x - 0.002 * i, 0.011, z0 + ([0.042, 0.037, 0.032, 0.026][i] ?? 0.03)));
    P.set(`mt${i + 2}.base`, fp(x * 0.6 + 0.004, 0.03, 0.1 - i * 0.004));
  });
};
