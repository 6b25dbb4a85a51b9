/**
 * Muscle table, thigh, leg and foot (right side). Below the knee the paths follow the
 * anthropometric knee and ankle levels of the skeleton, not the calibration table (whose shank is
 * short): soleus lies under the gastrocnemius heads, tibialis posterior and flexor digitorum
 * longus deepest, against the interosseous membrane and tibia.
 */
import type { PointSet } from './points';
import { fan, fus, multi, pen, type MuscleDef } from './muscle-def';

export const legMuscles = (P: PointSet): MuscleDef[] => {
  const g = (n: string) => P.get(n);
  const at = (n: string, x: number, y: number, z: number) => P.at(n, x, y, z);
  return [
    // a flat triangle: from a narrow tendon on the pubic body just below the tubercle it widens
    // down and out to the middle third of the linea aspera, its upper border against pectineus
    // (the medial border of the femoral triangle), its lower border the medial edge of the thigh's
    // front; laid on its own paths (the thigh's skin lies far medial of it), flat in its own plane
    fan(
      'adductor-longus',
      1,
      [
        [
          at('pubic.tubercle', -0.004, -0.004, -0.008),
          at('femur.linea-upper', 0.047, 0.045, 0.086),
          at('femur.linea-upper', 0.008, -0.01, 0.008),
        ],
        [
          at('pubic.tubercle', 0.004, -0.016, -0.012),
          at('femur.linea-mid', 0.062, 0.081, 0.047),
          at('femur.linea-mid', 0.008, -0.01, 0.006),
        ],
      ],
      0.008,
      { strands: 5, overlap: 1, bulge: 1.3, inPlane: true, tendon: [0.08, 0.04] },
    ),
    fan(
      'adductor-magnus',
      3,
      [
        [
          g('pubic.ramus-inferior'),
          at('femur.linea-upper', 0.03, 0.02, 0.0),
          at('femur.linea-upper', 0.004, 0, 0),
        ],
        [
          at('ischial.tuberosity', 0.0, 0.01, 0.02),
          at('femur.linea-mid', 0.04, 0.03, -0.02),
          at('femur.linea-lower', 0.004, 0, 0),
        ],
        [
          at('ischial.tuberosity', -0.004, -0.006, 0.004),
          at('femur.linea-lower', 0.04, 0.05, -0.02),
          g('femur.adductor-tubercle'),
        ],
      ],
      0.014,
      { strands: 8, inPlane: true },
    ),
    // flat and quadrangular, from the pecten pubis down, back and out to the pectineal line below
    // the lesser trochanter; broad enough to close the floor of the femoral triangle between
    // adductor longus and iliopsoas, facing forward into it
    fus(
      'pectineus',
      2,
      [
        at('pubic.superior-ramus', 0.008, 0.0, 0.012),
        at('femur.lesser-trochanter', 0.04, 0.0, 0.056),
        at('femur.lesser-trochanter', -0.004, -0.025, 0.002),
      ],
      0.025,
      0.006,
      {
        facing: [0.1, -0.25, 1],
        flatEnds: [0.8, 0.3],
        tendon: [0.05, 0.1],
      },
    ),
    // a flat ribbon crossing the thigh obliquely from the ASIS over rectus femoris to the medial
    // side by mid-thigh, then down behind the bulge of vastus medialis and the medial condyle to the
    // pes anserinus; its face turns steadily from forward to medial (following the skin's normal
    // turned it edge-on where the surface bends round the knee)
    fus(
      'sartorius',
      1,
      [
        g('iliac.asis'),
        at('femur.shaft-top', 0.05, -0.04, 0.088),
        at('femur.mid', 0.063, 0.0, 0.048),
        at('femur.medial-condyle', 0.022, 0.09, 0.018),
        at('femur.medial-condyle', 0.018, 0.0, -0.004),
        g('tibia.pes-anserinus'),
      ],
      0.019,
      0.0055,
      {
        conform: 0.002,
        facing: [
          [-0.7, 0, 0.7],
          [-0.4, 0, 0.92],
          [0.35, 0, 0.94],
          [0.85, 0, 0.5],
          [0.95, 0, -0.2],
          [0.85, 0, 0.5],
        ],
        tendon: [0.03, 0.12],
      },
    ),
    // laid a little deeper than the other superficial thigh muscles: its wide belly rises above
    // its axis where the thigh's surface curves, and sartorius must lie on it where it crosses
    pen(
      'rectus-femoris',
      1,
      [
        g('iliac.aiis'),
        at('femur.shaft-top', 0.035, -0.03, 0.08),
        at('femur.mid', 0.012, 0.0, 0.08),
        at('patella', 0.0, 0.045, 0.0),
      ],
      0.032,
      0.018,
      15,
      {
        conform: 0.014,
        flatEnds: [0.25, 0.5],
        tendon: [0.1, 0.12],
      },
    ),
    pen(
      'vastus-lateralis',
      1,
      [
        at('femur.greater-trochanter', 0.006, -0.03, 0.004),
        at('femur.mid', -0.04, 0.08, 0.01),
        at('femur.mid', -0.035, -0.06, 0.03),
        at('patella', -0.018, 0.025, -0.004),
      ],
      0.046,
      0.024,
      15,
      {
        conform: 0.006,
        flatEnds: [0.3, 0.55],
        tendon: [0.05, 0.1],
      },
    ),
    pen(
      'vastus-medialis',
      1,
      // laid on its own path, not conformed: the upper thigh's skin lies far out, and pulling the
      // belly to it kinked the muscle; the teardrop bulges over the medial knee
      [
        at('femur.shaft-top', 0.02, -0.045, 0.018),
        at('femur.mid', 0.053, 0.008, 0.028),
        at('femur.medial-condyle', 0.006, 0.099, 0.049),
        at('femur.medial-condyle', 0.007, 0.049, 0.045),
        at('patella', 0.018, 0.015, -0.006),
      ],
      0.03,
      0.02,
      25,
      {
        belly: 0.7,
        flatEnds: [0.3, 0.6],
        facing: [0.6, 0, 0.8],
        tendon: [0.15, 0.05],
      },
    ),
    pen(
      'vastus-intermedius',
      2,
      [
        at('femur.shaft-top', 0.008, -0.02, 0.036),
        at('femur.mid', 0.0, 0.05, 0.04),
        at('femur.mid', 0.006, -0.08, 0.042),
        at('patella', 0.0, 0.05, -0.03),
      ],
      0.026,
      0.016,
      10,
      {
        flatEnds: [0.3, 0.5],
        tendon: [0.14, 0.04],
      },
    ),
    multi(
      'biceps-femoris',
      1,
      [
        [
          'long',
          // down and back from the tuberosity to the surface just under the lower border of
          // gluteus maximus (the back of the thigh continues the buttock's profile there), then
          // obliquely down and out (a lateral first leg bent it into a hook where it leaves the
          // gluteus maximus)
          [
            g('ischial.tuberosity'),
            at('ischial.tuberosity', -0.012, -0.058, -0.03),
            at('ischial.tuberosity', -0.025, -0.095, -0.03),
            at('femur.linea-lower', -0.012, 0.05, -0.03),
            at('fibula.head', 0.004, 0.02, -0.01),
            g('fibula.head'),
          ],
          0.018,
          0.013,
        ],
        [
          'short',
          [
            at('femur.linea-mid', 0.0, 0, 0.004),
            at('femur.linea-lower', -0.02, 0, 0.0),
            g('fibula.head'),
          ],
          0.014,
          0.009,
        ],
      ],
      { conform: 0.006, tendon: [0.08, 0.12] },
    ),
    // like the biceps long head, back to the surface under the border of gluteus maximus first
    fus(
      'semitendinosus',
      1,
      [
        at('ischial.tuberosity', 0.01, -0.006, 0.006),
        at('ischial.tuberosity', 0.004, -0.058, -0.03),
        at('femur.linea-upper', 0.065, 0, -0.03),
        at('femur.linea-lower', 0.048, 0, -0.018),
        at('femur.medial-condyle', 0.01, 0.0, -0.02),
        g('tibia.pes-anserinus'),
      ],
      0.016,
      0.012,
      {
        conform: 0.005,
        tendon: [0.04, 0.42],
      },
    ),
    fus(
      'semimembranosus',
      2,
      [
        at('ischial.tuberosity', 0.01, 0.006, 0.014),
        at('femur.linea-upper', 0.078, 0, -0.006),
        at('femur.linea-lower', 0.07, -0.02, -0.008),
        at('tibia.medial-condyle', 0.0, 0.0, -0.012),
      ],
      0.021,
      0.014,
      {
        conform: 0.016,
        flatEnds: [0.4, 0.2],
        tendon: [0.3, 0.08],
      },
    ),
    // both heads end on the back of soleus's calcaneal tendon, merging into it (no hook in the air;
    // running on to the heel would double the tendon and pull the centroid far below the reference)
    multi(
      'gastrocnemius',
      1,
      [
        [
          'medial',
          [
            at('femur.medial-condyle', 0.0, 0.012, -0.012),
            at('tibia.medial-condyle', -0.004, -0.06, -0.05),
            at('tibia.medial-condyle', -0.016, -0.2, -0.045),
            at('calcaneus.tuberosity', 0.002, 0.19, -0.004),
            at('calcaneus.tuberosity', 0.0, 0.105, 0.014),
          ],
          0.022,
          0.015,
        ],
        [
          'lateral',
          [
            at('femur.lateral-condyle', 0.0, 0.012, -0.012),
            at('tibia.lateral-condyle', 0.0, -0.06, -0.045),
            at('tibia.lateral-condyle', 0.014, -0.18, -0.04),
            at('calcaneus.tuberosity', -0.002, 0.19, -0.004),
            at('calcaneus.tuberosity', 0.0, 0.105, 0.014),
          ],
          0.019,
          0.013,
        ],
      ],
      { conform: 0.005, belly: 0.28, flatEnds: [0.25, 0.25], tendon: [0.05, 0.25] },
    ),
    pen(
      'soleus',
      2,
      [
        at('fibula.head', 0.016, -0.01, -0.012),
        at('tibia.soleal-line', -0.003, -0.03, -0.03),
        at('tibia.posterior-mid', -0.005, -0.035, -0.03),
        at('calcaneus.tuberosity', 0.0, 0.1, 0.016),
        at('calcaneus.tuberosity', 0, 0.01, 0.004),
      ],
      0.03,
      0.013,
      20,
      {
        facing: [0, 0, -1],
        belly: 0.33,
        tendon: [0.02, 0.42],
      },
    ),
    fus(
      'tibialis-anterior',
      1,
      [
        at('tibia.lateral-condyle', 0.0, -0.01, 0.04),
        at('tibia.mid-front', -0.02, 0.1, -0.01),
        at('tibia.mid-front', -0.012, -0.1, -0.008),
        at('tibia.distal', 0.004, 0.0, 0.03),
        g('cuneiform.medial'),
      ],
      0.017,
      0.013,
      {
        conform: 0.004,
        flatEnds: [0.3, 0],
        meshEdge: 0.004,
        tendon: [0.03, 0.45],
      },
    ),
    // tibialis posterior and flexor digitorum longus turn behind and under the medial malleolus
    // (the skin over the malleolus itself is too thin to hold a tendon) into the sole
    fus(
      'tibialis-posterior',
      4,
      [
        at('interosseous.mid', 0.004, 0.13, -0.02),
        at('interosseous.mid', 0.006, -0.02, -0.024),
        at('tibia.distal', 0.012, 0.02, -0.024),
        at('tibia.medial-malleolus', -0.012, 0.003, -0.018),
        at('tibia.medial-malleolus', -0.014, -0.021, -0.008),
        g('navicular'),
      ],
      0.013,
      0.009,
      {
        meshEdge: 0.004,
        tendon: [0.05, 0.4],
      },
    ),
    fus(
      'peroneus-longus',
      1,
      [
        g('fibula.head'),
        at('fibula.upper', -0.008, 0, 0.008),
        at('fibula.lower', -0.008, 0.04, 0.004),
        at('fibula.lateral-malleolus', 0.004, -0.004, -0.016),
        at('cuboid', -0.006, -0.014, -0.01),
        at('mt1.base', -0.006, -0.02, -0.004),
      ],
      0.014,
      0.0095,
      {
        conform: 0.004,
        belly: 0.3,
        meshEdge: 0.004,
        tendon: [0.03, 0.55],
      },
    ),
    fus(
      'peroneus-brevis',
      2,
      [
        at('fibula.mid', -0.004, 0, 0.004),
        at('fibula.lower', -0.008, 0, 0.002),
        at('fibula.lateral-malleolus', 0.006, 0.01, -0.014),
        at('fibula.lateral-malleolus', 0.006, -0.02, -0.008),
        g('mt5.base'),
      ],
      0.013,
      0.0075,
      {
        conform: 0.011,
        facing: [-1, 0, 0],
        meshEdge: 0.004,
        tendon: [0.06, 0.4],
      },
    ),
    fus(
      'extensor-digitorum-longus',
      1,
      [
        at('tibia.lateral-condyle', -0.014, -0.01, 0.03),
        at('fibula.upper', 0.008, 0, 0.04),
        at('fibula.lower', 0.018, 0, 0.045),
        at('talus', -0.01, 0.022, 0.03),
        at('mt3.base', -0.008, 0.012, 0.02),
        at('mt3.head', -0.004, 0.01, 0),
      ],
      0.013,
      0.0085,
      {
        conform: 0.005,
        belly: 0.35,
        meshEdge: 0.004,
        tendon: [0.04, 0.5],
      },
    ),
    fus(
      'flexor-digitorum-longus',
      3,
      [
        at('tibia.posterior-mid', 0.012, 0.11, -0.006),
        at('tibia.posterior-mid', 0.012, -0.06, -0.008),
        at('tibia.medial-malleolus', -0.015, 0.012, -0.02),
        at('tibia.medial-malleolus', -0.017, -0.018, -0.012),
        at('navicular', -0.008, -0.022, -0.01),
        at('mt3.head', 0.0, -0.006, -0.01),
      ],
      0.01,
      0.007,
      {
        meshEdge: 0.004,
        tendon: [0.05, 0.55],
      },
    ),
    fus(
      'abductor-hallucis',
      1,
      [
        at('calcaneus.plantar', 0.012, 0.008, 0.0),
        at('navicular', 0.008, -0.022, 0.0),
        at('mt1.head', 0.004, 0.0, -0.02),
      ],
      0.012,
      0.008,
      {
        conform: 0.004,
        meshEdge: 0.004,
        flatEnds: [0.3, 0],
        tendon: [0.05, 0.2],
      },
    ),
    fus(
      'extensor-digitorum-brevis',
      1,
      [
        at('calcaneus.front', -0.004, 0.012, 0.0),
        at('cuboid', 0.006, 0.016, 0.02),
        at('mt2.head', 0.0, 0.008, -0.02),
      ],
      0.015,
      0.005,
      {
        // a flat belly on the dorsum whose tendons spread to the toes
        conform: 0.004,
        meshEdge: 0.004,
        flatEnds: [0.4, 0.35],
        tendon: [0.05, 0.3],
      },
    ),
    fus(
      'flexor-digitorum-brevis',
      1,
      [
        at('calcaneus.plantar', -0.002, 0.0, 0.006),
        at('cuboid', 0.016, -0.014, 0.0),
        at('mt3.head', 0.0, -0.006, -0.015),
      ],
      0.014,
      0.006,
      {
        conform: 0.005,
        meshEdge: 0.004,
        flatEnds: [0.4, 0.35],
        tendon: [0.05, 0.2],
      },
    ),
    fus(
      'quadratus-plantae',
      2,
      [at('calcaneus.plantar', -0.004, 0.008, 0.008), at('calcaneus.front', 0.016, -0.01, 0.0)],
      0.012,
      0.006,
      { flatEnds: [0.4, 0.3], tendon: [0.05, 0.1] },
    ),
  ];
};
