/**
 * Skull and mandible as signed distance parts (right half; the midline bones are mirrored): the
 * cranial vault, a face skeleton with the orbits and the pear-shaped nasal aperture carved out of
 * it, brow ridges, cheekbones with the zygomatic arches running back to the ear, the maxilla with
 * its rows of teeth, the mastoid process; a mandible with condyle, coronoid process, a flat ramus
 * meeting the body at the angle, and a body that narrows forward to the chin.
 * Invariant: every named skull and mandible point (points-axial.ts) lies in or within 1.5 cm of its
 * bone; the orbits are centred on the eyes of the skeleton, so the skin's eye sockets lie over them.
 */
import { ellipsoid, group, sphere, type SdfNode } from '../sdf';
import { SKELETON as S } from '../skeleton';
import { add, type Vec3 } from '../vec';
import { plate, rod } from './kit';
import type { PointSet } from './points';

export const skullParts = (P: PointSet): SdfNode[] => {
  const g = (n: string) => P.get(n);
  const at = (n: string, x: number, y: number, z: number) => P.at(n, x, y, z);
  const cc = (dx: number, dy: number, dz: number): Vec3 => add(S.craniumCentre, [dx, dy, dz]);
  const eye = (dx: number, dy: number, dz: number): Vec3 => add(S.eyeR, [dx, dy, dz]);
  const u = (node: SdfNode, k: number) => ({ node, k });
  const carve = (node: SdfNode, k: number) => ({ node, k, op: 'subtract' as const });
  const skull = group([
    // cranial vault: egg shape, fuller at the back and over the forehead
    u(ellipsoid(cc(0, 0.004, 0.0), [0.07, 0.088, 0.097]), 0),
    u(ellipsoid(cc(0, 0.0, -0.035), [0.064, 0.074, 0.068]), 0.012),
    u(ellipsoid(cc(0, 0.012, 0.036), [0.064, 0.074, 0.068]), 0.012),
    // face skeleton under the forehead: orbital block, then the maxilla narrowing to the teeth
    u(ellipsoid(eye(0.032, 0.0, -0.016), [0.054, 0.026, 0.026]), 0.012),
    u(ellipsoid(cc(0, -0.066, 0.068), [0.04, 0.028, 0.038]), 0.014),
    u(rod([eye(-0.004, 0.017, 0.006), eye(0.026, 0.016, 0.014)], 0.0055), 0.008),
    // cheekbone and arch back to the root in front of the ear
    u(ellipsoid(eye(-0.014, -0.022, -0.014), [0.009, 0.011, 0.012]), 0.012),
    u(
      rod(
        [
          eye(-0.02, -0.024, -0.026),
          g('zygomatic.arch'),
          at('mandible.condyle', -0.008, 0.01, 0.006),
        ],
        0.0045,
        0.004,
        0.55,
      ),
      0.006,
    ),
    // rows of teeth on the alveolar arch
    u(
      rod([cc(-0.027, -0.086, 0.047), cc(-0.019, -0.088, 0.09), cc(0, -0.09, 0.101)], 0.0045),
      0.004,
    ),
    u(sphere(at('mastoid', 0.004, 0.008, 0.0), 0.009), 0.008),
    // orbits, nasal aperture and a dip at the temporal fossa
    carve(ellipsoid(eye(0, 0.001, 0.012), [0.0175, 0.016, 0.03]), 0.004),
    carve(ellipsoid(cc(0, -0.052, 0.112), [0.0105, 0.016, 0.026]), 0.004),
    carve(ellipsoid(cc(-0.083, 0.0, 0.055), [0.02, 0.03, 0.035]), 0.012),
  ]);
  return [skull];
};

export const mandibleParts = (P: PointSet): SdfNode[] => {
  const g = (n: string) => P.get(n);
  const at = (n: string, x: number, y: number, z: number) => P.at(n, x, y, z);
  const chin = g('mandible.chin');
  // body: a plate between the alveolar border (with the lower teeth) and the base, angle to chin
  const top = [
    at('mandible.angle', 0.012, 0.024, 0.03),
    at('mandible.angle', 0.02, 0.026, 0.064),
    at('mandible.chin', -0.02, 0.032, -0.014),
    at('mandible.chin', 0, 0.032, -0.008),
  ];
  const base = [
    at('mandible.angle', 0.004, 0, 0),
    at('mandible.angle', 0.014, -0.004, 0.058),
    at('mandible.chin', -0.02, -0.002, -0.01),
    at('mandible.chin', 0, -0.002, 0),
  ];
  const inside: Vec3 = add(chin, [0, 0.01, -0.07]);
  return [
    // the ramus's thick posterior border, flattened side to side (a plate's edge, not a bar
    // standing out under the masseter)
    rod(
      [g('mandible.condyle'), g('mandible.ramus-mid'), g('mandible.angle')],
      0.006,
      0.0065,
      0.5,
      at('mandible.ramus-mid', 0.06, 0, 0),
    ),
    rod([g('mandible.coronoid'), at('mandible.ramus-mid', 0.002, -0.01, 0.014)], 0.0045),
    ...plate(
      [
        [g('mandible.condyle'), g('mandible.ramus-mid'), g('mandible.angle')],
        [
          g('mandible.coronoid'),
          at('mandible.ramus-mid', 0.002, -0.012, 0.016),
          at('mandible.angle', 0.004, 0.016, 0.03),
        ],
      ],
      0.003,
      4,
      add(chin, [0.03, 0.03, -0.06]),
    ),
    ...plate([top, base], 0.0034, 4, inside),
    rod(top, 0.004, 0.004, 1),
    rod(base, 0.0055, 0.006, 1),
    ellipsoid(add(chin, [0, 0.002, -0.004]), [0.012, 0.01, 0.007]),
  ];
};
