/**
 * The skeleton: joint centres and reference frames of the RIGHT side (x < 0) and the midline,
 * derived from proportions.ts. The surface, the landmarks and (later) muscles and bones all hang
 * off these points, so they stay consistent when a proportion changes.
 * Invariants: right-side points have x < 0; midline points have x = 0; the left side is never
 * stored (it is the mirror x → −x).
 */
import { at, H, LEVEL, PLACE, POSTURE, SEGMENT } from './proportions';
import { add, cross, normalize, scale, type Vec3 } from './vec';

const rad = (deg: number): number => (deg * Math.PI) / 180;
/** unit vector pointing down and outward (−x) at `deg` from vertical, tilted forward by `fwd` */
const downOut = (deg: number, fwd = 0): Vec3 => normalize([-Math.sin(rad(deg)), -Math.cos(rad(deg)), fwd]);

const shoulder: Vec3 = [-PLACE.shoulderX, at(LEVEL.shoulder) - 0.032, PLACE.shoulderZ];
const upperArmDir = downOut(POSTURE.armAbduction, -0.03);
const elbow = add(shoulder, scale(upperArmDir, at(SEGMENT.upperArm)));
const forearmDir = downOut(POSTURE.armAbduction + POSTURE.carryingAngle, 0.1);
const wrist = add(elbow, scale(forearmDir, at(SEGMENT.forearm)));
const handDir = downOut(POSTURE.handAngle, 0.05);
/** the hand frame: u distal, v radial (thumb side, lateral in supination), n palmar (anterior) */
const handV = normalize(cross(handDir, [0, 0, 1]));
const handN = normalize(cross(handV, handDir));

const hip: Vec3 = [-PLACE.hipX, at(LEVEL.hip) - 0.012, PLACE.hipZ];
const knee: Vec3 = [-PLACE.kneeX, at(LEVEL.knee), PLACE.kneeZ];
const ankle: Vec3 = [-PLACE.ankleX, at(LEVEL.ankle), PLACE.ankleZ];

export const SKELETON = {
  stature: H,
  // head and neck (midline unless noted)
  vertex: [0, H, PLACE.headZ] as Vec3,
  craniumCentre: [0, H - 0.097, PLACE.headZ] as Vec3,
  eyeR: [-0.032, at(LEVEL.eye), 0.128] as Vec3,
  earR: [-0.077, at(LEVEL.eye) - 0.02, 0.03] as Vec3,
  chin: [0, at(LEVEL.chin) + 0.012, 0.142] as Vec3,
  gonionR: [-0.05, at(LEVEL.chin) + 0.03, 0.04] as Vec3,
  neckBase: [0, at(LEVEL.suprasternale) + 0.01, 0.025] as Vec3,
  neckTop: [0, at(LEVEL.chin) + 0.045, 0.04] as Vec3,
  // trunk levels (heights)
  yC7: at(LEVEL.cervicale),
  ySternalNotch: at(LEVEL.suprasternale),
  yNipple: at(LEVEL.nipple),
  yXiphoid: at(LEVEL.nipple) - 0.07,
  yNavel: at(LEVEL.navel),
  yIliacCrest: at(LEVEL.iliocristale),
  yCrotch: at(LEVEL.crotch),
  yGluteal: at(LEVEL.gluteal),
  // upper limb (right)
  acromionR: [-0.2, at(LEVEL.shoulder), 0.025] as Vec3,
  shoulderR: shoulder,
  elbowR: elbow,
  wristR: wrist,
  upperArmDir,
  forearmDir,
  hand: { u: handDir, v: handV, n: handN },
  // lower limb (right)
  hipR: hip,
  kneeR: knee,
  ankleR: ankle,
  heelBackZ: PLACE.heelBackZ,
  footLength: at(SEGMENT.footLength),
  footWidth: at(SEGMENT.footWidth),
} as const;

export type Skeleton = typeof SKELETON;
