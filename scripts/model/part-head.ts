/**
 * Head and neck surface: an egg-shaped cranium, then the face as the forms an anatomy figure
 * shows — brow ridges over eyes set in their sockets, cheekbones, a nose with bridge, tip and
 * alae, upper and lower lips, a mandible whose body narrows from the angle to the chin, and ears
 * with a rim and a hollow between the brow and the nose base. Right-side features are defined at
 * x < 0 only; the body SDF folds x → −|x| so they appear mirrored on the left.
 * Invariant: the top of the cranium is exactly at stature H (the vertex).
 */
import { capsule, ellipsoid, frameFrom, group, roundCone, sphere, type SdfNode } from './sdf';
import { SKELETON as S } from './skeleton';
import { add, type Vec3 } from './vec';

const c = S.craniumCentre;
const at = (dx: number, dy: number, dz: number): Vec3 => add(c, [dx, dy, dz]);
const eye = (dx: number, dy: number, dz: number): Vec3 => add(S.eyeR, [dx, dy, dz]);

/** The eye region: a soft socket under the brow, the eyeball, and the upper and lower lids. */
const eyeRegion = () => [
  { node: capsule(at(-0.007, -0.003, 0.105), at(-0.046, 0.0, 0.089), 0.0085), k: 0.012 },
  {
    node: ellipsoid(eye(0, 0.003, 0.019), [0.019, 0.0135, 0.0145]),
    k: 0.011,
    op: 'subtract' as const,
  },
  // the visible eye: an almond between the lids, the upper lid a fold over it
  { node: ellipsoid(eye(0, -0.001, -0.001), [0.0135, 0.0075, 0.0095]), k: 0.004 },
  { node: ellipsoid(eye(0, 0.0045, -0.002), [0.0145, 0.0055, 0.0098]), k: 0.003 },
];

/** Nose, lips (parted by a fine groove, which the meshed skin keeps) and chin on the midline. */
const midFace = () => [
  { node: roundCone(at(0, -0.015, 0.101), at(0, -0.056, 0.13), 0.0058, 0.0112), k: 0.008 },
  { node: sphere(at(-0.0135, -0.058, 0.114), 0.0085), k: 0.006 },
  { node: ellipsoid(at(0, -0.077, 0.1145), [0.022, 0.0078, 0.0105]), k: 0.008 },
  { node: ellipsoid(at(0, -0.0885, 0.1115), [0.0195, 0.008, 0.01]), k: 0.006 },
  {
    node: capsule(at(-0.02, -0.0825, 0.116), at(0, -0.0828, 0.124), 0.001),
    k: 0.002,
    op: 'subtract' as const,
  },
  { node: ellipsoid(S.chin, [0.021, 0.019, 0.017]), k: 0.014 },
];

export const head = (): SdfNode => {
  // the cranium is longer than wide and a little higher at the back (egg shape)
  const cranium = ellipsoid(c, [0.076, 0.097, 0.1]);
  const occiput = ellipsoid(at(0, 0.0, -0.035), [0.068, 0.08, 0.07]);
  const forehead = ellipsoid(at(0, 0.01, 0.04), [0.07, 0.08, 0.068]);
  // maxilla and cheeks under the orbits; the mouth region in front of the teeth below them
  const midface = ellipsoid(at(0, -0.052, 0.056), [0.056, 0.054, 0.064]);
  const mouth = ellipsoid(at(0, -0.09, 0.062), [0.04, 0.034, 0.056]);
  const cheekbone = ellipsoid(eye(-0.02, -0.02, -0.016), [0.014, 0.011, 0.02]);
  // mandible: ramus up from the angle, body narrowing forward to the chin
  const gon = add(S.gonionR, [0.008, 0.002, 0.004]);
  const ramus = roundCone(add(gon, [-0.002, 0.046, -0.004]), gon, 0.012, 0.0115);
  const jawBody = roundCone(gon, add(S.chin, [-0.016, 0.0, -0.012]), 0.0115, 0.0105);
  // ear: a tilted flat disc with a hollow (concha) and a lobe hanging lower
  const earFrame = frameFrom([0.15, 1, -0.25], [1, 0, 0]);
  const ear = ellipsoid(S.earR, [0.03, 0.0075, 0.019], earFrame);
  const concha = ellipsoid(add(S.earR, [-0.009, -0.004, 0.003]), [0.006, 0.011, 0.008]);
  const lobe = sphere(add(S.earR, [-0.002, -0.025, 0.004]), 0.0065);

  return group([
    { node: cranium, k: 0 },
    { node: occiput, k: 0.03 },
    { node: forehead, k: 0.03 },
    { node: midface, k: 0.03 },
    { node: mouth, k: 0.02 },
    { node: cheekbone, k: 0.02 },
    { node: ramus, k: 0.02 },
    { node: jawBody, k: 0.018 },
    ...eyeRegion(),
    ...midFace(),
    { node: ear, k: 0.006 },
    { node: concha, k: 0.003, op: 'subtract' },
    { node: lobe, k: 0.004 },
  ]);
};

export const neck = (): SdfNode =>
  group([
    { node: roundCone(S.neckBase, S.neckTop, 0.058, 0.05), k: 0 },
    // sternocleidomastoid ridges from the mastoid, behind and below the ear (not out at the ear,
    // where it would read as a column down the side of the face), to the sternal notch
    {
      node: capsule(
        add(S.earR, [0.02, -0.034, -0.012]),
        [-0.016, S.ySternalNotch + 0.01, 0.105],
        0.013,
      ),
      k: 0.02,
    },
  ]);
