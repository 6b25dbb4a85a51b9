/**
 * Axial skeleton and girdles as signed distance parts: skull, mandible, spine, ribcage with
 * sternum, pelvis with sacrum (midline bones, built for the right side and mirrored), and the
 * clavicle and scapula (paired). Simplified forms, anatomically placed on the named points; the
 * skull and mandible are built in bones-skull.ts.
 */
import { ellipsoid, sphere, type SdfNode } from '../sdf';
import { SKELETON as S } from '../skeleton';
import { add, type Vec3 } from '../vec';
import { plate, rod, union } from './kit';
import type { PointSet } from './points';
import { LUMBAR, THORACIC } from './points-axial';
import { mandibleParts, skullParts } from './bones-skull';

export interface BoneParts {
  name: string;
  midline: boolean;
  parts: SdfNode[];
  /** blend width between parts */
  k: number;
}

export const axialBones = (P: PointSet): BoneParts[] => {
  const g = (n: string) => P.get(n);
  const at = (n: string, x: number, y: number, z: number) => P.at(n, x, y, z);
  const skull = skullParts(P);
  const mandible = mandibleParts(P);
  const spine: SdfNode[] = [];
  const levels = [
    ...[1, 2, 3, 4, 5, 6, 7].map((k) => `c${k}`),
    ...THORACIC.map((k) => `t${k}`),
    ...LUMBAR.map((k) => `l${k}`),
  ];
  levels.forEach((lv, i) => {
    const r = 0.009 + (0.011 * i) / (levels.length - 1);
    const body = g(`${lv}.body`);
    // behind the body the pedicle and lamina curve round to the base of the spinous process; with
    // the mirrored half they close the vertebral arch around the canal
    const base = add(body, [0, 0, -r - 0.013]);
    // one node per vertebra, so the spine's union skips whole vertebrae far from the query
    spine.push(
      union(
        [
          ellipsoid(body, [r * 1.15, r * 0.85, r]),
          rod(
            [add(body, [-r * 0.55, 0, -r * 0.75]), add(body, [-r * 0.6, 0, -r - 0.007]), base],
            0.0035,
            0.0035,
          ),
          // the spinous process: a blade, tall and thin from side to side
          rod([base, g(`${lv}.spinous`)], 0.0055, 0.004, 0.5),
          rod([add(body, [-r * 0.6, 0, -r - 0.004]), g(`${lv}.transverse`)], 0.004, 0.0035),
        ],
        0.004,
      ),
    );
  });
  const ribcage: SdfNode[] = [];
  const chest: Vec3 = [0, S.yNipple, 0.04];
  for (let k = 1; k <= 12; k++) {
    const pts = ['head', 'angle', 'lateral', 'front', 'end'].map((p) => g(`rib${k}.${p}`));
    ribcage.push(rod(pts, 0.005, k > 10 ? 0.0035 : 0.0055, 0.7, chest));
  }
  // costal cartilages of ribs 7–10 joined in the costal margin
  ribcage.push(
    rod([g('rib7.end'), g('rib8.end'), g('rib9.end'), g('rib10.end')], 0.005, 0.004, 0.7, chest),
  );
  ribcage.push(
    rod(
      [at('sternum.notch', 0, -0.004, -0.004), g('sternum.angle'), g('sternum.body'), g('xiphoid')],
      0.017,
      0.007,
      0.3,
      [0, S.yNipple, -0.2],
    ),
  );
  const crest = [
    g('iliac.asis'),
    g('iliac.crest-front'),
    g('iliac.crest-top'),
    g('iliac.crest-back'),
    g('iliac.psis'),
  ];
  const ac = at('acetabulum', 0.004, 0.0, 0.0);
  const pelvis: SdfNode[] = [
    rod(crest, 0.006, 0.007),
    // the iliac wing, thick enough to mesh without holes; spines and tuberosities as knobs
    ...plate(
      crest.map((p) => [at('acetabulum', 0.01, 0.03, -0.005), p]),
      0.0048,
      12,
      add(ac, [0.09, 0.04, 0]),
    ),
    ellipsoid(ac, [0.022, 0.026, 0.024]),
    sphere(g('iliac.asis'), 0.008),
    // the anterior border of the ilium, from the superior down to the inferior spine
    rod([g('iliac.asis'), g('iliac.aiis')], 0.006, 0.007),
    sphere(g('iliac.psis'), 0.009),
    ellipsoid(g('ischial.tuberosity'), [0.012, 0.018, 0.012]),
    // the body of the pubis stands about 4 cm tall beside the symphysis: the superior ramus joins
    // its upper corner and the inferior ramus leaves its lower one, so from the front the two
    // rami frame the obturator foramen instead of crossing at a point
    ellipsoid(at('pubic.symphysis', -0.012, 0.0, -0.005), [0.012, 0.021, 0.008]),
    rod(
      [
        ac,
        g('pubic.superior-ramus'),
        at('pubic.tubercle', 0, 0.002, -0.008),
        at('pubic.symphysis', -0.007, 0.014, -0.002),
      ],
      0.008,
      0.006,
    ),
    sphere(at('pubic.tubercle', 0.001, 0, -0.004), 0.005),
    rod(
      [
        at('pubic.symphysis', -0.008, -0.016, -0.006),
        g('pubic.ramus-inferior'),
        g('ischial.tuberosity'),
      ],
      0.006,
      0.009,
    ),
    rod([ac, g('ischial.spine'), g('ischial.tuberosity')], 0.011, 0.01),
    ...plate(
      [
        [at('sacrum.top', -0.05, -0.005, -0.02), g('sacrum.lateral'), at('coccyx', -0.004, 0, 0)],
        [g('sacrum.top'), g('sacrum.back'), g('coccyx')],
      ],
      0.008,
      3,
      [0, 0.95, 0.15],
    ),
    rod([g('iliac.psis'), at('sacrum.lateral', 0.004, 0.02, 0.01)], 0.009),
  ];
  const clavicle = [
    rod(
      [
        g('clavicle.medial'),
        g('clavicle.mid'),
        g('clavicle.lateral'),
        at('acromion', 0.012, -0.002, 0.004),
      ],
      0.007,
      0.006,
      0.75,
    ),
  ];
  const back: Vec3 = [-0.05, 1.36, 0.2];
  const scapula: SdfNode[] = [
    ...plate(
      [
        [
          g('scapula.neck'),
          at('scapula.supraspinous', 0.0, 0.005, 0.004),
          g('scapula.superior-angle'),
        ],
        [g('scapula.neck'), at('scapula.spine-mid', 0.01, -0.01, 0.006), g('scapula.spine-root')],
        [g('scapula.neck'), g('scapula.infraspinous'), g('scapula.medial-mid')],
        [g('scapula.infraglenoid'), g('scapula.lateral-border'), g('scapula.inferior-angle')],
      ],
      0.0028,
      8,
      back,
    ),
    rod([g('scapula.spine-root'), g('scapula.spine-mid'), g('acromion')], 0.005, 0.007, 0.8),
    ellipsoid(g('acromion'), [0.015, 0.005, 0.013]),
    rod([g('scapula.neck'), at('coracoid', 0.01, 0.016, -0.02), g('coracoid')], 0.006, 0.005),
    ellipsoid(g('scapula.glenoid'), [0.006, 0.017, 0.012]),
    rod(
      [g('scapula.infraglenoid'), g('scapula.lateral-border'), g('scapula.inferior-angle')],
      0.005,
      0.004,
    ),
  ];
  return [
    { name: 'skull', midline: true, parts: skull, k: 0.012 },
    { name: 'mandible', midline: true, parts: mandible, k: 0.006 },
    { name: 'spine', midline: true, parts: spine, k: 0.004 },
    { name: 'ribcage', midline: true, parts: ribcage, k: 0.004 },
    { name: 'pelvis', midline: true, parts: pelvis, k: 0.008 },
    { name: 'clavicle', midline: false, parts: clavicle, k: 0.004 },
    { name: 'scapula', midline: false, parts: scapula, k: 0.006 },
  ];
};
