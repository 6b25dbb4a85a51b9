/**
 * All named bony points of the model (axial, ribs, limbs) and which bone carries each, so the
 * GLB can list every bone's attachment points in its node extras.
 * Invariant: every point name maps to exactly one bone name used in bones-*.ts.
 */
import type { BodySdf } from '../body-sdf';
import { PointSet } from './points';
import { addAxialPoints } from './points-axial';
import { addLimbPoints } from './points-limbs';
import { addRibPoints } from './points-ribs';

export const buildPoints = (sdf: BodySdf): PointSet => {
  const P = new PointSet();
  addAxialPoints(sdf, P);
  addRibPoints(sdf, P);
  addLimbPoints(sdf, P);
  return P;
};

const OWNER: [RegExp, string][] = [
  [/^(occiput|mastoid|temporal|frontal|vertex|zygomatic|pterygoid|sphenoid)\./, 'skull'],
  [/^(occiput|mastoid|vertex)/, 'skull'],
  [/^mandible\./, 'mandible'],
  [/^[ctl]\d+\./, 'spine'],
  [/^(rib\d+|sternum|xiphoid)/, 'ribcage'],
  [/^(sacrum|coccyx|iliac|acetabulum|pubic|ischial)/, 'pelvis'],
  [/^clavicle\./, 'clavicle'],
  [/^(acromion|scapula|coracoid)/, 'scapula'],
  [/^humerus\./, 'humerus'],
  [/^radius\./, 'radius'],
  [/^ulna\./, 'ulna'],
  [/^(carpus|mc\d|finger|thumb)/, 'hand'],
  [/^femur\./, 'femur'],
  [/^patella/, 'patella'],
  [/^(tibia|interosseous)/, 'tibia'],
  [/^fibula\./, 'fibula'],
  [/^(calcaneus|talus|navicular|cuneiform|cuboid|mt\d|toe\d)/, 'foot'],
];

/** The bone that carries a named point. */
export const boneOf = (point: string): string => {
  const hit = OWNER.find(([re]) => re.test(point));
  if (!hit) throw new Error(`no bone carries point ${point}`);
  return hit[1];
};
