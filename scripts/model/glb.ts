/**
 * Writes the skin as a meshopt-compressed GLB: one node named `skin` with POSITION, NORMAL and
 * indices. Quantisation (KHR_mesh_quantization) stores positions as 16-bit integers and puts the
 * de-quantising scale/offset on the `skin` node, so the node's world matrix maps the stored values
 * back to the body frame; every reader must apply it (scripts/lib/body-glb.ts does).
 * Invariant: byte-identical output for identical input (no timestamps, fixed order).
 */
import { Document, Logger, NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';

export interface SkinArrays {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

export const writeBodyGlb = async (skin: SkinArrays): Promise<Uint8Array> => {
  await MeshoptEncoder.ready;
  // warnings only: the default logger reports every pruned temporary accessor
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  const buffer = doc.createBuffer();
  const vertexCount = skin.positions.length / 3;
  // 16-bit indices when they fit: half the index bytes before compression
  const indices = vertexCount < 65536 ? new Uint16Array(skin.indices) : skin.indices;
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor('skin.position').setType('VEC3').setArray(skin.positions).setBuffer(buffer))
    .setAttribute('NORMAL', doc.createAccessor('skin.normal').setType('VEC3').setArray(skin.normals).setBuffer(buffer))
    .setIndices(doc.createAccessor('skin.indices').setType('SCALAR').setArray(indices).setBuffer(buffer))
    .setMaterial(
      doc.createMaterial('skin').setBaseColorFactor([0.85, 0.68, 0.58, 1]).setRoughnessFactor(0.75).setMetallicFactor(0),
    );
  const mesh = doc.createMesh('skin').addPrimitive(prim);
  const node = doc.createNode('skin').setMesh(mesh);
  doc.createScene('body').addChild(node);
  doc.getRoot().setDefaultScene(doc.getRoot().listScenes()[0] ?? doc.createScene());
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'medium', quantizePosition: 16, quantizeNormal: 10 }));
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(doc);
};
