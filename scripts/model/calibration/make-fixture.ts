/**
 * One-off tool: reads the calibration table (../shared/reference/muscle-geometry.json, outside the
 * project) and writes tests/model/fixtures/reference-muscles.json with what the calibration needs
 * for each atlas muscle present there: area-weighted centroid and principal axis, combining the
 * reference parts that make up one atlas muscle (e.g. psoas major + iliacus = iliopsoas) by exact
 * second moments. Tests and the calibration report read only the fixture.
 * Usage: npx tsx scripts/model/calibration/make-fixture.ts [path-to-muscle-geometry.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { principalAxis, type Moments } from './moments';

interface RefMuscle {
  id: string;
  coverage: string;
  centroid: [number, number, number];
  principal_axes: { axis: [number, number, number]; sd: number }[];
  surface_area_cm2: number;
}

/** atlas muscle id → reference ids it is compared with, and a note on coverage */
const MAP: [string, string[], string][] = [
  ['temporalis', ['temporalis'], ''],
  ['masseter', ['masseter'], ''],
  ['sternocleidomastoid', ['sternocleidomastoid'], ''],
  ['levator-scapulae', ['levator-scapulae'], ''],
  ['splenius-capitis', ['splenius-capitis'], ''],
  ['scalenes', ['scalenus-anterior', 'scalenus-medius-and-posterior', 'scalenus-posterior'], 'three reference parts combined'],
  ['suboccipitals', ['rectus-capitis-posterior-major', 'rectus-capitis-posterior-minor', 'obliquus-capitis-inferior', 'obliquus-capitis-superior'], 'four reference muscles combined'],
  ['middle-trapezius+lower-trapezius', ['trapezius'], 'the reference trapezius is the middle and lower parts only'],
  ['rhomboids', ['rhomboid-major', 'rhomboid-minor'], 'major and minor combined'],
  ['supraspinatus', ['supraspinatus'], ''],
  ['infraspinatus', ['infraspinatus'], ''],
  ['teres-minor', ['teres-minor'], ''],
  ['teres-major', ['teres-major'], ''],
  ['subscapularis', ['subscapularis'], ''],
  ['serratus-anterior', ['serratus-anterior'], ''],
  ['pectoralis-major', ['pectoralis-major'], ''],
  ['pectoralis-minor', ['pectoralis-minor'], ''],
  ['deltoid', ['deltoid'], 'reference lacks the spinal (posterior) part'],
  ['brachialis', ['brachialis'], ''],
  ['triceps-brachii', ['triceps-brachii'], 'reference is the lateral head only'],
  ['supinator', ['supinator'], ''],
  ['iliocostalis', ['iliocostalis'], ''],
  ['longissimus', ['longissimus'], 'reference lacks longissimus capitis'],
  ['iliopsoas', ['psoas-major', 'iliacus'], 'psoas major and iliacus combined'],
  ['gluteus-maximus', ['gluteus-maximus'], ''],
  ['gluteus-medius', ['gluteus-medius'], ''],
  ['gluteus-minimus', ['gluteus-minimus'], ''],
  ['piriformis', ['piriformis'], ''],
  ['tensor-fasciae-latae', ['tensor-fasciae-latae'], ''],
  ['adductor-longus', ['adductor-longus'], ''],
  ['sartorius', ['sartorius'], ''],
  ['rectus-femoris', ['rectus-femoris'], ''],
  ['vastus-lateralis', ['vastus-lateralis'], ''],
  ['vastus-medialis', ['vastus-medialis'], ''],
  ['vastus-intermedius', ['vastus-intermedius'], ''],
  ['biceps-femoris', ['biceps-femoris'], ''],
  ['semitendinosus', ['semitendinosus'], ''],
  ['semimembranosus', ['semimembranosus'], ''],
  ['gastrocnemius', ['gastrocnemius'], ''],
  ['soleus', ['soleus'], ''],
  ['tibialis-anterior', ['tibialis-anterior'], ''],
];

const r4 = (x: number): number => Math.round(x * 10000) / 10000;

const main = (): void => {
  const src = process.argv[2] ?? '../shared/reference/muscle-geometry.json';
  const table = JSON.parse(readFileSync(src, 'utf8')) as { muscles: RefMuscle[] };
  const byId = new Map(table.muscles.map((m) => [m.id, m]));
  const entries = MAP.map(([id, refs, note]) => {
    const parts = refs.map((r) => {
      const m = byId.get(r);
      if (!m) throw new Error(`reference has no ${r}`);
      // covariance from the principal axes and their standard deviations
      const cov = [0, 1, 2].map((i) => [0, 1, 2].map((j) => m.principal_axes.reduce((s, a) => s + a.sd * a.sd * (a.axis[i] ?? 0) * (a.axis[j] ?? 0), 0)));
      return { area: m.surface_area_cm2, centroid: m.centroid, cov };
    });
    const total = parts.reduce((s, p) => s + p.area, 0);
    const c = [0, 1, 2].map((k) => parts.reduce((s, p) => s + p.area * (p.centroid[k] ?? 0), 0) / total) as [number, number, number];
    const dev = (p: { centroid: number[] }, k: number): number => (p.centroid[k] ?? 0) - (c[k] ?? 0);
    const cov = [0, 1, 2].map((i) => [0, 1, 2].map((j) => parts.reduce((s, p) => s + p.area * ((p.cov[i]?.[j] ?? 0) + dev(p, i) * dev(p, j)), 0) / total));
    const mom: Moments = { area: total, centroid: c, cov };
    const axis = principalAxis(mom);
    return { id, reference: refs, note, centroid: c.map(r4), axis: axis.map((x) => Math.round(x * 1000) / 1000) };
  });
  const out = {
    about: 'Reference centroids and principal axes (body frame, metres, right side) of the atlas muscles present in the calibration table; read by tests/model and scripts/model/calibration. Generated by scripts/model/calibration/make-fixture.ts.',
    attribution: 'Derived from the muscle-geometry measurement table, itself measured from Z-Anatomy (https://github.com/LluisV/Z-Anatomy), licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Changes: meshes measured, scaled and re-framed, reduced to summary statistics, parts combined by second moments; no geometry copied. This file is shared under CC BY-SA 4.0.',
    license: 'CC-BY-SA-4.0',
    muscles: entries,
  };
  writeFileSync('tests/model/fixtures/reference-muscles.json', `${JSON.stringify(out, null, 1)}\n`);
  console.log(`wrote ${entries.length} reference entries`);
};

main();
