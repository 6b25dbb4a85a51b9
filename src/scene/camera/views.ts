/**
 * Camera poses as pure geometry: where the camera stands and what it looks at for a preset
 * view, for the whole body, and for a trigger point's focus view (from domain/focus.ts).
 * Body frame: +Y up, +Z anterior, +X the body's left. Pure tuples; no three.js.
 */
import type { FocusView } from '../../domain/focus';
import type { ViewPreset } from '../../state/url';
import type { Vec3 } from '../../domain/vec';
import type { ViewExtents } from './framing';

export interface CameraPose {
  readonly position: Vec3;
  readonly target: Vec3;
}

export interface Box {
  readonly min: Vec3;
  readonly max: Vec3;
}

export const CAMERA_LIMITS = {
  minDistance: 0.35,
  maxDistance: 4.5,
  /** Lowest the camera may go (metres above the floor). */
  minHeight: 0.04,
  /** Radians from straight up; a little past horizontal so feet can be seen from slightly below. */
  maxPolarAngle: Math.PI * 0.62,
  minPolarAngle: Math.PI * 0.06,
} as const;

/** Vertical field of view (degrees). Narrow-ish: little perspective distortion of the body. */
export const CAMERA_FOV = 32;

/** A 1.75 m standing body, used until the skin's own bounds are known. */
export const DEFAULT_BODY_BOX: Box = { min: [-0.45, 0, -0.16], max: [0.45, 1.75, 0.16] };

/** Unit vector from the target toward the camera for each preset. */
export const PRESET_DIRECTIONS: Readonly<Record<ViewPreset, Vec3>> = {
  front: [0, 0, 1],
  back: [0, 0, -1],
  left: [1, 0, 0], // the body's left side faces +X
  right: [-1, 0, 0],
};

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
const deg = Math.PI / 180;

/**
 * Distance at which a rectangle of half-extents (halfW, halfH) fills the view with `margin`
 * (1 = edge to edge), for a vertical fov in degrees and a width/height aspect.
 */
export function fitDistance(
  halfW: number,
  halfH: number,
  fovDeg: number,
  aspect: number,
  margin = 1.1,
): number {
  const tanV = Math.tan((fovDeg * deg) / 2);
  const tanH = tanV * Math.max(aspect, 1e-3);
  return Math.max((halfH * margin) / tanV, (halfW * margin) / tanH);
}

/** The whole body seen from a preset direction, framed with a small margin. */
export function presetPose(
  preset: ViewPreset,
  box: Box,
  fovDeg: number,
  aspect: number,
): CameraPose {
  const dir = PRESET_DIRECTIONS[preset];
  const side = dir[2] !== 0; // front/back see the width (x); left/right see the depth (z)
  const halfW = side ? (box.max[0] - box.min[0]) / 2 : (box.max[2] - box.min[2]) / 2;
  const halfDepth = side ? (box.max[2] - box.min[2]) / 2 : (box.max[0] - box.min[0]) / 2;
  const halfH = (box.max[1] - box.min[1]) / 2;
  const target: Vec3 = [
    (box.min[0] + box.max[0]) / 2,
    (box.min[1] + box.max[1]) / 2,
    (box.min[2] + box.max[2]) / 2,
  ];
  // No upper limit: the whole body must fit, even in the strip a phone's panels leave
  // (zoomOutLimit lets the controls follow).
  const d = Math.max(
    fitDistance(halfW, halfH, fovDeg, aspect, 1.06) + halfDepth,
    CAMERA_LIMITS.minDistance,
  );
  return {
    target,
    position: [target[0] + dir[0] * d, target[1] + dir[1] * d, target[2] + dir[2] * d],
  };
}

/**
 * How far the user may zoom out: the usual limit, or further where that would not fit the whole
 * body in the part of the view the panels leave (a phone with its sheet and overlays).
 */
export function zoomOutLimit(box: Box, fovDeg: number, aspect: number): number {
  const distance = (preset: ViewPreset) => {
    const pose = presetPose(preset, box, fovDeg, aspect);
    return Math.hypot(...pose.position.map((p, i) => p - (pose.target[i] ?? 0)));
  };
  return Math.max(CAMERA_LIMITS.maxDistance, 1.1 * Math.max(distance('front'), distance('left')));
}

/**
 * The camera pose for a focus view: look at the zone's centre from its direction, at a distance
 * that fits its on-screen extents with room to spare (or, without extents, its radius), within
 * the distance limits (`maxDistance`: as far as zooming out may go, zoomOutLimit) and above the
 * floor.
 */
export function focusPose(
  view: FocusView,
  fovDeg: number,
  aspect: number,
  extents?: ViewExtents,
  maxDistance: number = CAMERA_LIMITS.maxDistance,
): CameraPose {
  const fit = extents
    ? fitDistance(extents.halfW, extents.halfH, fovDeg, aspect, 1.45) + extents.front
    : fitDistance(view.radius, view.radius, fovDeg, aspect, 1.25);
  const d = clamp(fit, CAMERA_LIMITS.minDistance, maxDistance);
  const t = extents?.center ?? view.target;
  const [dx, dy, dz] = view.direction;
  let position: Vec3 = [t[0] + dx * d, t[1] + dy * d, t[2] + dz * d];
  if (position[1] < CAMERA_LIMITS.minHeight)
    position = [position[0], CAMERA_LIMITS.minHeight, position[2]];
  return { target: t, position };
}

/** Clamp a point into a box (used to keep panning on the body). */
export function clampToBox(p: Vec3, box: Box): Vec3 {
  return [
    clamp(p[0], box.min[0], box.max[0]),
    clamp(p[1], box.min[1], box.max[1]),
    clamp(p[2], box.min[2], box.max[2]),
  ];
}

/** The box grown by `m` metres on every side. */
export const expandBox = (box: Box, m: number): Box => ({
  min: [box.min[0] - m, box.min[1] - m, box.min[2] - m],
  max: [box.max[0] + m, box.max[1] + m, box.max[2] + m],
});
