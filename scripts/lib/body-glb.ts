/**
 * Node-side reader of the body model (public/models/body.glb) for tests and data tools, and an
 * exact nearest-point query on its meshes (skin, muscles, bones).
 * Invariants: returned positions and normals are in the BODY FRAME (metres, +Y up, +Z anterior,
 * +X body left): the node's world matrix is applied, which also undoes the quantisation that
 * meshopt compression stores as a node transform. Normals are unit length.
 */
import { readFileSync } from 'node:fs';
import { NodeIO, type Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { createGrid, insideByRays, nearestInGrid, type TriangleGrid } from '../model/nearest';

export interface SkinMesh {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  triangleCount: number;
}

/** A muscle or bone mesh: the skin's arrays plus the optional fibre attributes and node extras. */
export interface MeshData extends SkinMesh {
  /** TEXCOORD_0: u along the fibre (origin 0 → insertion 1), v across the fibres (see docs/model.md) */
  uv?: Float32Array;
  /** _FIBER: unit fibre direction in the body frame */
  fiber?: Float32Array;
  extras: Record<string, unknown>;
}

export interface BodyGlb {
  skin: SkinMesh;
  /** `muscle.<id>.R` / `muscle.<id>.L` → mesh, in file order */
  muscles: Map<string, MeshData>;
  /** `bone.<name>` (midline) or `bone.<name>.R` / `.L` → mesh, in file order */
  bones: Map<string, MeshData>;
  byteLength: number;
  nodeNames: string[];
}

const applyPoint = (m: number[], x: number, y: number, z: number): [number, number, number] => [
  (m[0] ?? 0) * x + (m[4] ?? 0) * y + (m[8] ?? 0) * z + (m[12] ?? 0),
  (m[1] ?? 0) * x + (m[5] ?? 0) * y + (m[9] ?? 0) * z + (m[13] ?? 0),
  (m[2] ?? 0) * x + (m[6] ?? 0) * y + (m[10] ?? 0) * z + (m[14] ?? 0),
];

export const readBodyGlb = async (path = 'public/models/body.glb'): Promise<BodyGlb> => {
  await MeshoptDecoder.ready;
  const bytes = readFileSync(path);
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(new Uint8Array(bytes));
  const nodes = doc.getRoot().listNodes();
  const skinNode: Node | undefined = nodes.find((n) => n.getName() === 'skin');
  if (!skinNode) throw new Error(`${path}: no 'skin' node`);
  const skin = readMeshNode(skinNode, path);
  const muscles = new Map<string, MeshData>();
  const bones = new Map<string, MeshData>();
  for (const n of nodes) {
    const name = n.getName();
    if (name.startsWith('muscle.')) muscles.set(name, readMeshNode(n, path));
    else if (name.startsWith('bone.')) bones.set(name, readMeshNode(n, path));
  }
  return {
    skin: { positions: skin.positions, normals: skin.normals, indices: skin.indices, triangleCount: skin.triangleCount },
    muscles,
    bones,
    byteLength: bytes.byteLength,
    nodeNames: nodes.map((x) => x.getName()),
  };
};

/** World-space arrays of one mesh node (positions, unit normals, indices, fibre attributes). */
const readMeshNode = (node: Node, path: string): MeshData => {
  const prim = node.getMesh()?.listPrimitives()[0];
  const pos = prim?.getAttribute('POSITION');
  const nor = prim?.getAttribute('NORMAL');
  const idx = prim?.getIndices();
  if (!prim || !pos || !nor || !idx) throw new Error(`${path}: node '${node.getName()}' lacks POSITION, NORMAL or indices`);
  const m = node.getWorldMatrix() as unknown as number[];
  // normals transform with the inverse transpose; the quantisation transform is a uniform scale
  // plus translation here, but a general 3×3 inverse keeps this correct for any node transform
  const a = [m[0] ?? 0, m[1] ?? 0, m[2] ?? 0, m[4] ?? 0, m[5] ?? 0, m[6] ?? 0, m[8] ?? 0, m[9] ?? 0, m[10] ?? 0];
  const [a0, a1, a2, a3, a4, a5, a6, a7, a8] = a as [number, number, number, number, number, number, number, number, number];
  // cofactor matrix = det · inverse-transpose (the determinant's scale is removed by normalising)
  const cof = [
    a4 * a8 - a5 * a7, a5 * a6 - a3 * a8, a3 * a7 - a4 * a6,
    a2 * a7 - a1 * a8, a0 * a8 - a2 * a6, a1 * a6 - a0 * a7,
    a1 * a5 - a2 * a4, a2 * a3 - a0 * a5, a0 * a4 - a1 * a3,
  ];
  const n = pos.getCount();
  const positions = new Float32Array(n * 3);
  const normals = new Float32Array(n * 3);
  const e: number[] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    pos.getElement(i, e);
    positions.set(applyPoint(m, e[0] ?? 0, e[1] ?? 0, e[2] ?? 0), 3 * i);
    nor.getElement(i, e);
    const [x, y, z] = [e[0] ?? 0, e[1] ?? 0, e[2] ?? 0];
    // column-major cofactor: column j holds cof[3j..3j+2]
    const nx = (cof[0] ?? 0) * x + (cof[3] ?? 0) * y + (cof[6] ?? 0) * z;
    const ny = (cof[1] ?? 0) * x + (cof[4] ?? 0) * y + (cof[7] ?? 0) * z;
    const nz = (cof[2] ?? 0) * x + (cof[5] ?? 0) * y + (cof[8] ?? 0) * z;
    const l = Math.hypot(nx, ny, nz) || 1;
    normals.set([nx / l, ny / l, nz / l], 3 * i);
  }
  const indices = new Uint32Array(idx.getArray() ?? []);
  const out: MeshData = { positions, normals, indices, triangleCount: indices.length / 3, extras: node.getExtras() };
  const uvAcc = prim.getAttribute('TEXCOORD_0');
  const fibAcc = prim.getAttribute('_FIBER');
  if (uvAcc) {
    out.uv = new Float32Array(n * 2);
    for (let i = 0; i < n; i++) out.uv.set(uvAcc.getElement(i, e).slice(0, 2), 2 * i);
  }
  if (fibAcc) {
    out.fiber = new Float32Array(n * 3);
    for (let i = 0; i < n; i++) out.fiber.set(fibAcc.getElement(i, e).slice(0, 3), 3 * i);
  }
  return out;
};

