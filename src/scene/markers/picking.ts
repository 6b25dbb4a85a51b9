/**
 * Screen-space picking of trigger-point markers: which marker a click or tap meant. Markers are
 * small, so the hit area is a generous circle around each one and the nearest visible marker
 * wins. Pure: projected coordinates in, an index out; occlusion is the caller's callback.
 */

/** Hit radius for a mouse pointer (CSS px); at least the marker's own size. */
export const MOUSE_HIT_RADIUS = 22;
/** Fingers are blunt: touch and pen get a wider circle. */
export const TOUCH_HIT_RADIUS = 32;
/** A press that moved more than this (CSS px) was an orbit drag, not a click. */
export const CLICK_SLOP = 6;

/** Markers projected to the canvas, in CSS px; `visible` 0 = behind the camera or facing away. */
export interface ScreenMarkers {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly visible: ArrayLike<number>;
}

/**
 * Indices of visible markers within `radius` of (px, py), nearest first. Writes into `out`
 * (cleared first) so pointer handlers can reuse one array.
 */
export function markersNear(
  markers: ScreenMarkers,
  px: number,
  py: number,
  radius: number,
  out: number[] = [],
): number[] {
  out.length = 0;
  const r2 = radius * radius;
  const dist: number[] = [];
  for (let i = 0; i < markers.x.length; i++) {
    if (!markers.visible[i]) continue;
    const dx = (markers.x[i] ?? 0) - px;
    const dy = (markers.y[i] ?? 0) - py;
    const d = dx * dx + dy * dy;
    if (d <= r2) {
      out.push(i);
      dist[i] = d;
    }
  }
  out.sort((a, b) => (dist[a] ?? 0) - (dist[b] ?? 0) || a - b);
  return out;
}

/**
 * The marker a press at (px, py) picks: the nearest visible one within `radius` that
 * `isOccluded` does not reject, or −1.
 */
export function pickMarker(
  markers: ScreenMarkers,
  px: number,
  py: number,
  radius: number,
  isOccluded: (index: number) => boolean = () => false,
): number {
  for (const i of markersNear(markers, px, py, radius)) if (!isOccluded(i)) return i;
  return -1;
}

/** True when a press that went down at (x0, y0) and came up at (x1, y1) counts as a click. */
export const isClick = (
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  slop: number = CLICK_SLOP,
): boolean => Math.hypot(x1 - x0, y1 - y0) <= slop;
