/**
 * The pain marks' GPU data: one InstancedBufferGeometry (a unit quad, one instance per disc).
 * `set` replaces the discs, growing the buffers only when more are needed; a painting stroke
 * calls it a few times per second at most (the caller throttles), never per frame.
 */
import { BufferAttribute, InstancedBufferAttribute, InstancedBufferGeometry } from 'three';
import type { DiscArrays } from './discs';

const ATTRS = [
  ['iPoint', 3],
  ['iNormal', 3],
  ['iNumber', 1],
  ['iRadius', 1],
  ['iMinPx', 1],
] as const;

export class PainMarkField {
  readonly geometry = new InstancedBufferGeometry();
  private capacity = 0;

  constructor(initialCapacity = 64) {
    this.geometry.setAttribute(
      'position',
      new BufferAttribute(new Float32Array([-1, -1, 0, 1, -1, 0, 1, 1, 0, -1, 1, 0]), 3),
    );
    this.geometry.setIndex([0, 1, 2, 0, 2, 3]);
    this.grow(initialCapacity);
    this.geometry.instanceCount = 0;
  }

  get count(): number {
    return this.geometry.instanceCount;
  }

  set(discs: DiscArrays): void {
    if (discs.count > this.capacity) this.grow(Math.max(discs.count, this.capacity * 2));
    const sources = [discs.points, discs.normals, discs.numbers, discs.radii, discs.minPx];
    ATTRS.forEach(([name], i) => {
      const attr = this.geometry.getAttribute(name) as InstancedBufferAttribute;
      const source = sources[i];
      if (source) (attr.array as Float32Array).set(source);
      attr.needsUpdate = true;
    });
    this.geometry.instanceCount = discs.count;
  }

  dispose(): void {
    this.geometry.dispose();
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    for (const [name, size] of ATTRS)
      this.geometry.setAttribute(
        name,
        new InstancedBufferAttribute(new Float32Array(capacity * size), size),
      );
  }
}