export interface NearestResult {
  /** distance from the query point to the skin surface (metres) */
  distance: number;
  /** closest point on the skin */
  point: [number, number, number];
  /** interpolated smooth normal at that point (unit) */
  normal: [number, number, number];
  /** whether the query point is under the skin (behind the surface) */
  inside: boolean;
}

const grids = new WeakMap<SkinMesh, TriangleGrid>();

/** Exact closest point on the triangle mesh (grid-accelerated), with normal and side (inside: closed meshes). */
export const nearestOnMesh = (mesh: SkinMesh, point: readonly [number, number, number] | readonly number[]): NearestResult => {
  let grid = grids.get(mesh);
  if (!grid) {
    grid = createGrid(mesh.positions, mesh.indices);
    grids.set(mesh, grid);
  }
  const q: [number, number, number] = [point[0] ?? 0, point[1] ?? 0, point[2] ?? 0];
  const hit = nearestInGrid(grid, mesh.positions, mesh.normals, mesh.indices, q);
  // The normal's side is right almost everywhere and cheap; in a tight crease it can flip, so a
  // point it calls outside by more than a hair is checked by ray parity (the skin is closed).
  if (hit.inside || hit.distance < 0.001) return hit;
  return { ...hit, inside: insideByRays(grid, mesh.positions, mesh.indices, q) };
};
