/**
 * Muscle table, head and neck (right side). One entry per muscle: type, depth layer, path from
 * origin to insertion over named bony points (points-axial.ts), belly half-width and thickness.
 * Explicit coordinates are used only where no bony point names the spot; they are in the body
 * frame (metres) and were checked against the calibration table (docs/model-calibration.md).
 */
import type { PointSet } from './points';
import type { Vec3 } from '../vec';
import { fan, fus, multi, sheet, type MuscleDef } from './muscle-def';

export const headNeckMuscles = (P: PointSet): MuscleDef[] => {
  const g = (n: string) => P.get(n);
  const at = (n: string, x: number, y: number, z: number) => P.at(n, x, y, z);
  // explicit body-frame points (conforming sheets are laid under the skin from them)
  const v = (x: number, y: number, z: number): Vec3 => [x, y, z];
  return [
    // a fan from the whole inferior temporal line, converging deep to the zygomatic arch on the
    // coronoid, where it becomes a pale tendon
    fan(
      'temporalis',
      1,
      [
        [v(-0.058, 1.648, 0.118), v(-0.056, 1.625, 0.094), at('mandible.coronoid', 0, 0, 0.006)],
        [v(-0.064, 1.688, 0.1), v(-0.059, 1.63, 0.084), g('mandible.coronoid')],
        [v(-0.07, 1.703, 0.06), v(-0.06, 1.633, 0.074), g('mandible.coronoid')],
        [v(-0.072, 1.69, 0.022), v(-0.06, 1.632, 0.063), g('mandible.coronoid')],
        [
          v(-0.07, 1.652, 0.004),
          v(-0.058, 1.627, 0.056),
          at('mandible.coronoid', 0, 0.002, -0.006),
        ],
      ],
      0.0045,
      { conform: 0.005, strands: 9, tendon: [0.02, 0.22] },
    ),
    // a thick quadrilateral from the zygomatic arch (a short tendinous origin) down and back to
    // the ramus and angle, thickest along its middle
    sheet(
      'masseter',
      1,
      [
        [v(-0.058, 1.606, 0.116), v(-0.058, 1.57, 0.104), v(-0.054, 1.533, 0.092)],
        [v(-0.063, 1.609, 0.089), v(-0.062, 1.57, 0.079), v(-0.058, 1.53, 0.068)],
        [v(-0.064, 1.61, 0.062), v(-0.062, 1.57, 0.054), v(-0.057, 1.529, 0.045)],
      ],
      0.0045,
      { conform: 0.004, strands: 6, bulge: 1.5, tendon: [0.14, 0.04] },
    ),
    fus(
      'lateral-pterygoid',
      4,
      [g('pterygoid.plate'), at('mandible.condyle', 0.006, -0.003, 0.008)],
      0.008,
      0.006,
      { tendon: [0.05, 0.1] },
    ),
    fus(
      'medial-pterygoid',
      4,
      [at('pterygoid.plate', 0, -0.004, -0.004), at('mandible.angle', 0.012, 0.008, 0.006)],
      0.009,
      0.005,
      { tendon: [0.05, 0.1] },
    ),
    // the epicranius: frontalis from the galea aponeurotica to the brow skin, occipitalis from the
    // lateral superior nuchal line up into the galea; the galea (drawn pale: the long tendon ends)
    // covers the vault between them, so the scalp is one continuous sheet
    sheet(
      'frontalis',
      1,
      [
        [
          v(-0.005, 1.75, -0.004),
          v(-0.005, 1.752, 0.06),
          v(-0.005, 1.722, 0.125),
          v(-0.005, 1.686, 0.152),
          v(-0.006, 1.655, 0.158),
        ],
        [
          v(-0.05, 1.714, -0.002),
          v(-0.055, 1.724, 0.05),
          v(-0.054, 1.708, 0.098),
          v(-0.055, 1.68, 0.122),
          v(-0.05, 1.655, 0.135),
        ],
      ],
      0.0016,
      {
        conform: 0.0045,
        strands: 8,
        meshEdge: 0.0018,
        samples: 26,
        overlap: 0.9,
        tendon: [0.68, 0.02],
      },
    ),
    sheet(
      'occipitalis',
      1,
      [
        [
          v(-0.02, 1.613, -0.05),
          v(-0.022, 1.635, -0.056),
          v(-0.024, 1.66, -0.056),
          v(-0.012, 1.705, -0.045),
          v(-0.005, 1.745, -0.014),
        ],
        [
          v(-0.056, 1.617, -0.024),
          v(-0.058, 1.638, -0.03),
          v(-0.056, 1.66, -0.032),
          v(-0.056, 1.695, -0.022),
          v(-0.05, 1.712, -0.01),
        ],
      ],
      0.0016,
      {
        conform: 0.0045,
        strands: 5,
        meshEdge: 0.0018,
        samples: 24,
        overlap: 0.9,
        tendon: [0.02, 0.65],
      },
    ),
    multi(
      'sternocleidomastoid',
      1,
      [
        [
          'sternal',
          [
            at('sternum.notch', -0.01, -0.006, 0.002),
            at('sternum.notch', -0.026, 0.055, 0.004),
            at('mastoid', 0.0, 0.0, 0.006),
          ],
          0.01,
          0.007,
        ],
        [
          'clavicular',
          [
            at('clavicle.medial', -0.022, 0.002, -0.006),
            at('sternum.notch', -0.047, 0.055, -0.01),
            at('mastoid', 0, -0.004, 0),
          ],
          0.013,
          0.005,
        ],
      ],
      { conform: 0.003, tendon: [0.1, 0.08] },
    ),
    sheet(
      'upper-trapezius',
      1,
      [
        [
          at('occiput.nuchal-lateral', 0.012, 0, -0.008),
          at('c4.spinous', -0.045, 0, 0),
          at('clavicle.lateral', 0.01, 0.0, 0.012),
        ],
        [at('c7.spinous', -0.004, 0, 0), at('c7.spinous', -0.07, -0.012, 0.01), g('acromion')],
      ],
      0.004,
      { conform: 0.003, strands: 6 },
    ),
    fus(
      'levator-scapulae',
      2,
      [
        at('c2.transverse', 0, 0, 0.01),
        at('c4.transverse', -0.008, 0, 0.006),
        at('c7.transverse', -0.03, -0.01, -0.016),
        at('scapula.superior-angle', 0.0, -0.025, 0.006),
      ],
      0.009,
      0.006,
      {
        conform: 0.013,
        tendon: [0.12, 0.05],
      },
    ),
    sheet(
      'splenius-capitis',
      2,
      [
        [at('c4.spinous', -0.004, 0, 0), at('occiput.nuchal-lateral', 0.01, -0.01, 0.004)],
        [at('t3.spinous', -0.004, 0, 0.012), at('mastoid', 0.006, 0, -0.004)],
      ],
      0.0045,
      { conform: 0.008, strands: 4 },
    ),
    fus(
      'splenius-cervicis',
      3,
      [
        at('t5.spinous', -0.006, 0, 0.012),
        at('t1.transverse', -0.014, 0, -0.012),
        g('c2.transverse'),
      ],
      0.009,
      0.004,
      {
        conform: 0.017,
        tendon: [0.08, 0.12],
      },
    ),
    fus(
      'semispinalis-capitis',
      3,
      [
        at('t5.transverse', 0, 0, 0.008),
        at('c6.spinous', -0.016, 0, 0.014),
        at('occiput.protuberance', -0.02, -0.012, 0.022),
      ],
      0.011,
      0.006,
      {
        tendon: [0.1, 0.05],
      },
    ),
    multi(
      'suboccipitals',
      4,
      [
        [
          'rectus-capitis-posterior-major',
          [
            at('c2.spinous', -0.003, 0.004, 0.004),
            at('occiput.protuberance', -0.03, -0.022, 0.028),
          ],
          0.006,
          0.003,
        ],
        [
          'rectus-capitis-posterior-minor',
          [
            at('c1.spinous', -0.003, 0.004, 0.004),
            at('occiput.protuberance', -0.012, -0.02, 0.026),
          ],
          0.005,
          0.003,
        ],
        [
          'obliquus-capitis-inferior',
          [at('c2.spinous', -0.004, 0, 0.006), at('c1.transverse', 0.004, 0, -0.004)],
          0.005,
          0.004,
        ],
        [
          'obliquus-capitis-superior',
          [
            at('c1.transverse', 0.002, 0.004, -0.004),
            at('occiput.protuberance', -0.038, -0.02, 0.03),
          ],
          0.005,
          0.003,
        ],
      ],
      { tendon: [0.05, 0.05] },
    ),
    multi(
      'scalenes',
      3,
      [
        [
          'anterior',
          [
            at('c4.transverse', 0, 0, 0.024),
            at('c6.transverse', -0.006, -0.01, 0.04),
            P.get('rib1.scalene'),
          ],
          0.006,
          0.004,
        ],
        [
          'middle',
          [
            at('c2.transverse', -0.002, 0, 0.014),
            at('c5.transverse', -0.012, -0.01, 0.026),
            at('rib1.posterior', 0, 0, 0.01),
          ],
          0.007,
          0.005,
        ],
        [
          'posterior',
          [
            at('c5.transverse', -0.006, 0, 0.008),
            at('c7.transverse', -0.022, -0.01, 0.012),
            at('rib2.outer', 0, 0, 0.01),
          ],
          0.006,
          0.004,
        ],
      ],
      { tendon: [0.08, 0.06] },
    ),
  ];
};
