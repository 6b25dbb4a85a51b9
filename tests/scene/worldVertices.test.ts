/**
 * The fast world-space copy (worldVertices.ts) must give what three.js' own per-vertex path
 * gives (Vector3.fromBufferAttribute + world matrix + normal matrix) for every storage the GLB
 * may use: float, normalized int16/int8, interleaved; and the skin's normal repair must give
 * what computeVertexNormals gives for the vertices it mends.
 */
import { describe, expect, it } from 'vitest';
import {
  BufferAttribute,
  BufferGeometry,
  InterleavedBuffer,
  InterleavedBufferAttribute,
  Matrix3,
  Mesh,
  SphereGeometry,
  Vector3,
} from 'three';
import { writeWorldVertices } from '../../src/scene/body/worldVertices';
import { repairNormals, surfaceFromArrays } from '../../src/scene/body/skinSurface';

function reference(mesh: Mesh): { positions: number[]; normals: number[] } {
  const pos = mesh.geometry.getAttribute('position');
  const nor = mesh.geometry.getAttribute('normal');
  const nm = new Matrix3().getNormalMatrix(mesh.matrixWorld);
  const v = new Vector3();
  const positions: number[] = [];
  const normals: number[] = [];
  for (let i = 0; i < pos.count; i++) {
    positions.push(...v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld).toArray());
    normals.push(...v.fromBufferAttribute(nor, i).applyMatrix3(nm).normalize().toArray());
  }
  return { positions, normals };
}

function placed(geometry: BufferGeometry): Mesh {
  const mesh = new Mesh(geometry);
  mesh.position.set(0.1, 1.2, -0.3);
  mesh.rotation.set(0.3, -1.1, 0.2);
  mesh.scale.set(0.5, 0.7, -0.6); // negative: a mirrored (left-side) node
  mesh.updateMatrixWorld(true);
  return mesh;
}

function expectSame(mesh: Mesh): void {
  const count = mesh.geometry.getAttribute('position').count;
  const positions = new Float32Array((count + 2) * 3);
  const normals = new Float32Array((count + 2) * 3);
  expect(writeWorldVertices(mesh, positions, normals, 2)).toBe(true);
  const want = reference(mesh);
  want.positions.forEach((x, i) => expect(positions[i + 6]).toBeCloseTo(x, 5));
  want.normals.forEach((x, i) => expect(normals[i + 6]).toBeCloseTo(x, 5));
}

describe('world-space vertices', () => {
  it('match the Vector3 path for float attributes', () => {
    expectSame(placed(new SphereGeometry(0.3, 8, 6)));
  });

  it('match it for normalized int16 positions and int8 normals, with the -1 clamp', () => {
    const g = new BufferGeometry();
    g.setAttribute(
      'position',
      new BufferAttribute(new Int16Array([-32768, 0, 100, 32767, -5, 0, 7, 32767, -200]), 3, true),
    );
    g.setAttribute(
      'normal',
      new BufferAttribute(new Int8Array([0, 0, 127, -128, 0, 0, 0, 127, 0]), 3, true),
    );
    expectSame(placed(g));
  });

  it('match it for interleaved attributes', () => {
    // x y z nx ny nz pad, per vertex
    const data = new Float32Array([0, 0, 0, 0, 0, 1, 9, 1, 0, 0, 1, 0, 0, 9, 0, 1, 0, 0, 1, 0, 9]);
    const buffer = new InterleavedBuffer(data, 7);
    const g = new BufferGeometry();
    g.setAttribute('position', new InterleavedBufferAttribute(buffer, 3, 0));
    g.setAttribute('normal', new InterleavedBufferAttribute(buffer, 3, 3));
    expectSame(placed(g));
  });

  it('report a mesh without normals', () => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(9), 3));
    expect(writeWorldVertices(new Mesh(g), new Float32Array(9), new Float32Array(9), 0)).toBe(
      false,
    );
  });
});

describe('normal repair', () => {
  it('mends only the bad normals, as computeVertexNormals would', () => {
    const indexed = new SphereGeometry(0.3, 12, 8);
    const positions = indexed.getAttribute('position').array as Float32Array;
    const normals = Float32Array.from(indexed.getAttribute('normal').array);
    const index = indexed.getIndex()!.array;
    const wanted = indexed.clone();
    wanted.computeVertexNormals();
    const expected = wanted.getAttribute('normal').array;
    for (const i of [5, 17, 40]) normals.fill(0, i * 3, i * 3 + 3);
    const surface = surfaceFromArrays(Float32Array.from(positions), normals, index);
    expect(repairNormals(surface)).toBe(3);
    for (const i of [5, 17, 40])
      for (let k = 0; k < 3; k++)
        expect(surface.normals[i * 3 + k]).toBeCloseTo(expected[i * 3 + k] ?? NaN, 5);
    // Good normals are left as they were.
    expect(surface.normals[0]).toBe(indexed.getAttribute('normal').array[0]);
  });
});
