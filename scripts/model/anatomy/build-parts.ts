/**
 * Meshes every muscle and bone into GLB-ready parts: right side from the table, left side as the
 * exact mirror, midline bones meshed once across both sides. Resolution follows each part's
 * thinnest section; triangle targets follow surface area (see BUDGET).
 * Invariant: fixed order (muscle table order, then R before L; bones in definition order).
 */
import type { PartArrays } from '../glb';
import type { SdfNode } from '../sdf';
import { axialBones, type BoneParts } from './bones-axial';
import { limbBones } from './bones-limbs';
import { fibreAttributes, mirrorFibres } from './fibres';
import { mirrored, union } from './kit';
import { tendonOf, type BuiltMuscle } from './muscle-build';
import { meshPart, mirrorPart, type PartMesh } from './mesh-part';
import type { PointSet } from './points';
import { boneOf } from './skeleton-points';

/** surface area per triangle (m²) and clamps, per layer kind */
export const BUDGET = {
  muscle: { triArea: 7e-5, min: 120, max: 1400 },
  bone: { triArea: 1.1e-4, min: 80, max: 2200 },
} as const;

const arrays = (name: string, m: PartMesh, extra: Partial<PartArrays> = {}): PartArrays => ({
  name,
  positions: m.pos,
  normals: m.nrm,
  indices: m.tri,
  ...extra,
});

const round3 = (p: readonly number[]): number[] => p.map((x) => Math.round(x * 1000) / 1000);

export const meshMuscles = async (muscles: BuiltMuscle[]): Promise<PartArrays[]> => {
  const out: PartArrays[] = [];
  for (const m of muscles) {
    const edge = m.def.meshEdge ?? Math.min(0.009, Math.max(0.0028, m.minH * 0.9));
    const r = await meshPart(
      m.sdf,
      edge,
      BUDGET.muscle.triArea,
      BUDGET.muscle.min,
      BUDGET.muscle.max,
      m.def.cut,
    );
    const f = fibreAttributes(m, r.pos);
    const extras = {
      muscle: m.def.id,
      type: m.def.type,
      layer: m.def.layer,
      heads: m.def.heads.map((h) => h.name),
      tendon: tendonOf(m.def),
    };
    out.push(arrays(`muscle.${m.def.id}.R`, r, { ...f, extras: { ...extras, side: 'R' } }));
    const l = mirrorFibres(f);
    out.push(
      arrays(`muscle.${m.def.id}.L`, mirrorPart(r), { ...l, extras: { ...extras, side: 'L' } }),
    );
  }
  return out;
};

const edgeFor = (b: BoneParts): number => {
  const thin: Record<string, number> = {
    hand: 0.0024,
    foot: 0.0032,
    ribcage: 0.0045,
    scapula: 0.004,
    pelvis: 0.005,
    spine: 0.0045,
  };
  return thin[b.name] ?? 0.005;
};

/** surface area per triangle for a bone: the spine's thin processes collapse to flat fins (and
 * their tips, where muscles attach, go missing) at the common rate */
const triAreaFor = (b: BoneParts): number =>
  b.name === 'spine' ? BUDGET.bone.triArea * 0.45 : BUDGET.bone.triArea;

export const meshBones = async (
  P: PointSet,
  clip: (n: SdfNode) => SdfNode = (n) => n,
): Promise<PartArrays[]> => {
  const points = P.entries();
  const out: PartArrays[] = [];
  for (const b of [...axialBones(P), ...limbBones(P)]) {
    const node: SdfNode = clip(union(b.parts, b.k));
    const mine = points.filter(([n]) => boneOf(n) === b.name);
    const attach = (sign: number) =>
      Object.fromEntries(mine.map(([n, p]) => [n, round3([sign * p[0], p[1], p[2]])]));
    const edge = edgeFor(b);
    const t0 = performance.now();
    if (b.midline) {
      const r = await meshPart(
        mirrored(node),
        edge,
        triAreaFor(b),
        BUDGET.bone.min,
        BUDGET.bone.max * 1.6,
      );
      out.push(
        arrays(`bone.${b.name}`, r, { extras: { bone: b.name, attachmentsRight: attach(1) } }),
      );
    } else {
      const r = await meshPart(node, edge, triAreaFor(b), BUDGET.bone.min, BUDGET.bone.max);
      out.push(
        arrays(`bone.${b.name}.R`, r, {
          extras: { bone: b.name, side: 'R', attachments: attach(1) },
        }),
      );
      out.push(
        arrays(`bone.${b.name}.L`, mirrorPart(r), {
          extras: { bone: b.name, side: 'L', attachments: attach(-1) },
        }),
      );
    }
    if (process.env.MODEL_TIMING)
      console.log(`  bone ${b.name}: ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  }
  return out;
};
