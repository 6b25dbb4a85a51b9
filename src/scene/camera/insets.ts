/**
 * Framing around DOM panels that cover part of the canvas (the phone's bottom sheet, the
 * drawer): the camera's principal point is moved to the centre of the uncovered rectangle with
 * a view offset, so "centred" means centred where the user can see. Pure.
 */
import { MIN_VISIBLE_SHARE, type ViewInsets } from '../../state/store';

export interface ViewOffset {
  /** Arguments for PerspectiveCamera.setViewOffset, or null for no offset. */
  readonly offset: {
    fullW: number;
    fullH: number;
    x: number;
    y: number;
    w: number;
    h: number;
  } | null;
  /** The vertical field of view (degrees) and aspect of the uncovered rectangle, for fitting. */
  readonly visibleFov: number;
  readonly visibleAspect: number;
}

export function viewOffsetFor(
  width: number,
  height: number,
  fovDeg: number,
  insets: ViewInsets,
): ViewOffset {
  const none: ViewOffset = {
    offset: null,
    visibleFov: fovDeg,
    visibleAspect: width / Math.max(1, height),
  };
  const visW = width - insets.left - insets.right;
  const visH = height - insets.top - insets.bottom;
  if (
    width <= 0 ||
    height <= 0 ||
    visW < width * MIN_VISIBLE_SHARE ||
    visH < height * MIN_VISIBLE_SHARE
  )
    return none;
  if (insets.left + insets.right + insets.top + insets.bottom < 1) return none;
  const cx = insets.left + visW / 2;
  const cy = insets.top + visH / 2;
  // A virtual view, larger than the canvas, whose centre is the uncovered rectangle's centre.
  const fullW = 2 * Math.max(cx, width - cx);
  const fullH = 2 * Math.max(cy, height - cy);
  const offset = { fullW, fullH, x: fullW / 2 - cx, y: fullH / 2 - cy, w: width, h: height };
  // The fov spans the virtual height; the part the user sees spans visH of it.
  const tanHalf = Math.tan((fovDeg * Math.PI) / 360) * (visH / fullH);
  return { offset, visibleFov: (Math.atan(tanHalf) * 360) / Math.PI, visibleAspect: visW / visH };
}
