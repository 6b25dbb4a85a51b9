// Contract tests of the muscle layer of public/models/body.glb: a node per data muscle per side,
// the full atlas list, fibre attributes, left = mirror of right, muscles under the skin, and the
// depth order of layered muscles. Muscle ids come from data/muscles/*.json file names.
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { nearestOnMesh, readBodyGlb, type BodyGlb, type MeshData } from '../../scripts/lib/body-glb';
import { MUSCLE_IDS } from '../../scripts/model/anatomy/muscle-table';

let body: BodyGlb;
beforeAll(async () => {
  body = await readBodyGlb('public/models/body.glb');
});

const dataIds = readdirSync('data/muscles')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

const muscle = (id: string, side: 'R' | 'L' = 'R'): MeshData => {
  const m = body.muscles.get(`muscle.${id}.${side}`);
  if (!m) throw new Error(`no node muscle.${id}.${side}`);
  return m;
};

/** mean depth of a muscle's vertices under the skin (metres), every 7th vertex */
const meanDepth = (m: MeshData): number => {
  let s = 0;
  let n = 0;
  for (let i = 0; i < m.positions.length; i += 3 * 7) {
    s += nearestOnMesh(body.skin, [m.positions[i] ?? 0, m.positions[i + 1] ?? 0, m.positions[i + 2] ?? 0]).distance;
    n++;
  }
  return s / n;
};

describe('muscle nodes', () => {
  it('has a node on both sides for every muscle in data/muscles', () => {
    expect(dataIds.length).toBeGreaterThan(0);
    for (const id of dataIds) {
      expect(body.muscles.has(`muscle.${id}.R`), `muscle.${id}.R`).toBe(true);
      expect(body.muscles.has(`muscle.${id}.L`), `muscle.${id}.L`).toBe(true);
    }
  });

  it('covers the whole atlas muscle list (79 muscles, 158 nodes)', () => {
    expect(MUSCLE_IDS).toHaveLength(79);
    expect(body.muscles.size).toBe(158);
    for (const id of MUSCLE_IDS) expect(body.muscles.has(`muscle.${id}.R`), id).toBe(true);
  });

  it('carries fibre coordinates: TEXCOORD_0 in [0, 1] and a unit _FIBER', () => {
    for (const [name, m] of body.muscles) {
      expect(m.uv, name).toBeDefined();
      expect(m.fiber, name).toBeDefined();
      for (const x of m.uv ?? []) expect(x >= 0 && x <= 1, name).toBe(true);
      const f = m.fiber ?? new Float32Array();
      for (let i = 0; i < f.length; i += 3 * 11) expect(Math.hypot(f[i] ?? 0, f[i + 1] ?? 0, f[i + 2] ?? 0), name).toBeCloseTo(1, 1);
      expect(m.extras.muscle, name).toBe(name.split('.')[1]);
    }
  });

  it('mirrors the right side onto the left (x → −x)', () => {
    // vertex order differs per node (the encoder reorders for compression): compare extents
    const extent = (p: Float32Array, sign: number) => {
      const lo = [Infinity, Infinity, Infinity];
      const hi = [-Infinity, -Infinity, -Infinity];
      for (let i = 0; i < p.length; i += 3) {
        const v = [sign * (p[i] ?? 0), p[i + 1] ?? 0, p[i + 2] ?? 0];
        for (let k = 0; k < 3; k++) {
          lo[k] = Math.min(lo[k] ?? 0, v[k] ?? 0);
          hi[k] = Math.max(hi[k] ?? 0, v[k] ?? 0);
        }
      }
      return [...lo, ...hi];
    };
    for (const id of MUSCLE_IDS) {
      const r = muscle(id, 'R');
      const l = muscle(id, 'L');
      expect(l.triangleCount, id).toBe(r.triangleCount);
      const er = extent(r.positions, 1);
      const el = extent(l.positions, -1);
      // mirrored min/max swap in x
      expect(el[3], id).toBeCloseTo(er[3] ?? 0, 3);
      er.slice(1, 3).forEach((v, k) => expect(el[k + 1], id).toBeCloseTo(v, 3));
    }
  });

  it('keeps every muscle under the skin', () => {
    for (const id of MUSCLE_IDS) {
      const p = muscle(id).positions;
      for (let i = 0; i < p.length; i += 3 * 5) {
        const hit = nearestOnMesh(body.skin, [p[i] ?? 0, p[i + 1] ?? 0, p[i + 2] ?? 0]);
        if (!hit.inside) expect(hit.distance, `${id} pokes through the skin`).toBeLessThan(0.002);
      }
    }
  });

  it('layers deep muscles under superficial ones', () => {
    const pairs: [string, string][] = [
      ['soleus', 'gastrocnemius'],
      ['gluteus-minimus', 'gluteus-medius'],
      ['gluteus-medius', 'gluteus-maximus'],
      ['scalenes', 'sternocleidomastoid'],
      ['levator-scapulae', 'upper-trapezius'],
      ['rhomboids', 'middle-trapezius'],
      ['supraspinatus', 'upper-trapezius'],
      ['pectoralis-minor', 'pectoralis-major'],
      ['brachialis', 'biceps-brachii'],
      ['vastus-intermedius', 'rectus-femoris'],
      ['semimembranosus', 'semitendinosus'],
      ['tibialis-posterior', 'soleus'],
      ['splenius-capitis', 'upper-trapezius'],
      ['semispinalis-capitis', 'splenius-capitis'],
      ['multifidi', 'longissimus'],
      ['iliopsoas', 'rectus-abdominis'],
    ];
    for (const [deep, superficial] of pairs) {
      expect(meanDepth(muscle(deep)), `${deep} under ${superficial}`).toBeGreaterThan(meanDepth(muscle(superficial)));
    }
  });
});
