/**
 * Landmark seeds of the head, neck and trunk: for each id a point inside the body and an outward
 * direction, both from the skeleton. landmarks.ts shoots a ray from the seed to the skin.
 * Invariant: midline seeds have x = 0 and a direction with x = 0, so they land on the midline.
 * Vertebral levels: L4 spinous process at the iliac crest (Tuffier's line); about 3.3 cm per lumbar
 * and 2.5 cm per thoracic level above it, which puts C7 at the survey's cervicale height.
 */
import { SKELETON as S } from './skeleton';
import type { Vec3 } from './vec';

export interface LandmarkSeed {
  id: string;
  name: string;
  from: Vec3;
  dir: Vec3;
}

const yL4 = S.yIliacCrest;
/** height of a spinous process: lumbar levels below L1, thoracic levels from T12 up */
export const spinousY = (level: string): number => {
  const n = Number(level.slice(1));
  if (level.startsWith('L')) return yL4 + (4 - n) * 0.033;
  if (level.startsWith('T')) return yL4 + 3 * 0.033 + 0.028 + (12 - n) * 0.025;
  return spinousY('T1') + 0.027; // C7
};

const c = S.craniumCentre;
const back: Vec3 = [0, 0, -1];
const front: Vec3 = [0, 0, 1];
const seed = (id: string, name: string, from: Vec3, dir: Vec3): LandmarkSeed => ({ id, name, from, dir });

export const HEAD_SEEDS: LandmarkSeed[] = [
  seed('vertex', 'Vertex (top of the head)', c, [0, 1, 0]),
  seed('glabella', 'Glabella (between the eyebrows)', [0, c[1] - 0.001, c[2]], front),
  seed('external-occipital-protuberance', 'External occipital protuberance', [0, c[1] - 0.04, c[2]], back),
  seed('mastoid-process', 'Mastoid process (behind the ear)', [-0.03, c[1] - 0.068, 0.012], [-1, -0.1, -0.45]),
  seed('tragus', 'Tragus (in front of the ear canal)', [-0.04, S.earR[1] - 0.004, 0.054], [-1, 0, 0]),
  seed('pterion', 'Pterion (temple, where four skull bones meet)', [-0.03, c[1] + 0.006, 0.085], [-1, 0, 0.15]),
  seed('zygomatic-arch', 'Zygomatic arch (cheekbone ridge in front of the ear)', [-0.03, S.earR[1] - 0.005, 0.07], [-1, 0, 0]),
  seed('mandibular-condyle', 'Mandibular condyle (jaw joint)', [-0.03, S.earR[1] - 0.012, 0.058], [-1, 0, 0]),
  seed('angle-of-mandible', 'Angle of the mandible', [-0.02, S.gonionR[1], S.gonionR[2] + 0.005], [-1, -0.6, -0.3]),
  seed('mental-protuberance', 'Mental protuberance (chin)', [0, S.chin[1], S.chin[2] - 0.04], [0, -0.2, 1]),
];

export const TRUNK_SEEDS: LandmarkSeed[] = [
  seed('c7-spinous-process', 'C7 spinous process (vertebra prominens)', [0, spinousY('C7'), 0.03], back),
  seed('suprasternal-notch', 'Suprasternal (jugular) notch', [0, S.ySternalNotch, 0.06], front),
  seed('sternoclavicular-joint', 'Sternoclavicular joint', [-0.025, S.ySternalNotch - 0.005, 0.06], front),
  seed('acromion', 'Acromion (tip of the shoulder)', [S.acromionR[0] + 0.01, S.acromionR[1] - 0.03, 0.02], [-0.3, 1, 0]),
  seed('coracoid-process', 'Coracoid process', [-0.14, S.yNipple + 0.11, 0.06], front),
  seed('superior-angle-of-scapula', 'Superior angle of the scapula', [-0.068, spinousY('T2'), 0], back),
  seed('root-of-spine-of-scapula', 'Root of the spine of the scapula', [-0.067, spinousY('T3'), 0], back),
  seed('inferior-angle-of-scapula', 'Inferior angle of the scapula', [-0.078, spinousY('T7'), 0], back),
];

export const ANTERIOR_TRUNK_SEEDS: LandmarkSeed[] = [
  seed('nipple', 'Nipple', [-0.095, S.yNipple, 0.05], front),
  seed('xiphoid-process', 'Xiphoid process', [0, S.yXiphoid, 0.05], front),
  seed('umbilicus', 'Umbilicus (navel)', [0, S.yNavel, 0.03], front),
  seed('t7-spinous-process', 'T7 spinous process', [0, spinousY('T7'), 0.02], back),
  seed('t12-spinous-process', 'T12 spinous process', [0, spinousY('T12'), 0.02], back),
  seed('l3-spinous-process', 'L3 spinous process', [0, spinousY('L3'), 0.02], back),
  seed('l5-spinous-process', 'L5 spinous process', [0, spinousY('L5'), 0.02], back),
  seed('psis', 'Posterior superior iliac spine (dimple)', [-0.04, S.yIliacCrest - 0.065, 0.0], back),
  seed('asis', 'Anterior superior iliac spine', [-0.115, S.yIliacCrest - 0.085, 0.04], [-0.2, 0, 1]),
  seed('iliac-crest-top', 'Highest point of the iliac crest', [-0.08, S.yIliacCrest, 0.02], [-1, 0, 0]),
  seed('pubic-tubercle', 'Pubic tubercle', [-0.025, S.yCrotch + 0.045, 0.03], front),
  seed('inguinal-midpoint', 'Midpoint of the inguinal ligament', [-0.07, S.yCrotch + 0.085, 0.03], [0, -0.3, 1]),
  seed('sacrum-center', 'Centre of the sacrum', [0, S.yIliacCrest - 0.12, 0.0], back),
  seed('coccyx-tip', 'Tip of the coccyx', [0, S.yCrotch + 0.035, 0.0], back),
];
