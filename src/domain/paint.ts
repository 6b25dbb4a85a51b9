/**
 * Per-vertex zone coverage for painting a trigger point's referral pattern on the skin.
 * Writes two channels per vertex — essential, spillover — each in [0, 1] with 0.5 on the zone
 * boundary (see zones.ts), ready to upload as a vertex attribute. Pure and allocation-free in
 * the loop, so it can run on every selection. `paintZonesNear` gives the same values visiting
 * only the vertices near the zones (through a VertexGrid): what the app runs on a selection.
 */
import type { TriggerPointInstance } from './catalogue';
import { zoneCoverage, shapeCenter, type ResolvedShape } from './zones';
import type { Vec3 } from './vec';
import { forEachVertexNear, type VertexGrid } from './vertexGrid';

export interface PaintSummary {
  /** Vertices at or above the boundary in each zone. */
  readonly essentialVertices: number;
  readonly spilloverVertices: number;
}

/** Cheap reject: a shape's bounding sphere (its own radius plus a margin). */
export function bounds(shape: ResolvedShape): { c: Vec3; r: number } {
  const margin = 0.03;
  switch (shape.kind) {
    case 'sphere':
      return { c: shape.center, r: shape.radius + margin };
    case 'ellipsoid':
      return { c: shape.center, r: Math.max(...shape.radii) + margin };
    case 'capsule': {
      const c = shapeCenter(shape);
      const half = Math.hypot(shape.to[0] - c[0], shape.to[1] - c[1], shape.to[2] - c[2]);
      return { c, r: half + shape.radius + margin };
    }
  }
}

function paintChannel(
  shapes: readonly ResolvedShape[],
  positions: ArrayLike<number>,
  normals: ArrayLike<number>,
  out: Float32Array,
  channel: 0 | 1,
): number {
  const boxes = shapes.map(bounds);
  const count = positions.length / 3;
  let inside = 0;
  for (let i = 0; i < count; i++) {
    const x = positions[i * 3] ?? 0;
    const y = positions[i * 3 + 1] ?? 0;
    const z = positions[i * 3 + 2] ?? 0;
    let near = false;
    for (const b of boxes) {
      const dx = x - b.c[0],
        dy = y - b.c[1],
        dz = z - b.c[2];
      if (dx * dx + dy * dy + dz * dz <= b.r * b.r) {
        near = true;
        break;
      }
    }
    let value = 0;
    if (near) {
      const n: Vec3 = [normals[i * 3] ?? 0, normals[i * 3 + 1] ?? 0, normals[i * 3 + 2] ?? 0];
      value = zoneCoverage(shapes, [x, y, z], n);
    }
    out[i * 2 + channel] = value;
    if (value >= 0.5) inside++;
  }
  return inside;
}

/**
 * Fill `out` (length 2 × vertex count) with essential and spillover coverage of `instance`
 * (or zeros for null). Positions and normals are flat xyz arrays in the body frame.
 */
export function paintZones(
  instance: TriggerPointInstance | null,
  positions: ArrayLike<number>,
  normals: ArrayLike<number>,
  out: Float32Array,
): PaintSummary {
  if (out.length !== (positions.length / 3) * 2)
    throw new Error('paintZones: out must hold 2 values per vertex');
  if (!instance) {
    out.fill(0);
    return { essentialVertices: 0, spilloverVertices: 0 };
  }
  return {
    essentialVertices: paintChannel(instance.essential.shapes, positions, normals, out, 0),
    spilloverVertices: paintChannel(instance.spillover.shapes, positions, normals, out, 1),
  };
}

/**
 * The same values as `paintZones`, computed only where they can be non-zero: the vertices
 * inside a shape's bounding sphere, found through `grid`. `out` must be zero everywhere except
 * at `previous` (what the last call on this array returned), which is cleared first. Returns
 * the vertices written, to pass as `previous` next time.
 */
export function paintZonesNear(
  instance: TriggerPointInstance | null,
  positions: ArrayLike<number>,
  normals: ArrayLike<number>,
  out: Float32Array,
  grid: VertexGrid,
  previous: readonly number[],
): number[] {
  for (const v of previous) {
    out[v * 2] = 0;
    out[v * 2 + 1] = 0;
  }
  if (!instance) return [];
  const channels = [instance.essential.shapes, instance.spillover.shapes] as const;
  const boxes = channels.map((shapes) => shapes.map(bounds));
  const all = boxes.flat();
  const seen = new Set<number>();
  for (const b of all)
    forEachVertexNear(grid, b.c, b.r, (v) => {
      if (!seen.has(v) && insideAny(all, positions, v)) seen.add(v);
    });
  const written = [...seen];
  for (const v of written) {
    const p: Vec3 = [positions[v * 3] ?? 0, positions[v * 3 + 1] ?? 0, positions[v * 3 + 2] ?? 0];
    const n: Vec3 = [normals[v * 3] ?? 0, normals[v * 3 + 1] ?? 0, normals[v * 3 + 2] ?? 0];
    channels.forEach((shapes, channel) => {
      // As paintChannel: only a vertex inside one of this channel's spheres gets a value.
      const near = insideAny(boxes[channel] ?? [], positions, v);
      out[v * 2 + channel] = near ? zoneCoverage(shapes, p, n) : 0;
    });
  }
  return written;
}

function insideAny(
  boxes: readonly { c: Vec3; r: number }[],
  positions: ArrayLike<number>,
  v: number,
): boolean {
  const x = positions[v * 3] ?? 0,
    y = positions[v * 3 + 1] ?? 0,
    z = positions[v * 3 + 2] ?? 0;
  for (const b of boxes) {
    const dx = x - b.c[0],
      dy = y - b.c[1],
      dz = z - b.c[2];
    if (dx * dx + dy * dy + dz * dz <= b.r * b.r) return true;
  }
  return false;
}
