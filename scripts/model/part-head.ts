/**
 * Head and neck surface: an egg-shaped cranium, face mass, jaw and chin, nose, brow ridge,
 * cheekbones, lips and ears as simple forms. Right-side features are defined at x < 0 only; the
 * body SDF folds x → −|x| so they appear mirrored on the left.
 * Invariant: the top of the cranium is exactly at stature H (the vertex).
 */
import { capsule, ellipsoid, frameFrom, group, roundCone, sphere, type SdfNode } from './sdf';
import { SKELETON as S } from './skeleton';
import { add, type Vec3 } from './vec';

const c = S.craniumCentre;
const at = (dx: number, dy: number, dz: number): Vec3 => add(c, [dx, dy, dz]);

export const head = (): SdfNode => {
  // the cranium is longer than wide and a little higher at the back (egg shape)
  const cranium = ellipsoid(c, [0.076, 0.097, 0.1]);
  const occiput = ellipsoid(at(0, 0.0, -0.035), [0.068, 0.08, 0.07]);
  const forehead = ellipsoid(at(0, 0.01, 0.04), [0.07, 0.08, 0.068]);
  // face: maxilla/cheek block under the forehead
  const face = ellipsoid(at(0, -0.07, 0.06), [0.06, 0.062, 0.062]);
  const cheekR = ellipsoid(at(-0.047, -0.048, 0.066), [0.02, 0.016, 0.024]);
  // mandible: ramus + body from the angle to the chin
  const gon = S.gonionR;
  const ramus = roundCone(add(gon, [0.004, 0.05, -0.005]), gon, 0.014, 0.016);
  const jawBody = roundCone(gon, add(S.chin, [-0.022, 0.002, -0.008]), 0.017, 0.016);
  const chin = ellipsoid(S.chin, [0.026, 0.02, 0.018]);
  const lips = ellipsoid(at(0, -0.083, 0.114), [0.024, 0.011, 0.012]);
  // nose: bridge to tip, with two alae
  const nose = roundCone(at(0, -0.02, 0.113), at(0, -0.058, 0.137), 0.007, 0.011);
  const alaR = sphere(at(-0.013, -0.061, 0.122), 0.009);
  const brow = capsule(at(-0.04, -0.002, 0.1), at(0.04, -0.002, 0.1), 0.013);
  // eye sockets are carved under the brow, then the eyeballs put back
  const eyeR = S.eyeR;
  const socket = ellipsoid(add(eyeR, [0, 0.002, 0.012]), [0.018, 0.011, 0.011]);
  const eyeball = sphere(add(eyeR, [0, 0, -0.003]), 0.0125);
  // ear: a tilted flat disc with a rim; the lobe hangs lower
  const earFrame = frameFrom([0.15, 1, -0.25], [1, 0, 0]);
  const ear = ellipsoid(S.earR, [0.03, 0.008, 0.019], earFrame);
  const lobe = sphere(add(S.earR, [-0.002, -0.025, 0.004]), 0.007);

  return group([
    { node: cranium, k: 0 },
    { node: occiput, k: 0.03 },
    { node: forehead, k: 0.03 },
    { node: face, k: 0.03 },
    { node: cheekR, k: 0.03 },
    { node: ramus, k: 0.02 },
    { node: jawBody, k: 0.02 },
    { node: chin, k: 0.015 },
    { node: lips, k: 0.012 },
    { node: brow, k: 0.015 },
    { node: socket, k: 0.008, op: 'subtract' },
    { node: eyeball, k: 0.004 },
    { node: nose, k: 0.01 },
    { node: alaR, k: 0.008 },
    { node: ear, k: 0.006 },
    { node: lobe, k: 0.004 },
  ]);
};

export const neck = (): SdfNode =>
  group([
    { node: roundCone(S.neckBase, S.neckTop, 0.058, 0.05), k: 0 },
    // sternocleidomastoid ridges from behind the ear to the sternal notch
    {
      node: capsule(add(S.earR, [0.012, -0.03, -0.01]), [-0.016, S.ySternalNotch + 0.01, 0.105], 0.014),
      k: 0.02,
    },
  ]);
