/**
 * The skin as the scene uses it: one BufferGeometry whose positions and
 * normals are plain Float32 in the body frame (world space), plus a `zone` attribute (vec2:
 * essential, spillover coverage) that paint.ts fills. The GLB may be quantized (int16/int8,
 * normalized, with the scale in the node matrix), so every attribute is read through
 * getX/getY/getZ and the node's world matrix is applied here, once, never in a shader.
 */
import { Box3, BufferAttribute, BufferGeometry, Mesh, type Object3D } from 'three';
import type { Box } from '../camera/views';
import { mergeSkinParts, repairNormalArrays, type SkinArrays, type SkinPart } from './skinArrays';
import { attributeView } from './worldVertices';

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

/** The smallest index type for `vertexCount` vertices; a fitting typed array is used as is. */
function indexArray(index: ArrayLike<number>, vertexCount: number): Uint16Array | Uint32Array {
  if (vertexCount <= 65535) return index instanceof Uint16Array ? index : Uint16Array.from(index);
  return index instanceof Uint32Array ? index : Uint32Array.from(index);
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
  if (index) geometry.setIndex(new BufferAttribute(indexArray(index, count), 1));
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
  const parts: SkinPart[] = [];
  root.traverse((o) => {
    if (!(o instanceof Mesh) || !(o.geometry instanceof BufferGeometry)) return;
    const position = o.geometry.getAttribute('position');
    if (!position) return;
    const normal = o.geometry.getAttribute('normal');
    parts.push({
      position: attributeView(position),
      normal: normal ? attributeView(normal) : null,
      count: position.count,
      matrixWorld: o.matrixWorld,
      index: o.geometry.getIndex()?.array ?? null,
    });
  });
  return surfaceFromSkin(mergeSkinParts(parts));
}

/** Wrap merged skin arrays (from glbSkin.ts or extractSkinSurface) into a SkinSurface. */
export const surfaceFromSkin = (skin: SkinArrays): SkinSurface =>
  surfaceFromArrays(skin.positions, skin.normals, skin.index);

/**
 * Replace degenerate normals (zero or near-zero length, which light as black specks) with
 * normals computed from the faces around the vertex. Returns how many were repaired.
 */
export function repairNormals(surface: SkinSurface): number {
  const count = repairNormalArrays(
    surface.positions,
    surface.normals,
    surface.geometry.getIndex()?.array ?? null,
  );
  if (count > 0) surface.geometry.getAttribute('normal').needsUpdate = true;
  return count;
}
