/**
 * Which muscle a ray hits first: each muscle's bounding box is tested before its triangles, so a
 * pointer move checks a few hundred triangles rather than the whole merged mesh. Reuses its
 * vectors: no allocation per query.
 */
import { Vector3, type Ray } from 'three';
import type { MuscleSet } from './anatomyModel';

export interface MuscleHit {
  /** Index into `set.parts`, or -1 for no hit. */
  index: number;
  distance: number;
}

export class MusclePicker {
  private readonly a = new Vector3();
  private readonly b = new Vector3();
  private readonly c = new Vector3();
  private readonly hit = new Vector3();
  private readonly result: MuscleHit = { index: -1, distance: Infinity };

  constructor(private readonly set: MuscleSet) {}

  /** The nearest muscle along `ray` (both faces count); the result object is reused. */
  pick(ray: Ray): MuscleHit {
    const r = this.result;
    r.index = -1;
    r.distance = Infinity;
    const index = this.set.geometry.getIndex();
    const pos = this.set.geometry.getAttribute('position');
    const parts = this.set.parts;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k];
      if (!part || !ray.intersectBox(part.box, this.hit)) continue;
      if (ray.origin.distanceTo(this.hit) >= r.distance) continue;
      for (let i = part.start; i < part.start + part.count; i += 3) {
        this.a.fromBufferAttribute(pos, index ? index.getX(i) : i);
        this.b.fromBufferAttribute(pos, index ? index.getX(i + 1) : i + 1);
        this.c.fromBufferAttribute(pos, index ? index.getX(i + 2) : i + 2);
        if (!ray.intersectTriangle(this.a, this.b, this.c, false, this.hit)) continue;
        const d = ray.origin.distanceTo(this.hit);
        if (d < r.distance) {
          r.distance = d;
          r.index = k;
        }
      }
    }
    return r;
  }
}
