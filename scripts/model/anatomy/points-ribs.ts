/**
 * The twelve ribs as control points: head (at its thoracic vertebra), angle (under the back
 * muscles), lateral-most point, front (costochondral junction, under the pectorals) and sternal or
 * costal-margin end. Ribs 1–7 reach the sternum, 8–10 the costal margin, 11–12 float.
 * Lateral half-widths are set per rib (the ray method cannot be used where the arm hangs beside
 * the chest); back and front depths are measured from the skin.
 */
import type { BodySdf } from '../body-sdf';
import { spinousY } from '../landmark-defs-axial';
import type { Vec3 } from '../vec';
import { bodyZ } from './points-axial';
import { underSkin, type PointSet } from './points';

const HALF_WIDTH = [0.056, 0.08, 0.097, 0.108, 0.117, 0.124, 0.128, 0.13, 0.129, 0.125, 0.118, 0.1];
const STERNAL_Y = [1.418, 1.39, 1.362, 1.333, 1.302, 1.268, 1.232];
const MARGIN: Vec3[] = [
  [-0.05, 1.19, 0],
  [-0.075, 1.152, 0],
  [-0.098, 1.115, 0],
];

export const RIB_POINTS = ['head', 'angle', 'lateral', 'front', 'end'] as const;

export const addRibPoints = (sdf: BodySdf, P: PointSet): void => {
  for (let k = 1; k <= 12; k++) {
    const yb = spinousY(`T${k}`) + 0.02;
    const yl = yb - 0.035 - 0.005 * k;
    const hw = HALF_WIDTH[k - 1] ?? 0.1;
    P.set(`rib${k}.head`, [-0.02, yb, bodyZ(yb) - 0.004]);
    P.set(`rib${k}.angle`, underSkin(sdf, [-0.045, yb - 0.012, 0.0], [-0.25, 0, -1], k < 3 ? 0.045 : 0.03));
    P.set(`rib${k}.lateral`, [-hw, yl, 0.03 - (k > 9 ? (k - 9) * 0.012 : 0)]);
    if (k <= 7) {
      const ys = STERNAL_Y[k - 1] ?? 1.2;
      const yf = (yl + ys) / 2 - 0.012;
      P.set(`rib${k}.front`, underSkin(sdf, [-hw * 0.62, yf, 0.04], [-0.35, 0, 1], 0.02));
      P.set(`rib${k}.end`, underSkin(sdf, [-0.014, ys, 0.06], [0, 0, 1], 0.012));
    } else if (k <= 10) {
      const m = MARGIN[k - 8] as Vec3;
      P.set(`rib${k}.front`, underSkin(sdf, [-hw * 0.9, (yl + m[1]) / 2, 0.04], [-0.6, 0, 1], 0.016));
      P.set(`rib${k}.end`, underSkin(sdf, [m[0], m[1], 0.04], [0, 0, 1], 0.016));
    } else {
      const tip: Vec3 = k === 11 ? [-0.125, yl - 0.035, 0.065] : [-0.108, yl - 0.02, 0.028];
      P.set(`rib${k}.front`, [(tip[0] - hw) / 2, (tip[1] + yl) / 2, (tip[2] + 0.03) / 2]);
      P.set(`rib${k}.end`, tip);
    }
  }
  P.set('rib1.scalene', P.mix('rib1.lateral', 'rib1.front', 0.45));
  P.set('rib1.posterior', P.at('rib1.lateral', 0.004, 0.004, -0.004));
  P.set('rib2.outer', P.mix('rib2.angle', 'rib2.lateral', 0.65));
};
