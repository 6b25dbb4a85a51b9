/**
 * Projects marker points to canvas CSS pixels for picking and labels, and rejects markers the
 * camera cannot see: behind the camera, outside the view, on skin facing away, or hidden behind
 * another part of the body (a ray against the skin, run only for the few markers near the
 * pointer). Reuses its arrays and vectors: no allocation per pointer event.
 */
import {
  DoubleSide,
  Mesh,
  MeshBasicMaterial,
  Raycaster,
  Vector3,
  type Camera,
  type BufferGeometry,
  type Intersection,
} from 'three';
import type { ScreenMarkers } from './picking';

export class MarkerProjector implements ScreenMarkers {
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly visible: Uint8Array;
  private readonly v = new Vector3();
  private readonly toCam = new Vector3();
  private readonly dir = new Vector3();
  private readonly raycaster = new Raycaster();
  private readonly hits: Intersection[] = [];
  private readonly skin: Mesh | null;

  constructor(
    private readonly points: Float32Array,
    private readonly normals: Float32Array,
    skinGeometry: BufferGeometry | null,
  ) {
    const n = points.length / 3;
    this.x = new Float32Array(n);
    this.y = new Float32Array(n);
    this.visible = new Uint8Array(n);
    this.skin = skinGeometry
      ? new Mesh(skinGeometry, new MeshBasicMaterial({ side: DoubleSide }))
      : null;
  }

  /** Project every marker for a canvas of width × height CSS px. */
  update(camera: Camera, width: number, height: number): void {
    camera.updateMatrixWorld();
    for (let i = 0; i < this.x.length; i++) this.projectOne(i, camera, width, height);
  }

  /** Project one marker (kept in x[i], y[i], visible[i]). */
  projectOne(i: number, camera: Camera, width: number, height: number): void {
    const p = this.points;
    const n = this.normals;
    this.v.set(p[i * 3] ?? 0, p[i * 3 + 1] ?? 0, p[i * 3 + 2] ?? 0);
    this.toCam.copy(camera.position).sub(this.v);
    const facing =
      this.toCam.x * (n[i * 3] ?? 0) +
      this.toCam.y * (n[i * 3 + 1] ?? 0) +
      this.toCam.z * (n[i * 3 + 2] ?? 0);
    this.v.project(camera);
    this.x[i] = ((this.v.x + 1) / 2) * width;
    this.y[i] = ((1 - this.v.y) / 2) * height;
    const inView =
      this.v.z > -1 && this.v.z < 1 && Math.abs(this.v.x) <= 1.02 && Math.abs(this.v.y) <= 1.02;
    this.visible[i] = inView && facing > 0 ? 1 : 0;
  }

  /** True when skin lies between the camera and marker i (a ray test; call sparingly). */
  occluded(i: number, camera: Camera): boolean {
    if (!this.skin) return false;
    const p = this.points;
    this.v.set(p[i * 3] ?? 0, p[i * 3 + 1] ?? 0, p[i * 3 + 2] ?? 0);
    this.dir.copy(this.v).sub(camera.position);
    const dist = this.dir.length();
    this.raycaster.set(camera.position, this.dir.normalize());
    this.raycaster.far = dist;
    this.hits.length = 0;
    this.skin.raycast(this.raycaster, this.hits);
    // The marker floats a few mm above its own skin; anything hit well before it is in the way.
    for (const h of this.hits) if (h.distance < dist - 0.02) return true;
    return false;
  }

  dispose(): void {
    (this.skin?.material as MeshBasicMaterial | undefined)?.dispose();
  }
}
