/**
 * The skin as plain arrays in the body frame: the meshes under the model's `skin` node merged
 * into one position, normal and index array, with degenerate normals mended. Needs only typed
 * arrays and matrix maths: it serves the skin read straight from the file (glbSkin.ts) and the
 * one extracted from a loaded three.js scene (skinSurface.ts).
 */
import { writeWorld, type VertexSource } from './worldVertices';

/** One mesh of the skin: its vertices and, when indexed, its triangle indices. */
export interface SkinPart extends VertexSource {
  readonly index: ArrayLike<number> | null;
}

/** The merged skin: world-space positions, normals (null when a part has none) and indices. */
export interface SkinArrays {
  readonly positions: Float32Array;
  readonly normals: Float32Array | null;
  readonly index: Uint16Array | Uint32Array;
}

/** Merge the parts into one set of arrays. Throws with a plain message when there are none. */
export function mergeSkinParts(parts: readonly SkinPart[]): SkinArrays {
  if (parts.length === 0) throw new Error('the "skin" node holds no mesh');
  const total = parts.reduce((n, p) => n + p.count, 0);
  const positions = new Float32Array(total * 3);
  const normals = new Float32Array(total * 3);
  const indexCount = parts.reduce((n, p) => n + (p.index ? p.index.length : p.count), 0);
  const index = total <= 65535 ? new Uint16Array(indexCount) : new Uint32Array(indexCount);
  let allNormals = true;
  let base = 0;
  let at = 0;
  for (const part of parts) {
    if (!writeWorld(part, positions, normals, base)) allNormals = false;
    const source = part.index;
    if (source) for (let i = 0; i < source.length; i++) index[at++] = (source[i] ?? 0) + base;
    else for (let i = 0; i < part.count; i++) index[at++] = i + base;
    base += part.count;
  }
  if (allNormals) repairNormalArrays(positions, normals, index);
  return { positions, normals: allNormals ? normals : null, index };
}

/**
 * Replace degenerate normals (zero or near-zero length, which light as black specks) with
 * normals computed from the faces around the vertex. Returns how many were repaired.
 */
export function repairNormalArrays(
  p: Float32Array,
  n: Float32Array,
  index: ArrayLike<number> | null,
): number {
  const vertexCount = p.length / 3;
  const bad = new Uint8Array(vertexCount);
  let count = 0;
  for (let i = 0; i < vertexCount; i++) {
    const x = n[i * 3] ?? 0,
      y = n[i * 3 + 1] ?? 0,
      z = n[i * 3 + 2] ?? 0;
    if (x * x + y * y + z * z < 0.25) {
      bad[i] = 1;
      count++;
    }
  }
  if (count === 0) return 0;
  // Area-weighted face normals (as BufferGeometry.computeVertexNormals), but only for the faces
  // around a bad vertex: the skin has ~100k faces and a handful of bad normals.
  const faces = index ? index.length : vertexCount;
  const sum = new Map<number, [number, number, number]>();
  for (let f = 0; f + 2 < faces; f += 3) {
    const a = index ? (index[f] ?? 0) : f;
    const b = index ? (index[f + 1] ?? 0) : f + 1;
    const c = index ? (index[f + 2] ?? 0) : f + 2;
    if (!bad[a] && !bad[b] && !bad[c]) continue;
    const [ax, ay, az] = [p[a * 3] ?? 0, p[a * 3 + 1] ?? 0, p[a * 3 + 2] ?? 0];
    const [bx, by, bz] = [p[b * 3] ?? 0, p[b * 3 + 1] ?? 0, p[b * 3 + 2] ?? 0];
    const [cx, cy, cz] = [p[c * 3] ?? 0, p[c * 3 + 1] ?? 0, p[c * 3 + 2] ?? 0];
    // (c - b) × (a - b)
    const ux = cx - bx,
      uy = cy - by,
      uz = cz - bz;
    const vx = ax - bx,
      vy = ay - by,
      vz = az - bz;
    const face: [number, number, number] = [
      uy * vz - uz * vy,
      uz * vx - ux * vz,
      ux * vy - uy * vx,
    ];
    for (const v of [a, b, c]) {
      if (!bad[v]) continue;
      const acc = sum.get(v) ?? [0, 0, 0];
      sum.set(v, [acc[0] + face[0], acc[1] + face[1], acc[2] + face[2]]);
    }
  }
  for (let i = 0; i < vertexCount; i++) {
    if (!bad[i]) continue;
    const [x, y, z] = sum.get(i) ?? [0, 0, 0];
    const length = Math.sqrt(x * x + y * y + z * z);
    const inv = length > 0 ? 1 / length : 0;
    n[i * 3] = x * inv;
    n[i * 3 + 1] = y * inv;
    n[i * 3 + 2] = z * inv;
  }
  return count;
}
