/**
 * Where to look from to show a trigger point and its painted zones: the camera target, the
 * direction to view from, and the radius to fit. Uses the outward normals of the painted
 * vertices, so a pattern on the back of the leg is shown from behind and one wrapping the side
 * of the head from the side. Pure; the scene turns the result into a camera move.
 */
import { add, dot, length, normalize, scale, sub, type Vec3 } from './vec';

export interface FocusView {
  readonly target: Vec3;
  /** Unit vector from the target toward the camera. */
  readonly direction: Vec3;
  /** Radius of a sphere around target holding the trigger point and its zones. */
  readonly radius: number;
}

const MIN_RADIUS = 0.12;
/** Cell size (metres) for area-weighting the painted normals. */
const CELL = 0.03;

/**
 * The view that shows a trigger point and its painted zones: target, direction and radius.
 * `coverage` is paintZones' output for the same vertices.
 */
export function focusView(
  triggerPoint: Vec3,
  triggerPointNormal: Vec3,
  positions: ArrayLike<number>,
  normals: ArrayLike<number>,
  coverage: Float32Array,
): FocusView {
  // Normals are summed per 3 cm cell, each cell counting once, so the direction follows the
  // painted *area* rather than the vertex count (the hands and face are meshed far more
  // finely than the trunk and would otherwise outvote it).
  const cells = new Map<number, { x: number; y: number; z: number; w: number }>();
  let min: Vec3 = triggerPoint;
  let max: Vec3 = triggerPoint;
  const count = positions.length / 3;
  for (let i = 0; i < count; i++) {
    const e = coverage[i * 2] ?? 0;
    const s = coverage[i * 2 + 1] ?? 0;
    if (e < 0.5 && s < 0.5) continue;
    // The essential zone is what must be seen; spillover only nudges the direction.
    const w = e >= 0.5 ? 3 : 1;
    const p: Vec3 = [positions[i * 3] ?? 0, positions[i * 3 + 1] ?? 0, positions[i * 3 + 2] ?? 0];
    const key =
      Math.floor(p[0] / CELL + 64) +
      128 * (Math.floor(p[1] / CELL) + 128 * Math.floor(p[2] / CELL + 64));
    const cell = cells.get(key) ?? { x: 0, y: 0, z: 0, w: 0 };
    cell.x += normals[i * 3] ?? 0;
    cell.y += normals[i * 3 + 1] ?? 0;
    cell.z += normals[i * 3 + 2] ?? 0;
    cell.w = Math.max(cell.w, w);
    cells.set(key, cell);
    min = [Math.min(min[0], p[0]), Math.min(min[1], p[1]), Math.min(min[2], p[2])];
    max = [Math.max(max[0], p[0]), Math.max(max[1], p[1]), Math.max(max[2], p[2])];
  }
  let nx = 0,
    ny = 0,
    nz = 0,
    weight = 0;
  for (const c of cells.values()) {
    const n = normalize([c.x, c.y, c.z]);
    nx += n[0] * c.w;
    ny += n[1] * c.w;
    nz += n[2] * c.w;
    weight += c.w;
  }
  // The trigger point itself counts as a sixth of the zone, so it stays in view — unless it lies
  // on the other side of the body from its pain (infraspinatus: on the back, pain in the front
  // of the shoulder). Then the pattern wins: the pain is what the user came to see, and the
  // view would otherwise end up side-on to both.
  const zoneDir = normalize([nx, ny, nz]);
  const opposed = weight > 0 && dot(zoneDir, normalize(triggerPointNormal)) < -0.1;
  const tpWeight = opposed ? 0 : Math.max(1, weight * 0.16);
  let dir: Vec3 = add([nx, ny, nz], scale(normalize(triggerPointNormal), tpWeight));
  // Zones wrapping all round a limb cancel out: fall back to the trigger point's own normal.
  if (length(dir) < 0.2 * (weight + tpWeight))
    dir = add(normalize(triggerPointNormal), normalize(dir));
  dir = normalize(dir);
  if (length(dir) === 0) dir = [0, 0, 1];
  // Keep the camera from looking straight up or down: it disorients.
  const y = Math.max(-0.45, Math.min(0.6, dir[1]));
  const flat = Math.hypot(dir[0], dir[2]) || 1;
  const k = Math.sqrt(1 - y * y) / flat;
  const direction: Vec3 = flat > 1e-6 ? [dir[0] * k, y, dir[2] * k] : [0, y, Math.sqrt(1 - y * y)];
  const target = scale(add(min, max), 0.5);
  const radius = Math.max(MIN_RADIUS, length(sub(max, min)) / 2);
  return { target, direction, radius };
}
