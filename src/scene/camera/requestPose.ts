/**
 * Turns a camera request from the store (preset, reset, focus on an instance, the whole body
 * from the nearest side) into a pose.
 * Focus uses focusView (domain/focus.ts) over the instance's painted coverage, so the camera
 * looks at the trigger point and its zones from the side where they are.
 */
import { focusView } from '../../domain/focus';
import type { Atlas } from '../../domain/catalogue';
import type { CameraRequest } from '../../state/store';
import type { SkinSurface } from '../body/skinSurface';
import type { MarkerLayout } from '../markers/markerLayout';
import { markerNormal, markerPoint } from '../markers/markerLayout';
import type { ZonePainter } from '../paint/zonePainter';
import { paintedExtents } from './framing';
import type { ViewPreset } from '../../state/url';
import type { Vec3 } from '../../domain/vec';
import { focusPose, presetPose, PRESET_DIRECTIONS, type Box, type CameraPose } from './views';

export interface PoseContext {
  readonly box: Box;
  readonly fov: number;
  readonly aspect: number;
  readonly atlas: Atlas | null;
  readonly surface: SkinSurface | null;
  readonly layout: MarkerLayout | null;
  readonly painter: ZonePainter | null;
  /** From the target towards the camera now (for `whole`); the front when absent. */
  readonly viewDirection?: Vec3;
  /**
   * How far a focus may zoom out (zoomOutLimit for this view; the usual limit when absent): a
   * long pattern in the strip a tablet's sheet leaves may need more distance than usual.
   */
  readonly maxDistance?: number;
}

/** The preset whose direction is nearest `direction` (in the horizontal plane). */
export function nearestPreset(direction: Vec3): ViewPreset {
  let best: ViewPreset = 'front';
  let bestDot = -Infinity;
  for (const [preset, d] of Object.entries(PRESET_DIRECTIONS) as [ViewPreset, Vec3][]) {
    const dot = d[0] * direction[0] + d[2] * direction[2];
    if (dot > bestDot) {
      bestDot = dot;
      best = preset;
    }
  }
  return best;
}

/**
 * A surface facing within about 70° of the view is in sight; and one facing mostly up or down
 * (the crown, a sole) shows about as well from any side.
 */
const IN_SIGHT = 0.35;
const SIDEWAYS = 0.3;

/**
 * The pose for a request, or null when it cannot be honoured (unknown instance, no data yet) or
 * asks for no move (`face` with the surface already in sight).
 */
export function poseForRequest(request: CameraRequest, ctx: PoseContext): CameraPose | null {
  switch (request.kind) {
    case 'preset':
      return presetPose(request.preset, ctx.box, ctx.fov, ctx.aspect);
    case 'reset':
      return presetPose('front', ctx.box, ctx.fov, ctx.aspect);
    case 'whole':
      return presetPose(
        nearestPreset(ctx.viewDirection ?? PRESET_DIRECTIONS.front),
        ctx.box,
        ctx.fov,
        ctx.aspect,
      );
    case 'face': {
      const d = request.direction;
      const sideways = Math.hypot(d[0], d[2]);
      const view = ctx.viewDirection ?? PRESET_DIRECTIONS.front;
      const flat = Math.hypot(view[0], view[2]) || 1;
      const inSight = (view[0] * d[0] + view[2] * d[2]) / (flat * (sideways || 1)) > IN_SIGHT;
      if (sideways < SIDEWAYS || inSight) return null;
      return presetPose(nearestPreset(d), ctx.box, ctx.fov, ctx.aspect);
    }
    case 'focus': {
      const instance = ctx.atlas?.instanceByKey.get(request.key);
      const index = ctx.layout?.indexByKey.get(request.key);
      if (!instance || index === undefined || !ctx.layout || !ctx.surface || !ctx.painter)
        return null;
      const coverage = ctx.painter.coverage(instance);
      const point = markerPoint(ctx.layout, index);
      const view = focusView(
        point,
        markerNormal(ctx.layout, index),
        ctx.surface.positions,
        ctx.surface.normals,
        coverage,
      );
      const extents = paintedExtents(
        ctx.surface.positions,
        coverage,
        point,
        view.target,
        view.direction,
      );
      return focusPose(view, ctx.fov, ctx.aspect, extents, ctx.maxDistance);
    }
  }
}
