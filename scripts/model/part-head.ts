/**
 * Head and neck surface: an egg-shaped cranium, then the face as the forms an anatomy figure
 * shows — brow ridges over lidded eyes set in soft sockets, cheekbones over full cheeks, a nose
 * with bridge, tip and alae, upper and lower lips, a mandible whose body narrows from the angle to
 * a rounded chin, and ears with a rim and a hollow between the brow and the nose base.
 * Right-side features are defined at x < 0 only; the body SDF folds x → −|x| so they appear
 * mirrored on the left.
 * Invariant: the top of the cranium is exactly at stature H (the vertex).
 */
import { capsule, ellipsoid, frameFrom, group, roundCone, sphere, type SdfNode } from './sdf';
import { SKELETON as S } from './skeleton';
import { add, type Vec3 } from './vec';

const c = S.craniumCentre;
const at = (dx: number, dy: number, dz: number): Vec3 => add(c, [dx, dy, dz]);
const eye = (dx: number, dy: number, dz: number): Vec3 => add(S.eyeR, [dx, dy, dz]);
const mid = (y: number, z: number): Vec3 => [0, y, z];

const EY = S.eyeR[1];

/**
 * The eye: an eyeball whose lids are one shell a little larger than the ball, with the almond of
 * the palpebral fissure cut out of the shell, so the ball shows a millimetre behind the lid margins.
 * The margins are soft (blend 4 mm): sharper ones mesh as a serrated rim on the 2.5 mm head mesh.
 */
const eyeball = (): SdfNode =>
  group([
    { node: sphere(eye(0, 0, 0.0), 0.0138), k: 0 },
    {
      node: ellipsoid(eye(0.0005, -0.0012, 0.013), [0.0135, 0.0045, 0.006]),
      k: 0.004,
      op: 'subtract',
    },
    { node: sphere(eye(0, 0, 0), 0.0124), k: 0.002 },
  ]);

/**
 * Orbit: a soft hollow under the brow ridge and beside the nose root, shallow towards the cheek.
 * It sits high: hollowed as deep below the eye, the lower lid and the orbit floor faced up into
 * the light and the eye read as a pale blob.
 */
const eyeRegion = () => [
  {
    node: ellipsoid(
      eye(0.001, 0.007, 0.02),
      [0.019, 0.011, 0.014],
      frameFrom([1, -0.12, 0.25], [0, 1, 0]),
    ),
    k: 0.012,
    op: 'subtract' as const,
  },
  // supraorbital margin: the brow ridge arching over the socket, fading at its lateral end
  // (it stands about 1.5 cm ahead of the eyeball and blends tightly, so in profile it overhangs
  // the socket instead of melting into the forehead's curve)
  { node: roundCone(mid(EY + 0.012, 0.158), eye(-0.018, 0.013, 0.009), 0.0105, 0.007), k: 0.007 },
  { node: eyeball(), k: 0.004 },
];

/**
 * Nose: a straight bridge from the nasion to the tip lobule, the columella back to the lip, alae.
 * The tip stands about 2.2 cm ahead of the upper lip, as in an adult profile; less reads as a
 * mannequin's stub.
 */
const nose = () => [
  { node: roundCone(mid(EY + 0.004, 0.15), mid(EY - 0.036, 0.181), 0.005, 0.0062), k: 0.006 },
  // side walls from the bridge down to the alae
  { node: roundCone(eye(0.024, 0.0, 0.018), [-0.011, EY - 0.042, 0.161], 0.004, 0.006), k: 0.008 },
  // the base of the nose: one soft bar from ala to ala under the tip, then the tip lobule
  { node: ellipsoid(mid(EY - 0.0445, 0.162), [0.0175, 0.0062, 0.0085]), k: 0.006 },
  { node: ellipsoid(mid(EY - 0.0405, 0.1795), [0.0085, 0.0068, 0.0088]), k: 0.005 },
  { node: roundCone(mid(EY - 0.045, 0.177), mid(EY - 0.051, 0.163), 0.0045, 0.0045), k: 0.005 },
];

/** Lips in two halves each (cupid's bow, fuller middle), tapering into the corners; the chin. */
const lipTilt = (a: number): [Vec3, Vec3, Vec3] =>
  frameFrom([1, 0, 0], [0, Math.cos(a), Math.sin(a)]);
