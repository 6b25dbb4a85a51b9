// Determinism of the generator's building blocks: the bony points, the muscle table and one
// meshed muscle come out identical on two runs. (CI additionally regenerates the whole model
// with scripts/model/check-committed.ts and compares bytes with the committed files.)
import { describe, expect, it } from 'vitest';
import { buildBodySdf } from '../../scripts/model/body-sdf';
import { buildMuscle } from '../../scripts/model/anatomy/muscle-build';
import { muscleTable } from '../../scripts/model/anatomy/muscle-table';
import { meshPart } from '../../scripts/model/anatomy/mesh-part';
import { buildPoints } from '../../scripts/model/anatomy/skeleton-points';

const build = async () => {
  const sdf = buildBodySdf();
  const P = buildPoints(sdf);
  const table = muscleTable(P);
  const def = table.find((m) => m.id === 'levator-scapulae');
  if (!def) throw new Error('no levator-scapulae');
  const mesh = await meshPart(buildMuscle(sdf, def).sdf, 0.004, 1e-4, 50, 400);
  return { points: P.entries(), ids: table.map((m) => m.id), mesh };
};

describe('generator determinism', () => {
  it('builds the same points, table and mesh twice', async () => {
    const a = await build();
    const b = await build();
    expect(b.points).toEqual(a.points);
    expect(b.ids).toEqual(a.ids);
    expect(Buffer.from(b.mesh.pos.buffer).equals(Buffer.from(a.mesh.pos.buffer))).toBe(true);
    expect(Buffer.from(b.mesh.tri.buffer).equals(Buffer.from(a.mesh.tri.buffer))).toBe(true);
  });
});
