/**
 * The skin as the scene uses it: one BufferGeometry whose positions and
 * normals are plain Float32 in the body frame (world space), plus a `zone` attribute (vec2:
 * essential, spillover coverage) that paint.ts fills. The GLB may be quantized (int16/int8,
 * normalized, with the scale in the node matrix), so every attribute is read through
 * getX/getY/getZ and the node's world matrix is applied here, once, never in a shader.
 */
import { Box3, BufferAttribute, BufferGeometry, Mesh, type Object3D } from 'three';
import type { Box } from '../camera/views';
import { writeWorldVertices } from './worldVertices';

export interface SkinSurface {
  /** Geometry drawn at the identity transform: its coordinates already are the body frame. */
  readonly geometry: BufferGeometry;
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  /** Two coverage values per vertex, uploaded as the `zone` attribute. */
  readonly zone: BufferAttribute;
  readonly bounds: Box;
  readonly vertexCount: number;
}

/** Wrap world-space arrays (and an optional index) into a SkinSurface. */
export function surfaceFromArrays(
  positions: Float32Array,
  normals: Float32Array | null,
  index: ArrayLike<number> | null,
): SkinSurface {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  const count = positions.length / 3;
  if (index)
    geometry.setIndex(
      new BufferAttribute(count > 65535 ? Uint32Array.from(index) : Uint16Array.from(index), 1),
    );
  if (normals) geometry.setAttribute('normal', new BufferAttribute(normals, 3));
  else geometry.computeVertexNormals();
  const normalArray = geometry.getAttribute('normal').array as Float32Array;
  const zone = new BufferAttribute(new Float32Array(count * 2), 2);
  geometry.setAttribute('zone', zone);
  geometry.computeBoundingBox();
  geometry.computeBoundingSphere();
  const bb = geometry.boundingBox ?? new Box3();
  return {
    geometry,
    positions,
    normals: normalArray,
    zone,
    bounds: { min: [bb.min.x, bb.min.y, bb.min.z], max: [bb.max.x, bb.max.y, bb.max.z] },
    vertexCount: count,
  };
}

/**
 * Collect every mesh under `root` (the `skin` node) into one world-space surface. Throws with a
 * plain message when there is nothing to draw.
 */
export function extractSkinSurface(root: Object3D): SkinSurface {
  root.updateWorldMatrix(true, true);
  const meshes: Mesh[] = [];
  root.traverse((o) => {
    if (
      o instanceof Mesh &&
      o.geometry instanceof BufferGeometry &&
      o.geometry.getAttribute('position')
    )
      meshes.push(o);
  });
  if (meshes.length === 0) throw new Error('the "skin" node holds no mesh');
  const total = meshes.reduce((n, m) => n + m.geometry.getAttribute('position').count, 0);
  const positions = new Float32Array(total * 3);
  const normals = new Float32Array(total * 3);
  const indices: number[] = [];
  let allNormals = true;
  let base = 0;
  for (const mesh of meshes) {
    const pos = mesh.geometry.getAttribute('position');
    if (!writeWorldVertices(mesh, positions, normals, base)) allNormals = false;
    const index = mesh.geometry.getIndex();
    if (index) for (let i = 0; i < index.count; i++) indices.push(index.getX(i) + base);
    else for (let i = 0; i < pos.count; i++) indices.push(i + base);
    base += pos.count;
  }
  const surface = surfaceFromArrays(positions, allNormals ? normals : null, indices);
  if (allNormals) repairNormals(surface);
  return surface;
}

/**
 * Replace degenerate normals (zero or near-zero length, which light as black specks) with
 * normals computed from the faces around the vertex. Returns how many were repaired.
 */
export function repairNormals(surface: SkinSurface): number {
  const n = surface.normals;
  const bad: number[] = [];
  for (let i = 0; i < surface.vertexCount; i++) {
    if (Math.hypot(n[i * 3] ?? 0, n[i * 3 + 1] ?? 0, n[i * 3 + 2] ?? 0) < 0.5) bad.push(i);
  }
  if (bad.length === 0) return 0;
  const probe = new BufferGeometry();
  probe.setAttribute('position', surface.geometry.getAttribute('position'));
  probe.setIndex(surface.geometry.getIndex());
  probe.computeVertexNormals();
  const computed = probe.getAttribute('normal');
  for (const i of bad) {
    n[i * 3] = computed.getX(i);
    n[i * 3 + 1] = computed.getY(i);
    n[i * 3 + 2] = computed.getZ(i);
  }
  surface.geometry.getAttribute('normal').needsUpdate = true;
  return bad.length;
}
