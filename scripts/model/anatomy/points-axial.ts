/**
 * Bony points of the skull, spine, thorax, shoulder girdle and pelvis (right side and midline).
 * Superficial bone (spinous processes, sternum, clavicle, acromion, iliac crest, scapular borders)
 * is placed a measured depth under the skin, so the bones follow the same surface the landmarks
 * were taken from; deep points (vertebral bodies, acetabulum) come from the skeleton directly.
 * Vertebral levels reuse the landmark rule (L4 at the iliac crest, 3.3 cm per lumbar and 2.5 cm per
 * thoracic level), so C7, T7, T12 and L3 bone sits under their landmarks.
 */
import type { BodySdf } from '../body-sdf';
import { spinousY } from '../landmark-defs-axial';
import { SKELETON as S } from '../skeleton';
import type { Vec3 } from '../vec';
import { underSkin, type PointSet } from './points';

export const THORACIC = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export const LUMBAR = [1, 2, 3, 4, 5] as const;

/** vertebral body centre depth (z) by height: cervical and lumbar lordosis, thoracic kyphosis */
export const bodyZ = (y: number): number => {
  if (y > 1.47) return 0.022 + (y - 1.47) * 0.12;
  if (y > 1.15) return 0.022 - Math.sin(((1.47 - y) / 0.32) * Math.PI) * 0.012;
  return 0.022 + Math.min(1, (1.15 - y) / 0.1) * 0.013;
};

