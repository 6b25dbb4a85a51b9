/**
 * Reads the skin straight from a body model file (binary glTF): only the `skin` node's meshes
 * are decoded and nothing else is built, so the first frame does not wait for the whole scene
 * (about 190 meshes) to be assembled by GLTFLoader. Handles what the model generator writes and the glTF rules it
 * relies on: EXT_meshopt_compression buffer views (decoded with the caller's decoder),
 * KHR_mesh_quantization (normalized integer attributes, the scale in the node transform),
 * interleaved views, node hierarchies with TRS or matrix transforms, and triangle lists.
 * Anything else (sparse accessors, external buffers, other primitive modes) throws a plain
 * message rather than drawing a wrong body.
 */
import { Matrix4, Quaternion, Vector3 } from 'three';
import { mergeSkinParts, type SkinArrays, type SkinPart } from './skinArrays';
import { arrayView, type AttributeView } from './worldVertices';

/** Name of the glTF node that holds the skin. */
export const SKIN_NODE = 'skin';

/** The one function of the meshopt decoder this reader needs (three's MeshoptDecoder has it). */
export interface MeshoptDecode {
  decodeGltfBuffer(
    target: Uint8Array,
    count: number,
    size: number,
    source: Uint8Array,
    mode: string,
    filter?: string,
  ): void;
}

interface GltfNode {
  name?: string;
  mesh?: number;
  children?: number[];
  matrix?: number[];
  translation?: [number, number, number];
  rotation?: [number, number, number, number];
  scale?: [number, number, number];
}
interface GltfPrimitive {
  attributes: Record<string, number | undefined>;
  indices?: number;
  mode?: number;
}
interface GltfAccessor {
  bufferView?: number;
  byteOffset?: number;
  componentType: number;
  count: number;
  type: string;
  normalized?: boolean;
  sparse?: unknown;
}
interface MeshoptView {
  buffer: number;
  byteOffset?: number;
  byteLength: number;
  byteStride: number;
  count: number;
  mode: string;
  filter?: string;
}
interface GltfBufferView {
  buffer: number;
  byteOffset?: number;
  byteLength: number;
  byteStride?: number;
  extensions?: { EXT_meshopt_compression?: MeshoptView };
}
interface Gltf {
  nodes?: GltfNode[];
  meshes?: { primitives: GltfPrimitive[] }[];
  accessors?: GltfAccessor[];
  bufferViews?: GltfBufferView[];
  buffers?: { uri?: string; byteLength: number }[];
}

const GLB_MAGIC = 0x46546c67; // "glTF"
const JSON_CHUNK = 0x4e4f534a;
const BIN_CHUNK = 0x004e4942;
const TRIANGLES = 4;

const COMPONENTS: Record<number, new (b: ArrayBuffer, o: number, n: number) => ArrayLike<number>> =
  {
    5120: Int8Array,
    5121: Uint8Array,
    5122: Int16Array,
    5123: Uint16Array,
    5125: Uint32Array,
    5126: Float32Array,
  };
const SIZES: Record<string, number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4 };

const fail = (message: string): never => {
  throw new Error(`the file is not a valid GLB model (${message})`);
};

/** The JSON and the binary chunk of a GLB file. */
function readContainer(buffer: ArrayBuffer): { gltf: Gltf; bin: Uint8Array | null } {
  const data = new DataView(buffer);
  if (buffer.byteLength < 20 || data.getUint32(0, true) !== GLB_MAGIC) fail('no GLB header');
  let gltf: Gltf | null = null;
  let bin: Uint8Array | null = null;
  const end = Math.min(buffer.byteLength, data.getUint32(8, true));
  for (let at = 12; at + 8 <= end;) {
    const length = data.getUint32(at, true);
    const type = data.getUint32(at + 4, true);
    const body = new Uint8Array(buffer, at + 8, Math.min(length, end - at - 8));
    if (type === JSON_CHUNK) gltf = JSON.parse(new TextDecoder().decode(body)) as Gltf;
    else if (type === BIN_CHUNK) bin = body;
    at += 8 + length;
  }
  return { gltf: gltf ?? fail('no JSON chunk'), bin };
}

/** Reads accessors, decoding each buffer view once. */
class Accessors {
  private readonly views = new Map<number, Uint8Array>();
  constructor(
    private readonly gltf: Gltf,
    private readonly bin: Uint8Array | null,
    private readonly decoder: MeshoptDecode,
  ) {}

  private buffer(index: number): Uint8Array {
    const buffer = this.gltf.buffers?.[index];
    if (index !== 0 || !buffer || buffer.uri !== undefined || !this.bin)
      return fail(`buffer ${index} is not the file's binary chunk`);
    return this.bin;
  }

