/**
 * The vocabulary of the muscle table: a muscle is one or more heads, each a control path from
 * origin (first point) through optional via points to insertion (last point), with a belly
 * half-width and half-thickness, shaped by its type:
 * - fusiform: one spindle belly tapering to round tendons;
 * - pennate: a fusiform outline whose fibres run obliquely (`pennation` degrees) to a central tendon;
 * - sheet: a flat band across two or more edge paths, filled with parallel strands;
 * - fan: a sheet whose edges converge on a narrow insertion (fibres radiate);
 * - multi: several heads joined at a common insertion (e.g. triceps, gastrocnemius, deltoid).
 * `layer` is the depth order (1 = directly under the skin); `conform` (metres) lays the belly at
 * that depth under the skin so superficial muscles follow the surface, deep ones keep their paths.
 * Invariant: entries are data only (no geometry is built here); points are right side (x ≤ 0).
 */
import type { Vec3 } from '../vec';

export type MuscleType = 'fusiform' | 'pennate' | 'sheet' | 'fan' | 'multi';

export interface Head {
  name: string;
  path: Vec3[];
  /** belly half-width and half-thickness (metres); sheets use `w` only at their edges */
  w: number;
  h: number;
  /** multi: this head's own `facing` (the muscle's otherwise), where only one head needs it */
  facing?: Vec3 | Vec3[];
}

export interface MuscleDef {
  id: string;
  type: MuscleType;
  layer: 1 | 2 | 3 | 4;
  /** fusiform/pennate: one head; sheet/fan: the edges in order; multi: every head */
  heads: Head[];
  /** sheet/fan: number of strands between the two edges */
  strands?: number;
  /** depth of the muscle's outer surface under the skin, if it follows the skin */
  conform?: number;
  /** sheet/fan: `conform` depth at each edge instead (interpolated across the strands between),
   * for a sheet under skin whose fat is thicker along one border (gluteus maximus: the buttock's
   * fat pad deepens towards the gluteal fold) */
  conformEdges?: number[];
  /** fibre angle to the muscle's line of pull (pennate), degrees */
  pennation?: number;
  /** tendon fraction of the path at the origin and insertion ends */
  tendon?: [number, number];
  /** sheet/fan: strand half-width as a fraction of the strand spacing (default 0.7); more closes
   * the gaps a fan opens where its strands diverge */
  overlap?: number;
  /** sheet/fan: thickness factor of the middle strand (edges keep `h`), so the section is a lens
   * rather than a plate (thick fans such as pectoralis major and gluteus maximus) */
  bulge?: number;
  /** sheet/fan: where across the strands (0 = first edge, 1 = last) `bulge` peaks (default 0.5),
   * for sheets thickest towards one border (pectoralis major at the axillary fold) */
  bulgeAt?: number;
  /** sheet/fan: heights (y, metres) where the belly thins across its width, as at the tendinous
   * intersections of rectus abdominis; the outer surface dips there */
  intersections?: number[];
  /** samples along each path (default 14); more resolves detail along the length */
  samples?: number;
  /** sheet/fan: lay each strand's width in the sheet's own plane (towards its neighbours)
   * instead of tangent to the skin, so a deep sheet set across the skin stays one solid plate */
  inPlane?: boolean;
  /** where along the path (0..1) the belly is widest; default midway between the tendons
   * (e.g. forearm muscles bulge near the elbow and taper to long tendons at the wrist) */
  belly?: number;
  /** fusiform/pennate/multi: fraction of the belly width kept at the origin and insertion ends,
   * for broad flat tendons and aponeuroses (quadriceps tendon, common tendon of the triceps)
   * instead of round cords; default [0, 0] */
  flatEnds?: [number, number];
  /** a fixed outward direction for the belly's thickness axis (its width lies across it), for
   * deep muscles where the nearest skin changes side along the path (soleus under the calf); or
   * several, at evenly spaced stops from origin to insertion, for a flat ribbon whose face turns
   * steadily along its course instead of following every turn of the skin (sartorius spirals from
   * the front of the hip to the medial side of the knee) */
  facing?: Vec3 | Vec3[];
  /** meshing edge (metres) when the default, fitted to the belly, would be too coarse for the
   * muscle's long thin tendons (they would break into pieces) */
  meshEdge?: number;
  /** sheet/fan: thickness factor along the fibres, at evenly spaced stops from origin to
   * insertion (temporalis: thin at the temporal lines, thickest above the zygomatic arch) */
  thickness?: number[];
  /** half-spaces `[n, c]` (unit n) the muscle is cut to, keeping n · p ≤ c: a sheet that runs on
   * into its neighbour ends there on a flat face, so the two abut with neither seam nor overlap
   * (frontalis and occipitalis at the vertex, each epicranius at the midline) */
  cut?: [Vec3, number][];
}

export interface Opts {
  conform?: number;
  conformEdges?: number[];
  tendon?: [number, number];
  strands?: number;
  overlap?: number;
  bulge?: number;
  bulgeAt?: number;
  intersections?: number[];
  samples?: number;
  inPlane?: boolean;
  belly?: number;
  flatEnds?: [number, number];
  facing?: Vec3 | Vec3[];
  meshEdge?: number;
  thickness?: number[];
  cut?: [Vec3, number][];
}

const head = (name: string, path: Vec3[], w: number, h: number): Head => ({ name, path, w, h });

/** A spindle from origin to insertion. */
export const fus = (
  id: string,
  layer: MuscleDef['layer'],
  path: Vec3[],
  w: number,
  h: number,
  o: Opts = {},
): MuscleDef => ({
  id,
  type: 'fusiform',
  layer,
  heads: [head('belly', path, w, h)],
  ...o,
});

/** A pennate belly: fusiform outline, fibres at `deg` to the axis. */
export const pen = (
  id: string,
  layer: MuscleDef['layer'],
  path: Vec3[],
  w: number,
  h: number,
  deg: number,
  o: Opts = {},
): MuscleDef => ({
  id,
  type: 'pennate',
  layer,
  heads: [head('belly', path, w, h)],
  pennation: deg,
  ...o,
});

/** A flat sheet across two or more edge paths (same number of control points each), in order. */
export const sheet = (
  id: string,
  layer: MuscleDef['layer'],
  edges: Vec3[][],
  h: number,
  o: Opts = {},
): MuscleDef => ({
  id,
  type: 'sheet',
  layer,
  heads: edges.map((p, i) => head(`edge-${i}`, p, 0, h)),
  strands: 5,
  ...o,
});

/** A fan: a sheet whose edges converge on the insertion. */
export const fan = (
  id: string,
  layer: MuscleDef['layer'],
  edges: Vec3[][],
  h: number,
  o: Opts = {},
): MuscleDef => ({
  ...sheet(id, layer, edges, h, o),
  type: 'fan',
});

/** Several heads, each `[name, path, w, h]` (or `[…, facing]`), usually sharing the insertion. */
export const multi = (
  id: string,
  layer: MuscleDef['layer'],
  heads: ([string, Vec3[], number, number] | [string, Vec3[], number, number, Vec3 | Vec3[]])[],
  o: Opts = {},
): MuscleDef => ({
  id,
  type: 'multi',
  layer,
  heads: heads.map(([n, p, w, h, f]) =>
    f === undefined ? head(n, p, w, h) : { ...head(n, p, w, h), facing: f },
  ),
  ...o,
});
