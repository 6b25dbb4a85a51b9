/**
 * Copy a mesh's vertices into flat world-space arrays (the body frame): a three.js mesh's, or
 * views straight into a GLB's buffers (glbSkin.ts). The GLB may be quantized
 * (int16/int8, normalized, scale in the node matrix) and interleaved, so values are read with the
 * attribute's own stride, offset and normalization, and the node's world matrix is applied here,
 * once, never in a shader. The mesh's world matrix must be up to date and affine (node
 * transforms always are).
 *
 * This runs on the way to the first frame for ~100k vertices, so it reads the typed arrays
 * directly instead of going through Vector3 per vertex (several times faster while the code is
 * still cold).
 */
import {
  Matrix3,
  type BufferAttribute,
  type InterleavedBufferAttribute,
  type Matrix4,
  type Mesh,
} from 'three';

type Attribute = BufferAttribute | InterleavedBufferAttribute;

/** A flat view of an attribute: value k of vertex i is `array[i * stride + offset + k] * scale`. */
export interface AttributeView {
  readonly array: ArrayLike<number>;
  readonly stride: number;
  readonly offset: number;
  /** 1, or 1 / the integer type's maximum for normalized integers. */
  readonly scale: number;
  /** Normalized signed integers clamp at -1 (the most negative integer maps below it). */
  readonly signed: boolean;
}

const NORMALIZE: ReadonlyArray<[new (n: number) => ArrayLike<number>, number, boolean]> = [
  [Uint8Array, 255, false],
  [Uint8ClampedArray, 255, false],
  [Int8Array, 127, true],
  [Uint16Array, 65535, false],
  [Int16Array, 32767, true],
  [Uint32Array, 4294967295, false],
  [Int32Array, 2147483647, true],
];

export function attributeView(attribute: Attribute): AttributeView {
  const interleaved = 'isInterleavedBufferAttribute' in attribute;
  return arrayView(
    interleaved ? attribute.data.array : attribute.array,
    interleaved ? attribute.data.stride : attribute.itemSize,
    interleaved ? attribute.offset : 0,
    attribute.normalized,
  );
}

/** A view of values stored in `array` (every `stride` values from `offset`), maybe normalized. */
export function arrayView(
  array: ArrayLike<number>,
  stride: number,
  offset: number,
  normalized: boolean,
): AttributeView {
  let scale = 1;
  let signed = false;
  if (normalized) {
    const kind = NORMALIZE.find(([type]) => array instanceof type);
    if (kind) {
      scale = 1 / kind[1];
      signed = kind[2];
    }
  }
  return { array, stride, offset, scale, signed };
}

/** Component `k` of vertex `i`, denormalized. */
export function readComponent(view: AttributeView, i: number, k: number): number {
  const raw = (view.array[i * view.stride + view.offset + k] ?? 0) * view.scale;
  return view.signed && raw < -1 ? -1 : raw;
}

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
  const normal = mesh.geometry.getAttribute('normal');
  return writeWorld(
    {
      position: attributeView(mesh.geometry.getAttribute('position')),
      normal: normal ? attributeView(normal) : null,
      count: mesh.geometry.getAttribute('position').count,
      matrixWorld: mesh.matrixWorld,
    },
    positions,
    normals,
    base,
  );
}

/** A mesh's vertices as views, with the matrix that takes them to the body frame. */
export interface VertexSource {
  readonly position: AttributeView;
  readonly normal: AttributeView | null;
  readonly count: number;
  readonly matrixWorld: Matrix4;
}

/**
 * Write a vertex source's positions (and normals, when it has them) at vertex offset `base`.
 * Returns whether normals were written.
 */
export function writeWorld(
  source: VertexSource,
  positions: Float32Array,
  normals: Float32Array,
  base: number,
): boolean {
  const { position: pos, normal: nor, count, matrixWorld } = source;
  const [m0, m1, m2, , m4, m5, m6, , m8, m9, m10, , m12, m13, m14] = matrixWorld.elements;
  for (let i = 0; i < count; i++) {
    const x = readComponent(pos, i, 0);
    const y = readComponent(pos, i, 1);
    const z = readComponent(pos, i, 2);
    const j = (base + i) * 3;
    positions[j] = m0 * x + m4 * y + m8 * z + m12;
    positions[j + 1] = m1 * x + m5 * y + m9 * z + m13;
    positions[j + 2] = m2 * x + m6 * y + m10 * z + m14;
  }
  if (!nor) return false;
  const [n0, n1, n2, n3, n4, n5, n6, n7, n8] = nm.getNormalMatrix(matrixWorld).elements;
  for (let i = 0; i < count; i++) {
    const x = readComponent(nor, i, 0);
    const y = readComponent(nor, i, 1);
    const z = readComponent(nor, i, 2);
    const nx = n0 * x + n3 * y + n6 * z;
    const ny = n1 * x + n4 * y + n7 * z;
    const nz = n2 * x + n5 * y + n8 * z;
    const length = Math.sqrt(nx * nx + ny * ny + nz * nz);
    // Like Vector3.normalize: a zero normal stays zero (repairNormals mends it later).
    const inv = length > 0 ? 1 / length : 0;
    const j = (base + i) * 3;
    normals[j] = nx * inv;
    normals[j + 1] = ny * inv;
    normals[j + 2] = nz * inv;
  }
  return true;
}
