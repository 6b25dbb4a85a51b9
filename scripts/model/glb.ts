/**
 * Writes the body model as a meshopt-compressed GLB: the `skin` mesh node, a `muscles` group with
 * one node per muscle per side (`muscle.<id>.R` / `.L`) carrying POSITION, NORMAL, TEXCOORD_0 and
 * _FIBER (fibre coordinates, see anatomy/fibres.ts), and a `bones` group (`bone.<name>` for
 * midline bones, `bone.<name>.R` / `.L` for paired ones). Node extras carry the muscle's type and
 * layer, and each bone's named attachment points.
 * Quantisation (KHR_mesh_quantization) stores positions as 16-bit integers and puts the
 * de-quantising scale/offset on each mesh node, so a node's world matrix maps the stored values
 * back to the body frame; every reader must apply it (scripts/lib/body-glb.ts does).
 * Invariant: byte-identical output for identical input (no timestamps, fixed order).
 */
import { Document, Logger, NodeIO, type Material } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';

export interface SkinArrays {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

export interface PartArrays extends SkinArrays {
  name: string;
  uv?: Float32Array;
  fiber?: Float32Array;
  extras?: Record<string, unknown>;
}

export interface BodyLayers {
  skin: SkinArrays;
  muscles: PartArrays[];
  bones: PartArrays[];
}

const addMesh = (doc: Document, name: string, a: PartArrays | SkinArrays, material: Material) => {
  const buffer = doc.getRoot().listBuffers()[0] ?? doc.createBuffer();
  // The arrays are built here on plain ArrayBuffers; the cast keeps this compiling when a
  // dependency's types pull in the ES2024 lib, where typed arrays default to ArrayBufferLike.
  const acc = (suffix: string, type: 'VEC2' | 'VEC3' | 'SCALAR', arr: Float32Array | Uint16Array | Uint32Array) =>
    doc
      .createAccessor(`${name}.${suffix}`)
      .setType(type)
      .setArray(arr as Float32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint32Array<ArrayBuffer>)
      .setBuffer(buffer);
  // 16-bit indices when they fit: half the index bytes before compression
  const indices = a.positions.length / 3 < 65536 ? new Uint16Array(a.indices) : a.indices;
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', acc('position', 'VEC3', a.positions))
    .setAttribute('NORMAL', acc('normal', 'VEC3', a.normals))
    .setIndices(acc('indices', 'SCALAR', indices))
    .setMaterial(material);
  if ('uv' in a && a.uv) prim.setAttribute('TEXCOORD_0', acc('uv', 'VEC2', a.uv));
  if ('fiber' in a && a.fiber) prim.setAttribute('_FIBER', acc('fiber', 'VEC3', a.fiber));
  const node = doc.createNode(name).setMesh(doc.createMesh(name).addPrimitive(prim));
  if ('extras' in a && a.extras) node.setExtras(a.extras);
  return node;
};

export const writeBodyGlb = async (layers: BodyLayers): Promise<Uint8Array> => {
  await MeshoptEncoder.ready;
  // warnings only: the default logger reports every pruned temporary accessor
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.createBuffer();
  const skinMat = doc.createMaterial('skin').setBaseColorFactor([0.85, 0.68, 0.58, 1]).setRoughnessFactor(0.75).setMetallicFactor(0);
  const muscleMat = doc.createMaterial('muscle').setBaseColorFactor([0.62, 0.22, 0.2, 1]).setRoughnessFactor(0.6).setMetallicFactor(0);
  const boneMat = doc.createMaterial('bone').setBaseColorFactor([0.9, 0.86, 0.76, 1]).setRoughnessFactor(0.8).setMetallicFactor(0);
  const scene = doc.createScene('body');
  scene.addChild(addMesh(doc, 'skin', layers.skin, skinMat));
  const muscles = doc.createNode('muscles');
  for (const m of layers.muscles) muscles.addChild(addMesh(doc, m.name, m, muscleMat));
  const bones = doc.createNode('bones');
  for (const b of layers.bones) bones.addChild(addMesh(doc, b.name, b, boneMat));
  scene.addChild(muscles).addChild(bones);
  doc.getRoot().setDefaultScene(scene);
  await doc.transform(
    meshopt({ encoder: MeshoptEncoder, level: 'medium', quantizePosition: 14, quantizeNormal: 8, quantizeTexcoord: 12, quantizeGeneric: 8 }),
  );
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(doc);
};
