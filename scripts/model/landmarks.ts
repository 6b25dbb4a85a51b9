/**
 * Anatomical surface landmarks: every seed (interior point + outward direction) is shot to the
 * SDF surface by bisection, then moved to the nearest point of the FINAL triangle mesh, whose
 * interpolated normal is recorded. Output order is the documented id order.
 * Invariants: each landmark lies on the written mesh (checked < 3 mm here, before writing);
 * midline landmarks have x = 0 exactly, right-side ones x < 0; rounding 0.1 mm / 0.001.
 */
import type { BodySdf } from './body-sdf';
import type { SkinArrays } from './glb';
import { ANTERIOR_TRUNK_SEEDS, HEAD_SEEDS, spinousY, TRUNK_SEEDS, type LandmarkSeed } from './landmark-defs-axial';
import { ARM_SEEDS, EXTRA_LIMB_SEEDS, LEG_SEEDS } from './landmark-defs-limbs';
import { createGrid, nearestInGrid } from './nearest';
import { SKELETON as S } from './skeleton';
import { add, normalize, scale, type Vec3 } from './vec';

export interface Landmark {
  id: string;
  name: string;
  position: [number, number, number];
  normal: [number, number, number];
}

const seed = (id: string, name: string, from: Vec3, dir: Vec3): LandmarkSeed => ({ id, name, from, dir });

/** Extras that sit on the head and trunk (the limb ones live with the limb seeds). */
const EXTRA_AXIAL: Record<string, LandmarkSeed> = Object.fromEntries(
  [
    seed('occiput-lateral', 'Occiput, 3–4 cm lateral of the protuberance', [-0.03, S.craniumCentre[1] - 0.035, 0.01], [-0.55, 0, -1]),
    seed('temporal-fossa-center', 'Centre of the temporal fossa (temple)', [-0.03, S.craniumCentre[1] + 0.012, 0.07], [-1, 0, 0]),
    seed('masseter-belly', 'Masseter belly (mid cheek over the jaw muscle)', [-0.03, S.gonionR[1] + 0.018, 0.075], [-1, 0, 0.1]),
    seed('lateral-abdomen', 'Lateral abdomen (flank at the waist)', [-0.05, S.yNavel + 0.02, 0.04], [-1, 0, 0]),
    seed('l1-spinous-process', 'L1 spinous process', [0, spinousY('L1'), 0.02], [0, 0, -1]),
    seed('gluteal-center', 'Centre of the buttock', [-0.07, S.yCrotch + 0.06, 0.0], [0, 0, -1]),
    seed('posterior-iliac-crest', 'Posterior iliac crest (between PSIS and the crest top)', [-0.08, S.yIliacCrest - 0.03, 0.0], [-0.6, 0, -1]),
    seed('mid-groin', 'Mid groin (femoral triangle)', [-0.08, S.yCrotch + 0.03, 0.03], [0, -0.2, 1]),
    seed('sacroiliac-joint', 'Sacroiliac joint (over the joint line)', [-0.035, S.yIliacCrest - 0.09, 0.0], [0, 0, -1]),
  ].map((s) => [s.id, s]),
);

/** Order of the extras in the file (after the core list). */
export const EXTRA_ORDER = [
  'occiput-lateral', 'temporal-fossa-center', 'masseter-belly', 'upper-trapezius-midpoint', 'mid-scapula',
  'posterior-deltoid', 'anterior-deltoid', 'lateral-deltoid', 'mid-biceps', 'mid-triceps', 'mid-forearm-dorsal',
  'mid-forearm-volar', 'thenar-eminence', 'lateral-abdomen', 'l1-spinous-process', 'gluteal-center',
  'posterior-iliac-crest', 'mid-groin', 'medial-thigh-mid', 'posterior-knee-crease-lateral', 'sacroiliac-joint',
  'lateral-calf-upper', 'plantar-forefoot', 'plantar-heel-medial',
] as const;

export const allSeeds = (): LandmarkSeed[] => {
  const extras = { ...EXTRA_AXIAL, ...EXTRA_LIMB_SEEDS };
  const ordered = EXTRA_ORDER.map((id) => {
    const s = extras[id];
    if (!s) throw new Error(`landmark seed missing: ${id}`);
    return s;
  });
  // core order: head, trunk, arm, front trunk and spine, pelvis and leg (as documented)
  return [...HEAD_SEEDS, ...TRUNK_SEEDS, ...ARM_SEEDS, ...ANTERIOR_TRUNK_SEEDS, ...LEG_SEEDS, ...ordered];
};

/** Ray from the seed to the SDF surface: step out until outside, then bisect. */
const shoot = (sdf: BodySdf, s: LandmarkSeed): Vec3 => {
  const d = normalize(s.dir);
  const at = (t: number): Vec3 => add(s.from, scale(d, t));
  const f = (t: number): number => {
    const p = at(t);
    return sdf(p[0], p[1], p[2]);
  };
  let lo = 0;
  // a seed that starts outside backs up along the ray until it is inside
  while (f(lo) > 0 && lo > -0.3) lo -= 0.002;
  if (f(lo) > 0) throw new Error(`landmark ${s.id}: seed is not inside the body`);
  let hi = lo;
  while (f(hi) <= 0 && hi < 0.5) hi += 0.002;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) <= 0) lo = mid;
    else hi = mid;
  }
  return at((lo + hi) / 2);
};

const round = (x: number, digits: number): number => {
  const r = Number(x.toFixed(digits));
  return Object.is(r, -0) ? 0 : r;
};

export const computeLandmarks = (sdf: BodySdf, skin: SkinArrays): Landmark[] => {
  const grid = createGrid(skin.positions, skin.indices);
  return allSeeds().map((s) => {
    const midline = s.from[0] === 0 && s.dir[0] === 0;
    const hit = shoot(sdf, s);
    const near = nearestInGrid(grid, skin.positions, skin.normals, skin.indices, [hit[0], hit[1], hit[2]]);
    const p = near.point;
    let nrm = near.normal;
    if (midline) nrm = normalize([0, nrm[1], nrm[2]]) as [number, number, number];
    const position: [number, number, number] = [midline ? 0 : round(p[0], 4), round(p[1], 4), round(p[2], 4)];
    const check = nearestInGrid(grid, skin.positions, skin.normals, skin.indices, position);
    if (check.distance > 0.003) throw new Error(`landmark ${s.id} is ${check.distance} m off the skin`);
    if (!midline && position[0] >= 0) throw new Error(`landmark ${s.id} is not on the right side`);
    return { id: s.id, name: s.name, position, normal: [round(nrm[0], 3), round(nrm[1], 3), round(nrm[2], 3)] };
  });
};

export const landmarksJson = (landmarks: Landmark[]): string => {
  const about =
    'Anatomical surface landmarks of the generated body model (body frame, metres). Generated by `npm run model`; do not edit by hand.';
  const lines = landmarks.map((l) => `    ${JSON.stringify(l)}`);
  return `{\n  "about": ${JSON.stringify(about)},\n  "landmarks": [\n${lines.join(',\n')}\n  ]\n}\n`;
};