const mouth = () => [
  // the upper lip's vermilion faces forward and down, the lower lip's forward and up; the mouth
  // line is the notch where they meet, left by blending them tightly (a carved groove under the
  // mesh edge meshed as a row of teeth). The upper lip stands a little ahead of the lower.
  {
    node: ellipsoid([-0.005, EY - 0.0675, 0.155], [0.0185, 0.0052, 0.014], lipTilt(-0.4)),
    k: 0.005,
  },
  {
    node: ellipsoid([-0.004, EY - 0.0792, 0.1515], [0.019, 0.0065, 0.015], lipTilt(0.35)),
    k: 0.004,
  },
  // the tubercle in the middle of the upper lip, under the philtrum: the lip is fullest there
  { node: sphere(mid(EY - 0.0695, 0.1655), 0.0042), k: 0.004 },
  // the mentolabial sulcus: the soft hollow between the lower lip and the chin
  {
    node: ellipsoid(mid(EY - 0.09, 0.163), [0.016, 0.0035, 0.008]),
    k: 0.006,
    op: 'subtract' as const,
  },
  // the mouth corner, a small dimple where the lips meet the cheek
  { node: sphere([-0.0245, EY - 0.0725, 0.144], 0.0032), k: 0.005, op: 'subtract' as const },
  // the chin stands nearly as far forward as the lower lip
  { node: ellipsoid(add(S.chin, [0, 0, 0.006]), [0.022, 0.015, 0.013]), k: 0.016 },
  // the mental region beside the chin, filling the step from the chin's sides back to the jaw
  { node: ellipsoid(add(S.chin, [0, 0.002, -0.017]), [0.036, 0.016, 0.02]), k: 0.02 },
];

export const head = (): SdfNode => {
  // the cranium is longer than wide and a little higher at the back (egg shape)
  const cranium = ellipsoid(c, [0.076, 0.097, 0.1]);
  const occiput = ellipsoid(at(0, 0.0, -0.035), [0.068, 0.08, 0.07]);
  const forehead = ellipsoid(at(0, 0.01, 0.04), [0.07, 0.08, 0.068]);
  // maxilla and cheeks under the orbits; the mouth region in front of the teeth below them
  const midface = ellipsoid(at(0, -0.052, 0.056), [0.056, 0.054, 0.064]);
  const muzzle = ellipsoid(mid(EY - 0.068, 0.106), [0.046, 0.031, 0.054]);
  // the side of the face, one soft mass from under the cheekbone to the jaw (no hollow cheeks)
  const cheek = ellipsoid([-0.03, EY - 0.055, 0.094], [0.034, 0.046, 0.05]);
  // cheekbone: the zygoma's prominence and its arch running back towards the ear
  const cheekbone = roundCone(eye(-0.02, -0.02, -0.022), [-0.062, EY - 0.018, 0.05], 0.009, 0.006);
  // mandible: ramus up from the angle, body narrowing forward to the chin
  const gon = add(S.gonionR, [0.008, 0.002, 0.004]);
  const ramus = roundCone(add(gon, [-0.002, 0.046, -0.004]), gon, 0.011, 0.0115);
  const jawBody = roundCone(gon, add(S.chin, [-0.01, -0.006, -0.016]), 0.012, 0.013);
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
    { node: muzzle, k: 0.03 },
    { node: cheek, k: 0.02 },
    { node: cheekbone, k: 0.02 },
    { node: ramus, k: 0.02 },
    { node: jawBody, k: 0.025 },
    ...eyeRegion(),
    ...nose(),
    ...mouth(),
    { node: ear, k: 0.006 },
    { node: concha, k: 0.003, op: 'subtract' },
    { node: lobe, k: 0.004 },
  ]);
};

/**
 * Where the skin's triangle budget goes further than surface size alone would send it: the face,
 * from the brow to under the chin and forward of the ears, and the ears, whose forms are a few
 * millimetres.
 */
export const faceDetail = (x: number, y: number, z: number): number => {
  const clamp = (t: number): number => Math.min(1, Math.max(0, t));
  const front = (z - (S.earR[2] + 0.04)) / 0.03;
  const belowBrow = (EY + 0.047 - y) / 0.02;
  // down to under the chin only: the chest, the thighs and the toes are forward too
  const aboveNeck = (y - (S.chin[1] - 0.04)) / 0.01;
  const ear = (0.045 - Math.hypot(-Math.abs(x) - S.earR[0], y - S.earR[1], z - S.earR[2])) / 0.01;
  return Math.max(clamp(front) * clamp(belowBrow) * clamp(aboveNeck), clamp(ear));
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
