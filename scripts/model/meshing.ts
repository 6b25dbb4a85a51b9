/**
 * Turns the body SDF into the right-half skin mesh: the trunk and limbs are meshed coarsely,
 * the head, the hand and the foot finely (faces, fingers and toes need it), each fine piece is cut
 * from the coarse mesh along a plane and zipped back in. Only the right half (x ≤ 0) is meshed;
 * the caller mirrors it, which makes the skin exactly symmetric and halves the work.
 * Invariant: every cut plane crosses the surface in a single loop (or a single midline-to-midline
 * arc for the head) inside its region box, and nothing else of the body enters that box.
 */
import Module from 'manifold-3d';
import type { BodySdf } from './body-sdf';
import { boundaryChain, clip, type Mesh } from './mesh-ops';
import { zip } from './mesh-zip';
import { SKELETON as S } from './skeleton';
import { add, dot, scale, sub, type Vec3 } from './vec';
import { FINGERS, fingerJoints, THUMB } from './part-hand';

type Box = { min: [number, number, number]; max: [number, number, number] };

export const EDGE = { body: 0.005, head: 0.0025, hand: 0.0016, foot: 0.003 } as const;
export const Y_HEAD = S.ySternalNotch + 0.085; // mid neck, under the chin, above the trapezius
export const Y_FOOT = 0.125; // above the malleoli

let wasmReady: ReturnType<typeof Module> | undefined;
export const manifold = async () => {
  wasmReady ??= Module().then((w) => {
    w.setup();
    return w;
  });
  return wasmReady;
};

const levelSet = async (sdf: BodySdf, box: Box, edge: number): Promise<Mesh> => {
  const wasm = await manifold();
  const solid = wasm.Manifold.levelSet((p) => -sdf(p[0], p[1], p[2]), box, edge, 0);
  const mesh = solid.getMesh();
  const pos: number[] = [];
  for (let i = 0; i < mesh.vertProperties.length; i += mesh.numProp) {
    pos.push(mesh.vertProperties[i] ?? 0, mesh.vertProperties[i + 1] ?? 0, mesh.vertProperties[i + 2] ?? 0);
  }
  const tri = Array.from(mesh.triVerts);
  solid.delete();
  return { pos, tri };
};

const inBox = (b: Box, x: number, y: number, z: number): boolean =>
  x >= b.min[0] && x <= b.max[0] && y >= b.min[1] && y <= b.max[1] && z >= b.min[2] && z <= b.max[2];

const keepRight = (m: Mesh): Mesh =>
  clip(m, (x) => -x, (p) => {
    p[0] = 0;
  });

const chainOn = (m: Mesh, side: (x: number, y: number, z: number) => number) =>
  boundaryChain(m, (i) => Math.abs(side(m.pos[3 * i] ?? 0, m.pos[3 * i + 1] ?? 0, m.pos[3 * i + 2] ?? 0)) < 1e-7);

const stitch = (coarse: Mesh, fine: Mesh, plane: (x: number, y: number, z: number) => number, ref: Vec3): Mesh => {
  const a = chainOn(coarse, plane);
  const b = chainOn(fine, plane);
  if (a.closed !== b.closed || a.chain.length < 3 || b.chain.length < 3) {
    throw new Error(`stitch: chains do not match (${a.chain.length}/${a.closed}, ${b.chain.length}/${b.closed})`);
  }
  return zip(coarse, a.chain, fine, b.chain, a.closed, ref);
};

/** Region box of the hand: every hand point padded, plus the forearm disc at the cut. */
const handRegion = (): { box: Box; origin: Vec3; normal: Vec3 } => {
  const normal = S.forearmDir;
  const origin = add(S.wristR, scale(normal, -0.035));
  const pts: Vec3[] = [origin, S.wristR, ...THUMB, ...FINGERS.flatMap((f) => fingerJoints(f))];
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const p of pts) {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] ?? 0, (p[k] ?? 0) - 0.045);
      max[k] = Math.max(max[k] ?? 0, (p[k] ?? 0) + 0.045);
    }
  }
  return { box: { min, max }, origin, normal };
};

export const meshRightHalf = async (sdf: BodySdf): Promise<Mesh> => {
  // coarse trunk and limbs, between the foot and head cuts
  let body = keepRight(
    await levelSet(sdf, { min: [-0.46, Y_FOOT - 0.02, -0.14], max: [0.02, Y_HEAD + 0.02, 0.28] }, EDGE.body),
  );
  const below = (_x: number, y: number): number => y - Y_FOOT;
  const above = (_x: number, y: number): number => Y_HEAD - y;
  const exactY = (y0: number) => (p: number[]) => {
    p[1] = y0;
  };
  body = clip(body, below, exactY(Y_FOOT));
  body = clip(body, above, exactY(Y_HEAD));

  const hr = handRegion();
  const handSide = (x: number, y: number, z: number): number => dot(sub([x, y, z], hr.origin), hr.normal);
  body = clip(body, (x, y, z) => (inBox(hr.box, x, y, z) ? -handSide(x, y, z) : 1));
  let handMesh = await levelSet(sdf, hr.box, EDGE.hand);
  handMesh = clip(handMesh, handSide);
  body = stitch(body, handMesh, handSide, [0, 0, 1]);

  let footMesh = await levelSet(sdf, { min: [-0.18, -0.01, -0.08], max: [-0.015, Y_FOOT + 0.02, 0.26] }, EDGE.foot);
  footMesh = clip(footMesh, (_x, y) => Y_FOOT - y, exactY(Y_FOOT));
  body = stitch(body, footMesh, below, [0, 0, 1]);

  let headMesh = keepRight(
    await levelSet(sdf, { min: [-0.14, Y_HEAD - 0.02, -0.1], max: [0.02, S.stature + 0.02, 0.24] }, EDGE.head),
  );
  headMesh = clip(headMesh, (_x, y) => y - Y_HEAD, exactY(Y_HEAD));
  body = stitch(body, headMesh, above, [0, 0, 1]);
  return body;
};
