/**
 * Where a pointer meets the skin: a raycast against the skin geometry (body frame, identity
 * transform) from canvas CSS coordinates. Reuses its ray, vectors and hit list, so a painting
 * stroke allocates only the returned tuple per hit.
 */
import { Mesh, Raycaster, Vector2, type Camera, type Intersection } from 'three';
import type { Vec3 } from '../../domain/vec';
import type { SkinSurface } from '../body/skinSurface';

/** A point on the skin and the outward normal of the triangle it lies on. */
export interface SkinHit {
  readonly point: Vec3;
  readonly normal: Vec3;
}

export class SkinRaycaster {
  private readonly mesh: Mesh;
  private readonly raycaster = new Raycaster();
  private readonly ndc = new Vector2();
  private readonly hits: Intersection[] = [];

  constructor(surface: SkinSurface) {
    // Never added to the scene: a stand-in sharing the drawn skin's geometry, for raycasting only.
    this.mesh = new Mesh(surface.geometry);
    this.mesh.updateMatrixWorld();
  }

  /**
   * The first skin point under canvas pixel (x, y) with the face's outward normal, or null when
   * the pointer misses the body.
   */
  hit(x: number, y: number, width: number, height: number, camera: Camera): SkinHit | null {
    if (width <= 0 || height <= 0) return null;
    this.ndc.set((x / width) * 2 - 1, 1 - (y / height) * 2);
    camera.updateMatrixWorld();
    this.raycaster.setFromCamera(this.ndc, camera);
    this.hits.length = 0;
    this.mesh.raycast(this.raycaster, this.hits);
    let best: Intersection | undefined;
    for (const h of this.hits) if (!best || h.distance < best.distance) best = h;
    if (!best) return null;
    const n = best.face?.normal;
    return {
      point: [best.point.x, best.point.y, best.point.z],
      normal: n ? [n.x, n.y, n.z] : [0, 0, 1],
    };
  }
}
