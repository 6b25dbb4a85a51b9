/**
 * Limb bones as signed distance parts (right side; the left is the mirror): humerus, radius,
 * ulna, hand, femur, patella, tibia, fibula and foot. Rods follow the named points, so the
 * muscles that attach to those points touch the bone.
 */
import { FINGERS, fingerJoints, hp, THUMB } from '../part-hand';
import { ellipsoid, sphere, type SdfNode } from '../sdf';
import { SKELETON as S } from '../skeleton';
import type { Vec3 } from '../vec';
import type { BoneParts } from './bones-axial';
import { rod } from './kit';
import type { PointSet } from './points';

export const limbBones = (P: PointSet): BoneParts[] => {
  const g = (n: string) => P.get(n);
  const at = (n: string, x: number, y: number, z: number) => P.at(n, x, y, z);
  const humerus: SdfNode[] = [
    sphere(at('humerus.head', 0.004, 0.002, -0.004), 0.022),
    ellipsoid(g('humerus.greater-tubercle'), [0.01, 0.012, 0.012]),
    rod([g('humerus.neck'), g('humerus.upper-shaft'), g('humerus.mid'), g('humerus.lower-shaft'), at('humerus.trochlea', -0.01, 0.012, 0)], 0.013, 0.011),
    rod([g('humerus.medial-epicondyle'), g('humerus.trochlea'), g('humerus.lateral-epicondyle')], 0.008, 0.009),
    rod([g('humerus.lower-shaft'), g('humerus.lateral-epicondyle')], 0.006),
    rod([g('humerus.lower-shaft'), g('humerus.medial-epicondyle')], 0.006),
  ];
  const radius = [rod([g('radius.head'), g('radius.tuberosity'), g('radius.mid'), g('radius.distal'), g('radius.styloid')], 0.01, 0.009)];
  const ulna: SdfNode[] = [
    rod([g('ulna.olecranon'), g('ulna.coronoid'), g('ulna.upper'), g('ulna.mid'), g('ulna.distal'), g('ulna.styloid')], 0.011, 0.006),
  ];
  // carpus: a low block with its two rows of four bones showing as knobs (proximal, distal)
  const hand: SdfNode[] = [ellipsoid(g('carpus'), [0.015, 0.018, 0.007], [S.hand.u, S.hand.v, S.hand.n])];
  for (const [a, r] of [[0.012, 0.0058], [0.028, 0.0055]] as const)
    for (const b of [-0.0135, -0.0045, 0.0045, 0.0135]) hand.push(sphere(hp(a, b, 0.0), r));
  FINGERS.forEach((f, i) => {
    const j = fingerJoints(f);
    hand.push(rod([g(`mc${i + 2}.base`), g(`mc${i + 2}.head`)], 0.0045, 0.0045));
    hand.push(sphere(g(`mc${i + 2}.head`), 0.0062));
    hand.push(rod(j as Vec3[], 0.0045, 0.003));
    // knuckles of the interphalangeal joints
    [1, 2].forEach((k) => hand.push(sphere(j[k] as Vec3, 0.0052 - k * 0.0006)));
  });
  hand.push(rod([...THUMB] as Vec3[], 0.006, 0.0035));
  const hip = S.hipR;
  const femur: SdfNode[] = [
    sphere(hip, 0.023),
    rod([hip, g('femur.neck'), g('femur.greater-trochanter')], 0.015, 0.016),
    ellipsoid(at('femur.greater-trochanter', 0.006, -0.01, 0.0), [0.015, 0.025, 0.02]),
    sphere(g('femur.lesser-trochanter'), 0.009),
    rod([at('femur.greater-trochanter', 0.012, -0.01, 0), g('femur.shaft-top'), g('femur.mid'), at('femur.distal-front', 0, 0, -0.016)], 0.015, 0.014),
    rod([g('femur.lateral-condyle'), g('femur.medial-condyle')], 0.019),
    // the two condyles bulge backwards (the intercondylar notch between them)
    ellipsoid(at('femur.medial-condyle', 0.004, -0.002, -0.01), [0.016, 0.022, 0.028]),
    ellipsoid(at('femur.lateral-condyle', -0.004, -0.002, -0.01), [0.016, 0.021, 0.027]),
    ellipsoid(at('femur.distal-front', 0, -0.03, -0.01), [0.035, 0.025, 0.022]),
  ];
  const patella = [ellipsoid(g('patella'), [0.021, 0.023, 0.01])];
  const tibia: SdfNode[] = [
    ellipsoid(g('tibia.plateau'), [0.036, 0.014, 0.026]),
    // medial and lateral condyles flare under the plateau; the tuberosity in front
    ellipsoid(at('tibia.medial-condyle', -0.002, 0.0, 0.0), [0.02, 0.02, 0.025]),
    ellipsoid(at('tibia.lateral-condyle', 0.002, 0.0, -0.002), [0.019, 0.019, 0.023]),
    ellipsoid(at('tibia.tuberosity', 0, 0, -0.008), [0.011, 0.016, 0.008]),
    rod([g('tibia.plateau'), at('tibia.tuberosity', 0, 0, -0.02), at('tibia.mid-front', 0.0, 0.0, -0.02), g('tibia.distal')], 0.019, 0.012),
    ellipsoid(at('tibia.distal', -0.002, -0.015, 0), [0.02, 0.015, 0.018]),
    rod([g('tibia.distal'), g('tibia.medial-malleolus')], 0.011, 0.008),
    ellipsoid(at('tibia.medial-malleolus', -0.002, -0.004, -0.002), [0.007, 0.015, 0.011]),
  ];
  const fibula: SdfNode[] = [
    rod([g('fibula.head'), g('fibula.upper'), g('fibula.mid'), g('fibula.lower'), g('fibula.lateral-malleolus')], 0.008, 0.0065),
    // the head below the lateral tibial condyle and the lateral malleolus, lower than the medial
    ellipsoid(at('fibula.head', 0.002, 0, 0), [0.011, 0.013, 0.011]),
    ellipsoid(at('fibula.lateral-malleolus', 0.003, -0.002, -0.002), [0.0065, 0.018, 0.011]),
  ];
  const foot: SdfNode[] = [
    ellipsoid(g('talus'), [0.018, 0.015, 0.025]),
    rod([g('calcaneus.tuberosity'), g('calcaneus.plantar'), g('calcaneus.front')], 0.017, 0.013),
    // calcaneal body: the heel bone is the largest tarsal, tall behind, under the talus
    ellipsoid(at('calcaneus.tuberosity', 0, 0.002, 0.028), [0.017, 0.021, 0.032]),
    ellipsoid(g('navicular'), [0.014, 0.01, 0.009]),
    ellipsoid(g('cuboid'), [0.012, 0.01, 0.013]),
    ellipsoid(g('cuneiform.medial'), [0.012, 0.012, 0.012]),
    rod([g('mt1.base'), g('mt1.head'), g('toe1.tip')], 0.008, 0.006),
  ];
  for (let i = 2; i <= 5; i++) foot.push(rod([g(`mt${i}.base`), g(`mt${i}.head`), g(`toe${i}.tip`)], 0.005, 0.0035));
  // rows: intermediate and lateral cuneiforms before the 2nd and 3rd metatarsals, metatarsal
  // heads at the ball of the foot, and the joints between the phalanges
  for (const i of [2, 3]) foot.push(ellipsoid(at(`mt${i}.base`, 0, 0.002, -0.014), [0.007, 0.009, 0.008]));
  for (let i = 1; i <= 5; i++) {
    const head = g(`mt${i}.head`);
    const tip = g(`toe${i}.tip`);
    foot.push(sphere(head, i === 1 ? 0.009 : 0.0058));
    const f = i === 1 ? 0.5 : 0.42;
    foot.push(sphere([head[0] + (tip[0] - head[0]) * f, head[1] + (tip[1] - head[1]) * f, head[2] + (tip[2] - head[2]) * f], i === 1 ? 0.0068 : 0.0042));
  }
  return [
    { name: 'humerus', midline: false, parts: humerus, k: 0.006 },
    { name: 'radius', midline: false, parts: radius, k: 0.004 },
    { name: 'ulna', midline: false, parts: ulna, k: 0.004 },
    { name: 'hand', midline: false, parts: hand, k: 0.003 },
    { name: 'femur', midline: false, parts: femur, k: 0.008 },
    { name: 'patella', midline: false, parts: patella, k: 0.004 },
    { name: 'tibia', midline: false, parts: tibia, k: 0.008 },
    { name: 'fibula', midline: false, parts: fibula, k: 0.004 },
    { name: 'foot', midline: false, parts: foot, k: 0.004 },
  ];
};