export const addAxialPoints = (sdf: BodySdf, P: PointSet): void => {
  const c = S.craniumCentre;
  const u = (name: string, from: Vec3, dir: Vec3, depth: number): Vec3 => P.set(name, underSkin(sdf, from, dir, depth));
  // skull (scalp ~6 mm)
  u('occiput.protuberance', [0, c[1] - 0.04, c[2]], [0, 0, -1], 0.007);
  u('occiput.nuchal-lateral', [-0.035, c[1] - 0.045, 0.01], [-0.6, 0, -1], 0.008);
  u('mastoid', [-0.03, c[1] - 0.068, 0.012], [-1, -0.1, -0.45], 0.008);
  u('temporal.line-front', [-0.03, c[1] + 0.01, 0.105], [-0.8, 0.35, 0.5], 0.006);
  u('temporal.line-top', [-0.03, c[1] + 0.02, 0.065], [-0.8, 0.5, 0.1], 0.006);
  u('temporal.line-back', [-0.03, c[1] - 0.008, 0.015], [-0.9, 0.2, -0.3], 0.007);
  u('temporal.fossa', [-0.03, c[1] + 0.005, 0.06], [-1, 0, 0.1], 0.012);
  u('frontal.bone', [0, c[1] + 0.03, c[2]], [0, 0.35, 1], 0.006);
  u('frontal.brow', [-0.03, c[1] - 0.005, c[2]], [-0.2, 0, 1], 0.008);
  u('vertex.bone', c, [0, 1, 0], 0.006);
  u('zygomatic.arch', [-0.03, S.earR[1] - 0.008, 0.072], [-1, 0, 0], 0.006);
  u('zygomatic.body', [-0.03, S.earR[1] - 0.012, 0.1], [-0.8, 0, 0.6], 0.008);
  u('mandible.angle', [-0.02, S.gonionR[1], S.gonionR[2] + 0.005], [-1, -0.6, -0.3], 0.011);
  u('mandible.ramus-mid', [-0.03, S.gonionR[1] + 0.03, 0.05], [-1, 0, 0], 0.018);
  u('mandible.chin', [0, S.chin[1], S.chin[2] - 0.04], [0, -0.2, 1], 0.007);
  P.set('mandible.condyle', [-0.052, S.earR[1] - 0.012, 0.045]);
  P.set('mandible.coronoid', [-0.045, S.earR[1] - 0.03, 0.075]);
  P.set('pterygoid.plate', [-0.022, S.earR[1] - 0.03, 0.07]);
  P.set('sphenoid.wing', [-0.035, S.earR[1] - 0.005, 0.07]);
  // spine: body centres, spinous tips (1.2 cm under the skin) and transverse processes
  const spine = (name: string, yTip: number, yBody: number, halfTp: number): void => {
    P.set(`${name}.body`, [0, yBody, bodyZ(yBody)]);
    u(`${name}.spinous`, [0, yTip, 0.0], [0, 0, -1], 0.012);
    P.set(`${name}.transverse`, [-halfTp, yBody, bodyZ(yBody) - 0.03]);
  };
  // cervical bodies from C1 under the skull base down to C7; only C7's spinous tip is subcutaneous
  for (let k = 1; k <= 7; k++) {
    const y = 1.575 - (k - 1) * 0.016;
    P.set(`c${k}.body`, [0, y, bodyZ(y)]);
    if (k === 7) u('c7.spinous', [0, spinousY('C7'), 0.0], [0, 0, -1], 0.012);
    else P.set(`c${k}.spinous`, [0, y - 0.004, bodyZ(y) - 0.038 - k * 0.002]);
    P.set(`c${k}.transverse`, [k === 1 ? -0.038 : -0.027, y, bodyZ(y) - 0.005]);
  }
  for (const k of THORACIC) spine(`t${k}`, spinousY(`T${k}`), spinousY(`T${k}`) + 0.02, 0.032 + (k < 7 ? 0.004 : 0));
  for (const k of LUMBAR) spine(`l${k}`, spinousY(`L${k}`), spinousY(`L${k}`) + 0.005, 0.04);
  P.set('sacrum.top', [0, spinousY('L5') - 0.03, 0.02]);
  // the sacrum lies at the top of the natal cleft, under the upper medial edges of the buttocks
  u('sacrum.back', [0, S.yIliacCrest - 0.12, 0.0], [0, 0, -1], 0.02);
  u('sacrum.lateral', [-0.035, S.yIliacCrest - 0.11, 0.0], [0, 0, -1], 0.028);
  // the coccyx and the ischial tuberosities lie deep to the buttocks (fat and gluteus maximus),
  // so they are placed from the hip joint, not under the skin
  P.set('coccyx', [0, S.yCrotch + 0.04, S.hipR[2] - 0.061]);
  // sternum and clavicle
  u('sternum.notch', [0, S.ySternalNotch - 0.004, 0.06], [0, 0, 1], 0.012);
  u('sternum.angle', [0, S.ySternalNotch - 0.045, 0.06], [0, 0, 1], 0.012);
  u('sternum.body', [0, S.yNipple, 0.06], [0, 0, 1], 0.012);
  u('xiphoid', [0, S.yXiphoid + 0.005, 0.05], [0, 0, 1], 0.015);
  u('clavicle.medial', [-0.025, S.ySternalNotch - 0.004, 0.06], [-0.2, 0.2, 1], 0.01);
  u('clavicle.mid', [-0.09, S.ySternalNotch + 0.006, 0.05], [0, 0.45, 1], 0.01);
  u('clavicle.lateral', [-0.165, S.acromionR[1] - 0.02, 0.03], [0, 1, 0.3], 0.01);
  u('acromion', [S.acromionR[0] + 0.012, S.acromionR[1] - 0.03, 0.02], [-0.3, 1, 0], 0.01);
  // scapula on the posterior chest wall
  // medial border 6–7 cm from the spinous processes, spine root at T3, inferior angle at T7
  u('scapula.superior-angle', [-0.068, spinousY('T2') - 0.005, 0], [0, 0, -1], 0.02);
  u('scapula.spine-root', [-0.067, spinousY('T3'), 0], [0, 0, -1], 0.011);
  u('scapula.spine-mid', [-0.122, spinousY('T3') + 0.015, 0], [-0.2, 0.2, -1], 0.012);
  u('scapula.inferior-angle', [-0.078, spinousY('T7') + 0.004, 0], [0, 0, -1], 0.016);
  u('scapula.medial-mid', [-0.07, spinousY('T5'), 0], [0, 0, -1], 0.02);
  u('scapula.lateral-border', [-0.127, spinousY('T5'), 0], [-0.3, 0, -1], 0.028);
  u('scapula.infraspinous', [-0.104, spinousY('T4'), 0], [0, 0, -1], 0.022);
  u('scapula.supraspinous', [-0.108, spinousY('T2') - 0.01, 0], [0, 0.3, -1], 0.03);
  P.set('scapula.glenoid', [S.shoulderR[0] + 0.028, S.shoulderR[1], S.shoulderR[2] - 0.008]);
  P.set('scapula.infraglenoid', [S.shoulderR[0] + 0.03, S.shoulderR[1] - 0.03, S.shoulderR[2] - 0.018]);
  P.set('scapula.neck', [S.shoulderR[0] + 0.045, S.shoulderR[1] - 0.005, S.shoulderR[2] - 0.03]);
  u('coracoid', [-0.14, S.yNipple + 0.11, 0.03], [0, 0, 1], 0.028);
  P.set('scapula.subscapular', [-0.1, spinousY('T4'), -0.025]);
  // pelvis
  u('iliac.asis', [-0.115, S.yIliacCrest - 0.085, 0.04], [-0.2, 0, 1], 0.012);
  u('iliac.aiis', [-0.105, S.yIliacCrest - 0.12, 0.04], [-0.3, 0, 1], 0.03);
  u('iliac.crest-front', [-0.11, S.yIliacCrest - 0.03, 0.05], [-1, 0.2, 0.5], 0.014);
  u('iliac.crest-top', [-0.08, S.yIliacCrest, 0.02], [-1, 0, 0], 0.014);
  u('iliac.crest-back', [-0.08, S.yIliacCrest - 0.025, 0.0], [-0.6, 0, -1], 0.016);
  u('iliac.psis', [-0.04, S.yIliacCrest - 0.065, 0.0], [0, 0, -1], 0.012);
  u('iliac.gluteal', [-0.09, S.yIliacCrest - 0.055, 0.0], [-0.8, 0, -0.6], 0.035);
  P.set('acetabulum', S.hipR);
  // on the inner face of the iliac wing, between the crest and the acetabulum
  P.set('iliac.fossa', P.at('iliac.crest-front', 0.03, -0.035, -0.012));
  u('pubic.tubercle', [-0.025, S.yCrotch + 0.045, 0.03], [0, 0, 1], 0.016);
  P.set('pubic.symphysis', [0, S.yCrotch + 0.035, 0.1]);
  P.set('pubic.ramus-inferior', [-0.035, S.yCrotch + 0.005, 0.07]);
  P.set('pubic.superior-ramus', [-0.055, S.yCrotch + 0.06, 0.085]);
  P.set('ischial.tuberosity', [-0.055, S.yCrotch + 0.007, S.hipR[2] - 0.056]);
  P.set('ischial.spine', [-0.045, S.yCrotch + 0.06, -0.01]);
};
