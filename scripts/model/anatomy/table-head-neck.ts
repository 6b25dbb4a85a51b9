/**
 * Muscle table, head and neck (right side). One entry per muscle: type, depth layer, path from
 * origin to insertion over named bony points (points-axial.ts), belly half-width and thickness.
 * Explicit coordinates are used only where no bony point names the spot; they are in the body
 * frame (metres) and were checked against the calibration table (docs/model-calibration.md).
 */
import type { PointSet } from './points';
import type { Vec3 } from '../vec';
import { fan, fus, multi, sheet, type MuscleDef } from './muscle-def';

/** where frontalis and occipitalis meet over the vertex (z, metres) */
const VERTEX_Z = 0.035;
/** a cut sheet runs this far past the plane where it meets its neighbour: the mesher bevels a
 * sharp cut edge by up to a cell, and overlapping the bevels closes the groove they would leave */
const MEET = 0.0012;
/** the cut at the midline, for a sheet that meets its mirror there */
const MIDLINE: [Vec3, number] = [[1, 0, 0], MEET];

export const headNeckMuscles = (P: PointSet): MuscleDef[] => {
  const g = (n: string) => P.get(n);
  const at = (n: string, x: number, y: number, z: number) => P.at(n, x, y, z);
  // explicit body-frame points (conforming sheets are laid under the skin from them)
  const v = (x: number, y: number, z: number): Vec3 => [x, y, z];
  // meridians of the epicranius from the nuchal line over the vertex to the brow: midline,
  // middle, and the lateral border over the superior temporal line (conformed under the scalp)
  const epicranius: Vec3[][] = [
    [
      v(-0.01, 1.622, -0.057),
      v(-0.003, 1.655, -0.062),
      v(0.003, 1.69, -0.053),
      v(0.003, 1.728, -0.025),
      v(0.003, 1.749, 0.018),
      v(0.003, 1.752, 0.068),
      v(0.003, 1.733, 0.125),
      v(0.003, 1.7, 0.152),
      v(0.003, 1.66, 0.163),
    ],
    [
      v(-0.035, 1.614, -0.05),
      v(-0.038, 1.65, -0.049),
      v(-0.038, 1.69, -0.04),
      v(-0.037, 1.722, -0.015),
      v(-0.036, 1.732, 0.015),
      v(-0.038, 1.737, 0.065),
      v(-0.036, 1.72, 0.115),
      v(-0.033, 1.69, 0.143),
      v(-0.03, 1.658, 0.152),
    ],
    [
      v(-0.06, 1.615, -0.022),
      v(-0.066, 1.64, -0.022),
      v(-0.069, 1.665, -0.014),
      v(-0.069, 1.69, 0.0),
      v(-0.066, 1.704, 0.02),
      v(-0.064, 1.708, 0.065),
      v(-0.06, 1.695, 0.105),
      v(-0.055, 1.675, 0.125),
      v(-0.048, 1.655, 0.137),
    ],
  ];
  return [
    // a fan from the inferior temporal line (its upper border tucked under the galea), thin there
    // and thickening as its fibres converge to pass deep to the zygomatic arch onto the coronoid,
    // where it becomes a pale tendon
    fan(
      'temporalis',
      1,
      [
        [v(-0.056, 1.655, 0.118), v(-0.057, 1.62, 0.09), at('mandible.coronoid', 0, 0, 0.005)],
        [v(-0.062, 1.695, 0.105), v(-0.059, 1.621, 0.084), at('mandible.coronoid', 0, 0, 0.003)],
        [v(-0.067, 1.709, 0.065), v(-0.06, 1.622, 0.078), g('mandible.coronoid')],
        [v(-0.069, 1.702, 0.025), v(-0.06, 1.621, 0.072), g('mandible.coronoid')],
        [v(-0.071, 1.68, 0.0), v(-0.059, 1.62, 0.067), at('mandible.coronoid', 0, 0.002, -0.003)],
        [
          v(-0.07, 1.645, -0.008),
          v(-0.058, 1.618, 0.062),
          at('mandible.coronoid', 0, 0.003, -0.006),
        ],
      ],
      0.0035,
      {
        conform: 0.0075,
        strands: 11,
        overlap: 0.85,
        thickness: [0.45, 0.8, 1.3, 1.5, 1.2],
        tendon: [0.02, 0.22],
      },
    ),
    // a thick quadrilateral from the lower border of the zygomatic arch (a short tendinous
    // origin) down and a little back over the whole ramus to the angle and the lower border,
    // thickest along its middle
    sheet(
      'masseter',
      1,
      [
        [v(-0.058, 1.604, 0.114), v(-0.056, 1.566, 0.1), v(-0.049, 1.53, 0.086)],
        [v(-0.062, 1.606, 0.085), v(-0.062, 1.567, 0.071), v(-0.056, 1.528, 0.06)],
        [v(-0.064, 1.607, 0.056), v(-0.064, 1.568, 0.044), v(-0.058, 1.529, 0.032)],
      ],
      0.0045,
      { conform: 0.002, strands: 7, bulge: 1.4, tendon: [0.14, 0.04] },
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
    // the epicranius is one cap: frontalis (origin in the galea aponeurotica, insertion in the
    // brow skin) and occipitalis (origin on the superior nuchal line, insertion in the galea)
    // follow the same meridians over the vault and are cut flat where they meet at the vertex
    // and at the midline, so neighbours abut without a seam; the galea is the long pale tendon
    // end of each (the two occipital bellies leave a notch over the external protuberance)
    sheet(
      'frontalis',
      1,
      epicranius.map((e) => e.slice(4)),
      0.0016,
      {
        conform: 0.0035,
        strands: 10,
        meshEdge: 0.0018,
        samples: 24,
        overlap: 0.9,
        tendon: [0.6, 0.02],
        cut: [MIDLINE, [[0, 0, -1], MEET - VERTEX_Z]],
      },
    ),
    sheet(
      'occipitalis',
      1,
      epicranius.map((e) => e.slice(0, 6)),
      0.0016,
      {
        conform: 0.0035,
        strands: 10,
        meshEdge: 0.0018,
        samples: 24,
        overlap: 0.9,
        tendon: [0.02, 0.65],
        cut: [MIDLINE, [[0, 0, 1], VERTEX_Z + MEET]],
      },
    ),
    // both heads bend back a little below the mastoid so the strap passes behind the angle of
    // the mandible (its upper third shows behind the masseter) before running obliquely forward
    multi(
      'sternocleidomastoid',
      1,
      [
        [
          'sternal',
          [
            at('sternum.notch', -0.01, -0.006, 0.002),
            at('sternum.notch', -0.029, 0.055, 0.002),
            v(-0.05, 1.552, 0.03),
            P.mix('mastoid', 'occiput.nuchal-lateral', 0.5),
          ],
          0.014,
          0.007,
        ],
        [
          'clavicular',
          [
            at('clavicle.medial', -0.022, 0.002, -0.006),
            at('sternum.notch', -0.043, 0.058, -0.012),
            v(-0.058, 1.552, 0.022),
            at('mastoid', 0, -0.004, 0),
          ],
          0.018,
          0.005,
        ],
      ],
      // the insertion is a broad flat aponeurosis over the mastoid and the lateral superior
      // nuchal line, so the strap reaches up behind the ear instead of ending in a cord
      { conform: 0.003, tendon: [0.1, 0.05], flatEnds: [0, 0.6] },
    ),
    // from the medial superior nuchal line, the external protuberance and the ligamentum nuchae
    // down to C7 (a short pale aponeurosis, continuous with the other side's at the midline, where
    // the two are cut to meet), descending over the nape to the lateral clavicle and the acromion;
    // the edges cross the nape in order (the anterior border furthest forward and highest), so the
    // sheet wraps the back of the neck without folding on itself
    sheet(
      'upper-trapezius',
      1,
      [
        [
          v(-0.026, 1.612, -0.043),
          v(-0.054, 1.532, -0.006),
          at('clavicle.lateral', 0.01, 0.0, 0.012),
        ],
        [
          v(0.003, 1.614, -0.05),
          v(-0.036, 1.535, -0.021),
          at('clavicle.lateral', -0.004, 0, 0.006),
        ],
        [v(0.003, 1.55, -0.02), v(-0.045, 1.5, -0.03), at('clavicle.lateral', -0.02, 0.002, 0)],
        [at('c7.spinous', 0.003, 0, 0), at('c7.spinous', -0.07, -0.012, 0.01), g('acromion')],
      ],
      0.004,
      { conform: 0.003, strands: 9, tendon: [0.08, 0.02], cut: [MIDLINE] },
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
      0.011,
      0.005,
      {
        conform: 0.013,
        tendon: [0.12, 0.05],
        // the origin is a flat slip from the C1–C4 transverse processes
        flatEnds: [0.5, 0.3],
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
    // on the laminae beside the spinous processes, deep to splenius and trapezius all the way up
    // (the nape is shallow here), to the occiput between the nuchal lines
    fus(
      'semispinalis-capitis',
      3,
      [
        at('t5.transverse', 0, 0, 0.008),
        at('c6.spinous', -0.016, 0, 0.016),
        at('c3.spinous', -0.017, 0, 0.016),
        at('occiput.protuberance', -0.021, -0.01, 0.02),
      ],
      0.011,
      0.006,
      {
        conform: 0.011,
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
    // three flat bellies side by side from the transverse processes to the first two ribs: the
    // floor of the posterior triangle, below and in front of levator scapulae
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
          0.008,
          0.004,
        ],
        [
          'middle',
          [
            at('c2.transverse', -0.002, 0, 0.014),
            at('c5.transverse', -0.012, -0.01, 0.026),
            at('rib1.posterior', 0, 0, 0.01),
          ],
          0.01,
          0.005,
        ],
        [
          'posterior',
          [
            at('c5.transverse', -0.006, 0, 0.008),
            at('c7.transverse', -0.022, -0.01, 0.012),
            at('rib2.outer', 0, 0, 0.01),
          ],
          0.008,
          0.004,
        ],
      ],
      // flat tendinous slips at both ends (several tubercles above, a broad mark on the rib below)
      // rather than spikes
      { tendon: [0.08, 0.06], flatEnds: [0.6, 0.4] },
    ),
  ];
};