  private view(index: number): { bytes: Uint8Array; stride: number | undefined } {
    const view = this.gltf.bufferViews?.[index] ?? fail(`no buffer view ${index}`);
    let bytes = this.views.get(index);
    if (!bytes) {
      const meshopt = view.extensions?.EXT_meshopt_compression;
      if (meshopt) {
        const source = this.buffer(meshopt.buffer);
        const from = meshopt.byteOffset ?? 0;
        bytes = new Uint8Array(meshopt.count * meshopt.byteStride);
        this.decoder.decodeGltfBuffer(
          bytes,
          meshopt.count,
          meshopt.byteStride,
          source.subarray(from, from + meshopt.byteLength),
          meshopt.mode,
          meshopt.filter,
        );
      } else {
        const from = view.byteOffset ?? 0;
        // A copy: typed arrays over it must be aligned, whatever the view's offset in the file.
        bytes = this.buffer(view.buffer).slice(from, from + view.byteLength);
      }
      this.views.set(index, bytes);
    }
    return { bytes, stride: view.byteStride };
  }

  /** The accessor as a component view: value k of element i is at `i * stride + offset + k`. */
  read(index: number): { view: AttributeView; count: number; size: number } {
    const accessor = this.gltf.accessors?.[index] ?? fail(`no accessor ${index}`);
    if (accessor.sparse !== undefined || accessor.bufferView === undefined)
      fail(`accessor ${index} has no plain buffer view`);
    const Type = COMPONENTS[accessor.componentType] ?? fail(`accessor ${index}: component type`);
    const size = SIZES[accessor.type] ?? fail(`accessor ${index}: type ${accessor.type}`);
    const { bytes, stride } = this.view(accessor.bufferView as number);
    const bytesPer = (Type as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
    const array = new Type(
      bytes.buffer as ArrayBuffer,
      bytes.byteOffset,
      Math.floor(bytes.byteLength / bytesPer),
    );
    const view = arrayView(
      array,
      stride ? stride / bytesPer : size,
      (accessor.byteOffset ?? 0) / bytesPer,
      accessor.normalized === true,
    );
    return { view, count: accessor.count, size };
  }

  /** Index values of a scalar accessor, as a plain array-like. */
  indices(index: number): ArrayLike<number> {
    const { view, count } = this.read(index);
    if (view.stride === 1 && view.offset === 0 && view.array.length >= count)
      return (view.array as Uint16Array).subarray(0, count);
    return Array.from({ length: count }, (_, i) => view.array[i * view.stride + view.offset] ?? 0);
  }
}

function localMatrix(node: GltfNode): Matrix4 {
  const m = new Matrix4();
  if (node.matrix) return m.fromArray(node.matrix);
  return m.compose(
    new Vector3(...(node.translation ?? [0, 0, 0])),
    new Quaternion(...(node.rotation ?? [0, 0, 0, 1])),
    new Vector3(...(node.scale ?? [1, 1, 1])),
  );
}

/** The skin's arrays in the body frame, read from a GLB file's bytes. */
export function readGlbSkin(buffer: ArrayBuffer, decoder: MeshoptDecode): SkinArrays {
  const { gltf, bin } = readContainer(buffer);
  const nodes = gltf.nodes ?? [];
  const skin = nodes.findIndex((n) => n.name === SKIN_NODE);
  if (skin < 0) throw new Error(`the file has no node named "${SKIN_NODE}"`);
  const parent = new Map<number, number>();
  nodes.forEach((n, i) => n.children?.forEach((c) => parent.set(c, i)));
  const world = (i: number): Matrix4 => {
    const up = parent.get(i);
    const local = localMatrix(nodes[i] ?? {});
    return up === undefined ? local : world(up).multiply(local);
  };
  const accessors = new Accessors(gltf, bin, decoder);
  const parts: SkinPart[] = [];
  const visit = (i: number, matrixWorld: Matrix4) => {
    const node = nodes[i] ?? fail(`no node ${i}`);
    const mesh = node.mesh === undefined ? undefined : gltf.meshes?.[node.mesh];
    for (const primitive of mesh?.primitives ?? []) {
      if ((primitive.mode ?? TRIANGLES) !== TRIANGLES) fail('the skin is not a triangle list');
      const position = primitive.attributes.POSITION;
      if (position === undefined) continue;
      const normal = primitive.attributes.NORMAL;
      const { view, count } = accessors.read(position);
      parts.push({
        position: view,
        normal: normal === undefined ? null : accessors.read(normal).view,
        count,
        matrixWorld,
        index: primitive.indices === undefined ? null : accessors.indices(primitive.indices),
      });
    }
    for (const child of node.children ?? [])
      visit(child, matrixWorld.clone().multiply(localMatrix(nodes[child] ?? {})));
  };
  visit(skin, world(skin));
  return mergeSkinParts(parts);
}
