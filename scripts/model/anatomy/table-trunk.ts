/**
 * Muscle table, back, abdomen and hip (right side). The erector spinae columns (iliocostalis
 * lateral, longissimus intermediate) lie under the latissimus and trapezius; multifidi fill the
 * groove beside the spinous processes; gluteus maximus over medius over minimus; piriformis and
 * iliopsoas deep.
 */
import { SKELETON as S } from '../skeleton';
import type { PointSet } from './points';
import { fan, fus, multi, pen, sheet, type MuscleDef } from './muscle-def';

export const trunkMuscles = (P: PointSet): MuscleDef[] => {
  const g = (n: string) => P.get(n);
  const at = (n: string, x: number, y: number, z: number) => P.at(n, x, y, z);
  return [
    fus(
      'iliocostalis',
      2,
      [
        at('sacrum.lateral', -0.022, 0.02, 0.0),
        at('l3.spinous', -0.067, 0, 0.004),
        at('rib10.angle', -0.016, 0, 0.006),
        at('rib5.angle', -0.012, 0, 0.006),
        at('rib1.angle', 0.004, 0, 0.004),
        g('c6.transverse'),
      ],
      0.021,
      0.013,
      {
        conform: 0.02,
        tendon: [0.0, 0.35],
      },
    ),
    fus(
      'longissimus',
      2,
      [
        at('sacrum.back', -0.022, 0.01, 0.0),
        at('l3.spinous', -0.03, 0, 0.008),
        at('t10.spinous', -0.03, 0, 0.012),
        at('t4.spinous', -0.028, 0, 0.016),
        at('c7.transverse', -0.004, 0, -0.008),
        g('c3.transverse'),
      ],
      0.016,
      0.012,
      {
        conform: 0.022,
        tendon: [0.02, 0.2],
      },
    ),
    fus(
      'multifidi',
      4,
      [
        at('sacrum.back', -0.014, 0.0, 0.01),
        at('l4.spinous', -0.014, 0, 0.03),
        at('t12.spinous', -0.013, 0, 0.026),
        at('t5.spinous', -0.013, 0, 0.024),
        at('c7.spinous', -0.012, 0, 0.024),
        at('c2.spinous', -0.01, 0, 0.01),
      ],
      0.009,
      0.009,
      {
        tendon: [0.03, 0.05],
      },
    ),
    sheet(
      'quadratus-lumborum',
      3,
      [
        [
          at('l5.transverse', 0.0, -0.01, 0.008),
          at('l3.transverse', 0.0, 0, 0.01),
          at('rib12.head', -0.025, -0.01, -0.005),
        ],
        [
          at('iliac.crest-back', 0.035, 0.0, 0.045),
          at('l3.transverse', -0.06, 0.0, 0.01),
          at('rib12.end', 0.015, 0.01, -0.01),
        ],
      ],
      0.008,
      { strands: 4 },
    ),
    // a strap either side of the linea alba (its medial edge stays ~5 mm off the midline), crossed
    // by tendinous intersections at the umbilicus, the xiphoid and midway between
    sheet(
      'rectus-abdominis',
      1,
      [
        [
          at('pubic.symphysis', -0.01, 0.01, 0.01),
          at('pubic.symphysis', -0.018, 0.17, 0.06),
          at('xiphoid', -0.024, 0, 0),
        ],
        [
          at('pubic.tubercle', -0.004, 0.0, 0.0),
          at('pubic.tubercle', -0.05, 0.17, 0.05),
          at('rib5.front', 0.004, -0.02, 0),
        ],
      ],
      0.0065,
      {
        conform: 0.006,
        strands: 5,
        samples: 40,
        intersections: [S.yNavel, S.yNavel + 0.07, S.yXiphoid - 0.005],
      },
    ),
    sheet(
      'external-oblique',
      1,
      [
        [
          at('rib5.lateral', 0.005, 0.0, 0.06),
          at('rib6.front', 0.01, -0.04, 0.01),
          at('rib7.end', -0.06, -0.03, 0.0),
        ],
        [
          at('rib8.lateral', -0.004, 0, 0.03),
          at('rib9.front', 0.0, -0.06, 0.02),
          at('pubic.tubercle', -0.05, 0.1, 0.02),
        ],
        [at('rib12.end', -0.012, 0.0, 0), at('iliac.crest-top', 0.0, 0.015, 0.02), g('iliac.asis')],
      ],
      0.005,
      { conform: 0.006, strands: 7, overlap: 0.9 },
    ),
    multi(
      'iliopsoas',
      4,
      [
        [
          'psoas',
          [
            at('l1.body', -0.024, 0, 0.006),
            at('l3.body', -0.04, 0, 0.012),
            at('l5.body', -0.05, 0, 0.03),
            at('acetabulum', 0.014, -0.01, 0.05),
            g('femur.lesser-trochanter'),
          ],
          0.02,
          0.017,
          // deep in the abdomen the nearest skin changes from the back to the flank to the front,
          // and a section turned to it twisted the psoas along its course: it faces forward and a
          // little medially, then forward and down over the pubic ramus
          [
            [0.3, 0.15, 1],
            [0.3, 0.15, 1],
            [0.2, 0.1, 1],
            [0, -0.6, 1],
          ],
        ],
        [
          'iliacus',
          [
            at('iliac.fossa', -0.02, 0.03, -0.01),
            g('iliac.fossa'),
            at('acetabulum', 0.004, -0.01, 0.048),
            g('femur.lesser-trochanter'),
          ],
          0.028,
          0.01,
        ],
      ],
      { tendon: [0.04, 0.1] },
    ),
    // a thick quadrilateral mass from ilium, sacrum and coccyx down and out to the iliotibial tract
    // and the gluteal tuberosity (a pale aponeurosis); it follows the skin's buttock contour under
    // a fat layer that deepens towards the lower border, which runs obliquely from the coccyx over
    // the ischial tuberosity to the lateral thigh. About 2 cm thick under the iliac crest and 3 cm
    // in its lower part, so it fills the buttock down onto medius, piriformis and the hamstring
    // origins instead of standing off them as a shell. The lower border runs just below the
    // ischial tuberosity and lies deepest (the fat of the gluteal fold), so in profile the muscle
    // slopes into the hamstrings that emerge from under it instead of overhanging them
    fan(
      'gluteus-maximus',
      1,
      [
        [
          at('iliac.crest-back', 0.012, 0.0, -0.01),
          at('iliac.gluteal', -0.03, -0.05, -0.03),
          at('femur.greater-trochanter', -0.005, -0.035, -0.01),
        ],
        [
          at('sacrum.lateral', 0.01, -0.012, -0.01),
          at('iliac.gluteal', -0.012, -0.115, -0.06),
          at('femur.gluteal-tuberosity', -0.006, -0.004, -0.004),
        ],
        [
          at('coccyx', -0.012, 0.008, -0.006),
          at('ischial.tuberosity', -0.018, -0.022, -0.045),
          at('femur.gluteal-tuberosity', 0.004, -0.034, -0.006),
        ],
      ],
      0.009,
      {
        conformEdges: [0.006, 0.014, 0.03],
        strands: 9,
        overlap: 1.1,
        bulge: 1.8,
        bulgeAt: 0.55,
        tendon: [0.03, 0.16],
      },
    ),
    fan(
      'gluteus-medius',
      2,
      [
        [
          at('iliac.crest-front', 0.0, -0.02, -0.01),
          at('iliac.asis', -0.022, -0.06, -0.035),
          at('femur.greater-trochanter', 0.004, 0.012, 0.006),
        ],
        [
          at('iliac.crest-top', 0.008, -0.025, 0),
          at('iliac.crest-top', -0.01, -0.07, -0.01),
          g('femur.greater-trochanter'),
        ],
        [
          at('iliac.crest-back', 0.01, -0.025, 0.01),
          at('iliac.gluteal', -0.02, -0.01, 0.0),
          at('femur.greater-trochanter', 0.006, 0.01, -0.008),
        ],
      ],
      0.018,
      // a thick fan (the thickness lies deep to the surface the trigger points are charted on)
      { conformEdges: [0.016, 0.022, 0.018], strands: 6 },
    ),
    fan(
      'gluteus-minimus',
      3,
      [
        [
          at('iliac.asis', 0.004, -0.06, -0.02),
          at('iliac.aiis', -0.02, -0.01, -0.02),
          at('femur.greater-trochanter', 0.01, 0.006, 0.016),
        ],
        [
          at('iliac.crest-top', 0.02, -0.08, 0.0),
          at('iliac.gluteal', 0.0, -0.03, 0.03),
          at('femur.greater-trochanter', 0.012, 0.01, 0.004),
        ],
        [
          at('iliac.gluteal', 0.015, -0.025, 0.015),
          at('iliac.gluteal', -0.01, -0.055, 0.02),
          at('femur.greater-trochanter', 0.012, 0.012, -0.006),
        ],
      ],
      0.007,
      { strands: 5 },
    ),
    fus(
      'piriformis',
      3,
      [
        at('sacrum.top', -0.022, -0.075, -0.012),
        at('ischial.spine', -0.026, 0.035, 0.008),
        at('femur.greater-trochanter', 0.025, 0.005, -0.008),
        at('femur.greater-trochanter', 0.012, 0.008, 0.0),
      ],
      0.012,
      0.008,
      {
        tendon: [0.05, 0.12],
      },
    ),
    pen(
      'tensor-fasciae-latae',
      1,
      [
        g('iliac.asis'),
        at('iliac.asis', -0.018, -0.07, -0.01),
        at('femur.greater-trochanter', -0.004, -0.12, 0.04),
      ],
      0.014,
      0.008,
      8,
      {
        conform: 0.004,
        tendon: [0.05, 0.08],
      },
    ),
  ];
};
