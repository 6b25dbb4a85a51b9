// The optional sheet/fan fields of the muscle vocabulary (overlap, bulge, bulgeAt, intersections,
// samples, conformEdges, thickness, cut) and a spindle's facing:
// each changes only what it says, and a sheet without them is built exactly as before.
import { describe, expect, it } from 'vitest';
import type { BodySdf } from '../../scripts/model/body-sdf';
import { buildMuscle } from '../../scripts/model/anatomy/muscle-build';
import { fus, sheet, type Opts } from '../../scripts/model/anatomy/muscle-def';
import type { Vec3 } from '../../scripts/model/vec';

// a flat sheet 10 cm wide and 30 cm long in the plane z = 0, no skin to conform to
const flat = (() => 1) as unknown as BodySdf;
const edges: Vec3[][] = [
  [
    [-0.02, 0.9, 0],
    [-0.02, 1.05, 0],
    [-0.02, 1.2, 0],
  ],
  [
    [-0.12, 0.9, 0],
    [-0.12, 1.05, 0],
    [-0.12, 1.2, 0],
  ],
];
const make = (o: Opts) =>
  buildMuscle(flat, sheet('test-sheet', 1, edges, 0.006, { strands: 5, ...o }));
const maxOf = (xs: readonly number[]) => Math.max(...xs);

describe('sheet and fan options', () => {
  it('leaves a sheet without options unchanged by the defaults', () => {
    const a = make({});
    const b = make({ overlap: 0.7 });
    expect(b.strands.map((s) => s.w)).toEqual(a.strands.map((s) => s.w));
    expect(b.strands.map((s) => s.h)).toEqual(a.strands.map((s) => s.h));
  });

  it('widens strands with overlap and thickens the middle with bulge', () => {
    const base = make({});
    const wide = make({ overlap: 1 });
    expect(maxOf(wide.strands[2]?.w ?? [])).toBeGreaterThan(maxOf(base.strands[2]?.w ?? []));
    const lens = make({ bulge: 1.5 });
    expect(maxOf(lens.strands[2]?.h ?? [])).toBeCloseTo(maxOf(base.strands[2]?.h ?? []) * 1.5, 6);
    // the edge strands keep their thickness
    expect(lens.strands[0]?.h).toEqual(base.strands[0]?.h);
  });

  it('moves the thickest strand towards one border with bulgeAt', () => {
    const base = make({});
    const mid = make({ bulge: 1.5 });
    expect(make({ bulge: 1.5, bulgeAt: 0.5 }).strands.map((s) => s.h)).toEqual(
      mid.strands.map((s) => s.h),
    );
    const low = make({ bulge: 1.5, bulgeAt: 0.75 });
    const hmax = (k: number) => maxOf(low.strands[k]?.h ?? []);
    expect(hmax(3)).toBeCloseTo(maxOf(base.strands[3]?.h ?? []) * 1.5, 6);
    expect(hmax(2)).toBeLessThan(hmax(3));
    expect(hmax(1)).toBeLessThan(hmax(2));
    // the edge strands keep their thickness
    expect(low.strands[0]?.h).toEqual(base.strands[0]?.h);
    expect(low.strands[4]?.h).toEqual(base.strands[4]?.h);
  });

  it('thins the belly at tendinous intersections and samples paths as asked', () => {
    const m = make({ samples: 31, intersections: [1.05] });
    const s = m.strands[2];
    expect(s?.pts.length).toBe(31);
    const at = (y: number) => s?.h[(s?.pts ?? []).findIndex((p) => Math.abs(p[1] - y) < 1e-6)] ?? 0;
    expect(at(1.05)).toBeLessThan(at(1.0) * 0.5);
  });

  it('lays each edge of a conforming sheet at its own depth under the skin', () => {
    // skin = the plane z = 0, body behind it (z < 0)
    const plane = ((_x: number, _y: number, z: number) => z) as unknown as BodySdf;
    const m = buildMuscle(
      plane,
      sheet('test-sheet', 1, edges, 0.006, { strands: 5, conformEdges: [0.01, 0.03] }),
    );
    // a strand's axis lies its depth plus its half-thickness under the skin, mid-path
    const depth = (k: number) => {
      const s = m.strands[k];
      const i = Math.floor((s?.pts.length ?? 0) / 2);
      return -(s?.pts[i]?.[2] ?? 0) - (s?.h[i] ?? 0);
    };
    expect(depth(0)).toBeCloseTo(0.01, 4);
    expect(depth(2)).toBeCloseTo(0.02, 4);
    expect(depth(4)).toBeCloseTo(0.03, 4);
  });

  it('thickens a sheet along its fibres as asked', () => {
    const base = make({});
    const m = make({ thickness: [0.5, 2] });
    const s = m.strands[2];
    const b = base.strands[2];
    // thinner than the plain sheet at the origin, thicker at the insertion
    expect(s?.h[1] ?? 0).toBeLessThan(b?.h[1] ?? 0);
    expect(s?.h[12] ?? 0).toBeGreaterThan((b?.h[12] ?? 0) * 1.5);
  });

  it('cuts a muscle flat on its planes and nowhere else', () => {
    const whole = make({});
    // keep y ≤ 1.05: the upper half is gone, a flat face at y = 1.05
    const cut = make({ cut: [[[0, 1, 0], 1.05]] });
    expect(cut.sdf.dist(-0.07, 1.0, 0)).toBe(whole.sdf.dist(-0.07, 1.0, 0));
    expect(cut.sdf.dist(-0.07, 1.1, 0)).toBeCloseTo(0.05, 6);
    expect(cut.sdf.dist(-0.07, 1.05, 0)).toBeCloseTo(0, 6);
  });

  it("turns a ribbon's face steadily between facing stops", () => {
    // a ribbon straight down the y axis, facing +z at its origin and +x at its insertion
    const path: Vec3[] = [
      [0, 1.2, 0],
      [0, 1.05, 0],
      [0, 0.9, 0],
    ];
    const m = buildMuscle(
      flat,
      fus('test-ribbon', 1, path, 0.02, 0.005, {
        facing: [
          [0, 0, 1],
          [1, 0, 0],
        ],
      }),
    );
    const s = m.strands[0];
    const n = s?.nrm ?? [];
    expect(n[0]?.[2]).toBeCloseTo(1, 6);
    expect(n[n.length - 1]?.[0]).toBeCloseTo(1, 6);
    // halfway the face is turned by half the angle, not flipped
    const mid = n[Math.floor((n.length - 1) / 2)] ?? [0, 0, 0];
    expect(mid[0]).toBeGreaterThan(0.5);
    expect(mid[2]).toBeGreaterThan(0.5);
    // a single direction is used all along, as before
    const one = buildMuscle(flat, fus('test-ribbon', 1, path, 0.02, 0.005, { facing: [1, 0, 0] }));
    for (const v of one.strands[0]?.nrm ?? []) expect(v[0]).toBeCloseTo(1, 6);
  });
});
