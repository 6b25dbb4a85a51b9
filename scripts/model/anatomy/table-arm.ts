/**
 * Muscle table, arm, forearm and hand (right side, palm forward). Forearm paths are written in the
 * forearm frame (`fo`: fraction elbow → wrist, radial offset, volar offset), hand paths in the
 * hand frame (`hp`: distal, radial, palmar), so they follow the limb if its posture changes.
 */
import { hp } from '../part-hand';
import type { PointSet } from './points';
import { fo } from './points-limbs';
import { fus, multi, pen, type MuscleDef } from './muscle-def';

export const armMuscles = (P: PointSet): MuscleDef[] => {
  const g = (n: string) => P.get(n);
  const at = (n: string, x: number, y: number, z: number) => P.at(n, x, y, z);
  return [
    fus('coracobrachialis', 2, [g('coracoid'), at('humerus.upper-shaft', 0.01, 0, 0.018), at('humerus.mid', 0.012, 0, 0.008)], 0.009, 0.007, { tendon: [0.12, 0.08] }),
    multi('biceps-brachii', 1, [
      ['long', [at('scapula.glenoid', 0.0, 0.016, 0.006), at('humerus.lesser-tubercle', -0.008, -0.004, 0.008), at('humerus.mid', -0.004, 0.0, 0.032), at('radius.tuberosity', 0, 0, 0.004)], 0.014, 0.013],
      ['short', [g('coracoid'), at('humerus.upper-shaft', 0.014, 0, 0.032), at('humerus.mid', 0.01, 0.0, 0.034), at('radius.tuberosity', 0, 0, 0.004)], 0.013, 0.012],
      // bicipital aponeurosis: a thin flat band from the lower belly medially over the flexor origins
      ['aponeurosis', [at('humerus.lower-shaft', 0.008, 0.01, 0.03), at('humerus.trochlea', 0.006, 0.0, 0.022), fo(0.16, -0.012, 0.024)], 0.009, 0.0025],
    ], { conform: 0.004, tendon: [0.22, 0.2] }),
    pen('brachialis', 2, [at('humerus.deltoid-tuberosity', 0.014, 0.01, 0.016), at('humerus.lower-shaft', 0.0, 0.0, 0.022), at('ulna.coronoid', 0, 0, 0.002)], 0.018, 0.01, 10, {
      flatEnds: [0.3, 0.3], tendon: [0.05, 0.12],
    }),
    multi('triceps-brachii', 1, [
      ['long', [g('scapula.infraglenoid'), at('humerus.upper-shaft', 0.012, 0, -0.035), at('humerus.lower-shaft', 0.006, 0, -0.03), g('ulna.olecranon')], 0.016, 0.012],
      ['lateral', [at('humerus.greater-tubercle', 0.0, -0.035, -0.02), at('humerus.mid', -0.018, 0, -0.022), at('humerus.lower-shaft', -0.008, 0, -0.026), g('ulna.olecranon')], 0.016, 0.011],
      ['medial', [at('humerus.mid', 0.006, 0, -0.012), at('humerus.lower-shaft', 0.004, 0, -0.018), g('ulna.olecranon')], 0.014, 0.008],
    ], { conform: 0.004, flatEnds: [0.2, 0.55], tendon: [0.08, 0.12] }),
    fus('brachioradialis', 1, [g('humerus.supracondylar-lateral'), fo(0.05, 0.035, 0.01), fo(0.35, 0.028, 0.012), fo(0.7, 0.02, 0.006), g('radius.styloid')], 0.018, 0.011, {
      conform: 0.003, belly: 0.3, meshEdge: 0.004, tendon: [0.06, 0.42],
    }),
    fus('extensor-carpi-radialis-longus', 1, [at('humerus.supracondylar-lateral', 0.002, -0.025, 0), fo(0.12, 0.03, -0.002), fo(0.5, 0.022, -0.01), g('mc2.base')], 0.016, 0.0095, {
      conform: 0.004, belly: 0.28, meshEdge: 0.004, tendon: [0.05, 0.5],
    }),
    fus('extensor-carpi-radialis-brevis', 2, [g('humerus.lateral-epicondyle'), fo(0.25, 0.022, -0.014), fo(0.6, 0.018, -0.014), g('mc3.base')], 0.016, 0.009, {
      conform: 0.006, belly: 0.3, meshEdge: 0.004, tendon: [0.06, 0.45],
    }),
    fus('extensor-digitorum', 1, [g('humerus.lateral-epicondyle'), fo(0.3, 0.008, -0.02), fo(0.7, 0.002, -0.016), hp(0.055, 0.0, -0.012), hp(0.085, 0.0, -0.01)], 0.017, 0.0095, {
      conform: 0.004, belly: 0.3, meshEdge: 0.004, tendon: [0.06, 0.5],
    }),
    fus('extensor-carpi-ulnaris', 1, [at('humerus.lateral-epicondyle', 0.004, -0.006, -0.006), fo(0.3, -0.008, -0.02), fo(0.7, -0.016, -0.014), g('mc5.base')], 0.015, 0.009, {
      conform: 0.004, belly: 0.32, meshEdge: 0.004, tendon: [0.06, 0.4],
    }),
    fus('supinator', 3, [at('humerus.lateral-epicondyle', 0.006, -0.008, -0.004), fo(0.1, 0.01, -0.012), fo(0.16, 0.022, -0.004), fo(0.26, 0.018, 0.01)], 0.013, 0.006, {
      tendon: [0.05, 0.05],
    }),
    fus('pronator-teres', 1, [at('humerus.medial-epicondyle', -0.002, 0.006, 0.006), fo(0.18, -0.004, 0.018), fo(0.42, 0.018, 0.008)], 0.017, 0.0095, {
      conform: 0.005, tendon: [0.05, 0.15],
    }),
    fus('flexor-carpi-radialis', 1, [at('humerus.medial-epicondyle', -0.002, -0.004, 0.006), fo(0.3, 0.0, 0.02), fo(0.7, 0.01, 0.016), hp(0.03, 0.018, 0.006)], 0.016, 0.0095, {
      conform: 0.004, belly: 0.3, meshEdge: 0.004, tendon: [0.05, 0.5],
    }),
    fus('flexor-carpi-ulnaris', 1, [at('humerus.medial-epicondyle', 0.0, -0.006, -0.004), fo(0.3, -0.02, 0.008), fo(0.7, -0.02, 0.008), hp(0.015, -0.024, 0.008)], 0.018, 0.0105, {
      conform: 0.004, belly: 0.35, meshEdge: 0.004, tendon: [0.05, 0.3],
    }),
    fus('flexor-digitorum-superficialis', 2, [at('humerus.medial-epicondyle', -0.004, -0.01, 0.004), fo(0.35, -0.006, 0.014), fo(0.75, -0.002, 0.012), hp(0.04, 0.0, 0.008), hp(0.075, 0.0, 0.008)], 0.021, 0.01, {
      conform: 0.009, belly: 0.38, meshEdge: 0.004, tendon: [0.06, 0.45],
    }),
    fus('adductor-pollicis', 2, [hp(0.072, 0.002, 0.006), hp(0.06, 0.022, 0.008), hp(0.064, 0.042, 0.012)], 0.009, 0.0045, { tendon: [0.05, 0.1] }),
    fus('first-dorsal-interosseous', 1, [hp(0.028, 0.032, -0.002), hp(0.058, 0.042, -0.002), hp(0.09, 0.036, 0.0)], 0.0075, 0.006, {
      conform: 0.003, tendon: [0.05, 0.15],
    }),
  ];
};
