import { describe, expect, it } from 'vitest';
import { BufferAttribute, BufferGeometry, Group, Mesh } from 'three';
import { extractSkinSurface, repairNormals } from '../../src/scene/body/skinSurface';
import { at } from './must';

/** One triangle stored the way a quantized GLB stores it: normalized int16 positions, int8 normals. */
function quantizedTriangle(): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute(
    'position',
    new BufferAttribute(new Int16Array([0, 0, 0, 32767, 0, 0, 0, 32767, 0]), 3, true),
  );
  g.setAttribute(
    'normal',
    new BufferAttribute(new Int8Array([0, 0, 127, 0, 0, 127, 0, 0, 127]), 3, true),
  );
  g.setIndex([0, 1, 2]);
  return g;
}

describe('skin surface extraction', () => {
  it('dequantizes and applies the node world matrix (parents included)', () => {
    const parent = new Group();
    parent.position.set(0, 1, 0);
    const mesh = new Mesh(quantizedTriangle());
    mesh.scale.set(0.5, 0.5, 0.5);
    mesh.rotation.y = Math.PI / 2; // +Z normal turns to +X
    parent.add(mesh);
    const s = extractSkinSurface(parent);
    expect(s.vertexCount).toBe(3);
    expect(s.positions[1]).toBeCloseTo(1, 5); // vertex 0 lifted by the parent
    expect(s.positions[3 * 2 + 1]).toBeCloseTo(1.5, 3); // vertex 2: 0.5 up from the parent
    expect(s.normals[0]).toBeCloseTo(1, 3);
    expect(s.normals[2]).toBeCloseTo(0, 3);
    expect(s.positions).toBeInstanceOf(Float32Array);
    expect(s.geometry.getAttribute('zone').itemSize).toBe(2);
    expect(s.bounds.min[1]).toBeCloseTo(1, 5);
  });

  it('throws a plain message when the node has no mesh', () => {
    expect(() => extractSkinSurface(new Group())).toThrow(/no mesh/);
  });

  it('repairs zero-length normals from the faces', () => {
    const g = quantizedTriangle();
    (g.getAttribute('normal').array as Int8Array).fill(0, 3, 6); // vertex 1 has no normal
    const s = extractSkinSurface(new Mesh(g));
    expect(Math.hypot(at(s.normals, 3), at(s.normals, 4), at(s.normals, 5))).toBeCloseTo(1, 3);
    expect(s.normals[5]).toBeCloseTo(1, 3);
    expect(repairNormals(s)).toBe(0);
  });
});
