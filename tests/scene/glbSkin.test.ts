/**
 * The skin read straight from the GLB (glbSkin.ts, what the Viewer does) must be the skin
 * three.js' GLTFLoader gives for the same file, extracted the way the scene did before
 * (extractSkinSurface): same vertices, normals and triangles. Unreadable files fail with one
 * plain line.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { readGlbSkin, SKIN_NODE } from '../../src/scene/body/glbSkin';
import { extractSkinSurface } from '../../src/scene/body/skinSurface';

const file = readFileSync(resolve(import.meta.dirname, '../../public/models/body.glb'));
const glb = (): ArrayBuffer =>
  file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);

describe('skin read from the GLB', () => {
  it('matches the skin GLTFLoader gives for the shipped model', async () => {
    await MeshoptDecoder.ready;
    const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).parseAsync(glb(), '');
    const skin = gltf.scene.getObjectByName(SKIN_NODE);
    expect(skin).toBeDefined();
    const want = extractSkinSurface(skin!);
    const got = readGlbSkin(glb(), MeshoptDecoder);
    expect(got.positions.length).toBe(want.positions.length);
    expect(got.normals).not.toBeNull();
    expect(Array.from(got.index)).toEqual(Array.from(want.geometry.getIndex()!.array));
    let position = 0;
    let normal = 0;
    for (let i = 0; i < got.positions.length; i++) {
      position = Math.max(position, Math.abs(got.positions[i]! - want.positions[i]!));
      normal = Math.max(normal, Math.abs(got.normals![i]! - want.normals[i]!));
    }
    expect(position).toBeLessThan(1e-6);
    expect(normal).toBeLessThan(1e-6);
  });

  it('says plainly when the file is not a GLB or has no skin', () => {
    expect(() =>
      readGlbSkin(new TextEncoder().encode('{"asset":{}}').buffer, MeshoptDecoder),
    ).toThrow(/not a valid GLB model/);
    const json = new TextEncoder().encode('{"asset":{"version":"2.0"},"nodes":[{"name":"x"}]}  ');
    const bytes = new Uint8Array(20 + json.length);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, 0x46546c67, true);
    view.setUint32(4, 2, true);
    view.setUint32(8, bytes.length, true);
    view.setUint32(12, json.length, true);
    view.setUint32(16, 0x4e4f534a, true);
    bytes.set(json, 20);
    expect(() => readGlbSkin(bytes.buffer, MeshoptDecoder)).toThrow(/no node named "skin"/);
  });
});
