/**
 * Muscle table, shoulder girdle, upper back and chest wall (right side). Superficial sheets
 * (trapezius parts, latissimus, pectoralis major) conform to the skin; the rotator cuff,
 * rhomboids and serratus sit in their layers beneath (see `layer` and `conform`).
 */
import type { PointSet } from './points';
import { fan, fus, multi, sheet, type MuscleDef } from './muscle-def';

export const shoulderMuscles = (P: PointSet): MuscleDef[] => {
  const g = (n: string) => P.get(n);
  const at = (n: string, x: number, y: number, z: number) => P.at(n, x, y, z);
  return [
    sheet(
      'middle-trapezius',
      1,
      [
        [
          at('t1.spinous', -0.004, 0.004, 0),
          at('scapula.spine-root', -0.05, 0.03, 0.01),
          at('acromion', 0.01, -0.004, -0.015),
        ],
        [
          at('t4.spinous', -0.004, 0, 0),
          at('scapula.spine-root', -0.03, 0.0, 0),
          g('scapula.spine-mid'),
        ],
      ],
      0.004,
      { conform: 0.003, strands: 5, overlap: 0.9 },
    ),
    // a triangle from T4–T12 converging on the tubercle at the root of the scapular spine
    fan(
      'lower-trapezius',
      1,
      [
        [
          at('t4.spinous', -0.004, 0, 0),
          at('scapula.spine-root', 0.0, -0.018, 0),
          at('scapula.spine-root', -0.012, 0.004, 0),
        ],
        [
          at('t8.spinous', -0.004, 0, 0),
          at('t6.spinous', -0.035, 0, 0),
          at('scapula.spine-root', -0.004, -0.004, 0),
        ],
        [
          at('t12.spinous', -0.004, 0, 0),
          at('t8.spinous', -0.048, 0, 0),
          at('scapula.spine-root', 0.004, -0.01, 0),
        ],
      ],
      0.0035,
      { conform: 0.003, strands: 7, overlap: 1 },
    ),
    fus(
      'supraspinatus',
      2,
      [
        at('scapula.superior-angle', -0.004, -0.016, 0.004),
        at('scapula.supraspinous', 0.01, -0.01, 0),
        at('acromion', 0.025, -0.02, 0.0),
        g('humerus.greater-tubercle'),
      ],
      0.013,
      0.009,
      {
        tendon: [0.05, 0.15],
      },
    ),
    fan(
      'infraspinatus',
      2,
      [
        [
          at('scapula.spine-root', -0.01, -0.012, 0),
          at('scapula.spine-mid', 0.0, -0.025, 0.0),
          at('humerus.greater-tubercle', 0.002, -0.008, -0.012),
        ],
        [
          at('scapula.medial-mid', -0.005, 0, 0),
          g('scapula.infraspinous'),
          at('humerus.greater-tubercle', 0.004, -0.014, -0.014),
        ],
        [
          at('scapula.inferior-angle', -0.006, 0.015, 0),
          at('scapula.lateral-border', 0.01, 0.0, 0.004),
          at('humerus.greater-tubercle', 0.006, -0.02, -0.014),
        ],
      ],
      0.007,
      { conform: 0.009, strands: 6 },
    ),
    fus(
      'teres-minor',
      2,
      [
        at('scapula.lateral-border', 0.0, 0.005, 0.002),
        at('scapula.infraglenoid', -0.025, -0.01, -0.025),
        at('humerus.greater-tubercle', 0.006, -0.028, -0.016),
      ],
      0.01,
      0.007,
      {
        conform: 0.012,
        tendon: [0.05, 0.12],
      },
    ),
    fus(
      'teres-major',
      2,
      [
        at('scapula.inferior-angle', -0.012, 0.004, 0.01),
        at('scapula.lateral-border', -0.018, -0.03, 0.016),
        at('humerus.lesser-tubercle', 0.004, -0.06, -0.006),
      ],
      0.013,
      0.009,
      {
        conform: 0.01,
        tendon: [0.05, 0.12],
      },
    ),
    fan(
      'subscapularis',
      4,
      [
        [
          at('scapula.superior-angle', 0.004, -0.012, 0.018),
          at('scapula.subscapular', -0.005, 0.015, 0.014),
          g('humerus.lesser-tubercle'),
        ],
        [
          at('scapula.inferior-angle', 0.004, 0.01, 0.016),
          at('scapula.lateral-border', 0.012, -0.02, 0.01),
          at('humerus.lesser-tubercle', 0.002, -0.012, -0.004),
        ],
      ],
      0.006,
      { strands: 5 },
    ),
    sheet(
      'rhomboids',
      2,
      [
        [at('c7.spinous', -0.006, -0.004, 0.008), at('scapula.spine-root', 0.005, 0.008, 0.004)],
        [at('t5.spinous', -0.006, 0, 0.008), at('scapula.inferior-angle', 0.004, -0.004, 0.004)],
      ],
      0.0045,
      { conform: 0.01, strands: 5 },
    ),
    fan(
      'serratus-anterior',
      3,
      [
        [
          at('rib2.lateral', 0.0, -0.005, 0.02),
          at('rib3.lateral', -0.006, 0.0, -0.02),
          at('scapula.superior-angle', -0.002, -0.004, 0.014),
        ],
        [
          at('rib6.lateral', -0.004, 0, 0.045),
          at('rib6.lateral', -0.018, 0.02, -0.02),
          at('scapula.medial-mid', 0.0, 0, 0.014),
        ],
        [
          at('rib9.lateral', -0.004, -0.005, 0.05),
          at('rib8.lateral', -0.016, 0.015, -0.02),
          at('scapula.inferior-angle', -0.002, 0.008, 0.014),
        ],
      ],
      0.005,
      { conform: 0.012, strands: 7, overlap: 0.9 },
    ),
    sheet(
      'serratus-posterior-superior',
      3,
      [
        [at('c7.spinous', -0.006, 0, 0.016), at('rib2.angle', -0.02, 0.0, 0.006)],
        [at('t3.spinous', -0.006, 0, 0.016), at('rib5.angle', -0.02, 0.0, 0.006)],
      ],
      0.0025,
      { conform: 0.02, strands: 4 },
    ),
    fan(
      'latissimus-dorsi',
      1,
      [
        [
          at('t7.spinous', -0.004, 0, 0),
          at('scapula.inferior-angle', -0.01, -0.006, 0),
          at('scapula.lateral-border', -0.045, -0.03, 0.02),
          at('humerus.lesser-tubercle', 0.0, -0.05, 0.004),
        ],
        [
          at('l3.spinous', -0.004, 0, 0),
          at('rib10.angle', -0.03, -0.02, 0),
          at('rib7.lateral', -0.03, 0.0, -0.03),
          at('humerus.lesser-tubercle', -0.002, -0.04, 0.0),
        ],
        [
          g('iliac.crest-back'),
          at('rib11.lateral', -0.025, -0.03, 0.0),
          at('rib6.lateral', -0.035, 0.02, -0.01),
          at('humerus.lesser-tubercle', -0.004, -0.035, -0.004),
        ],
      ],
      0.0045,
      { conform: 0.004, strands: 8, overlap: 1 },
    ),
    // clavicular, sternocostal and abdominal parts converging on the crest of the greater
    // tubercle with a twist: the lowest fibres insert highest and deepest, folding under the upper
    // ones into the anterior axillary fold; a fan whose lower border rises straight from the sixth
    // costal cartilage to the axilla
    fan(
      'pectoralis-major',
      1,
      [
        [
          at('clavicle.mid', 0.012, -0.012, 0),
          at('clavicle.mid', -0.04, -0.03, -0.008),
          at('humerus.greater-tubercle', 0.002, -0.06, 0.02),
        ],
        [
          at('sternum.angle', -0.01, 0.0, 0),
          at('rib3.front', -0.01, -0.005, 0.008),
          at('humerus.greater-tubercle', 0.003, -0.052, 0.016),
        ],
        [
          at('sternum.body', -0.01, -0.015, 0),
          at('rib5.front', -0.02, 0.01, 0.01),
          at('humerus.greater-tubercle', 0.004, -0.044, 0.011),
        ],
        [
          at('rib7.end', -0.012, -0.025, 0),
          at('rib6.front', -0.03, 0.014, 0.01),
          at('humerus.greater-tubercle', 0.006, -0.036, 0.005),
        ],
      ],
      0.0045,
      // thin over the sternum and clavicle, thickening as the fibres converge, thickest along the
      // lower border, which is a rounded roll running into the axillary fold; the middle of the
      // fan lies deepest under the skin and the lower border shallowest, so the outer surface is
      // a flatter plane rising to that roll instead of only following the rounded chest
      {
        conform: 0.004,
        conformEdges: [0.006, 0.008, 0.0075, 0.005, 0.0015],
        strands: 9,
        overlap: 0.9,
        bulge: 2.2,
        bulgeAt: 1,
        thickness: [0.75, 1, 1.2],
      },
    ),
    fan(
      'pectoralis-minor',
      2,
      [
        [g('rib3.front'), at('rib3.front', -0.025, 0.025, -0.015), g('coracoid')],
        [g('rib5.front'), at('rib4.front', -0.03, 0.02, -0.02), g('coracoid')],
      ],
      0.005,
      { conform: 0.018, strands: 4 },
    ),
    multi(
      'deltoid',
      1,
      [
        // three broad heads over the humeral head: together a rounded cap down to the tuberosity
        [
          'anterior',
          [
            at('clavicle.lateral', 0.012, 0, 0.01),
            at('humerus.lesser-tubercle', -0.016, -0.02, 0.034),
            g('humerus.deltoid-tuberosity'),
          ],
          0.025,
          0.013,
        ],
        [
          'middle',
          [
            g('acromion'),
            at('humerus.greater-tubercle', -0.027, -0.02, 0),
            g('humerus.deltoid-tuberosity'),
          ],
          0.026,
          0.014,
        ],
        [
          'posterior',
          [
            P.mix('scapula.spine-mid', 'acromion', 0.3),
            at('humerus.greater-tubercle', -0.012, -0.025, -0.038),
            g('humerus.deltoid-tuberosity'),
          ],
          0.025,
          0.013,
        ],
      ],
      { conform: 0.003, tendon: [0.06, 0.14] },
    ),
  ];
};
