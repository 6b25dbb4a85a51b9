/**
 * Copy a mesh's vertices into flat world-space arrays (the body frame). The GLB may be quantized
 * (int16/int8, normalized, scale in the node matrix), so attributes are read through
 * getX/getY/getZ and the node's world matrix is applied here, once, never in a shader. The
 * mesh's world matrix must be up to date.
 */
import { Matrix3, Vector3, type Mesh } from 'three';

const v = new Vector3();
const nm = new Matrix3();

/**
 * Write the mesh's positions (and normals, when it has them) at vertex offset `base`.
 * Returns whether normals were written.
 */
export function writeWorldVertices(
  mesh: Mesh,
  positions: Float32Array,
  normals: Float32Array,
  base: number,
): boolean {
  const pos = mesh.geometry.getAttribute('position');
  const nor = mesh.geometry.getAttribute('normal');
  nm.getNormalMatrix(mesh.matrixWorld);
  for (let i = 0; i < pos.count; i++) {
    const j = (base + i) * 3;
    v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld);
    positions[j] = v.x;
    positions[j + 1] = v.y;
    positions[j + 2] = v.z;
    if (nor) {
      v.fromBufferAttribute(nor, i).applyMatrix3(nm).normalize();
      normals[j] = v.x;
      normals[j + 1] = v.y;
      normals[j + 2] = v.z;
    }
  }
  return nor !== undefined;
}
