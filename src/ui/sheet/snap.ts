/**
 * Bottom-sheet snapping: the phone panel rests at one of three heights (peek, half, full). Pure
 * functions so the drag behaviour is testable without a browser.
 */
export type SnapPoint = 'peek' | 'half' | 'full';
export const SNAP_ORDER: readonly SnapPoint[] = ['peek', 'half', 'full'];

/** Visible height in pixels of each snap point for a container of the given height. */
export function snapHeights(containerHeight: number, peek = 128): Record<SnapPoint, number> {
  const full = Math.max(containerHeight, peek);
  return { peek: Math.min(peek, full), half: Math.max(peek, Math.round(full * 0.52)), full };
}

/**
 * Where a drag ends: after a quick flick (|velocity| above 0.5 px/ms) the sheet goes to the next
 * snap height beyond where it was let go, in the flick's direction; otherwise the nearest snap
 * height wins. Positive velocity means the finger moved up.
 */
export function settleSnap(
  visible: number,
  velocity: number,
  heights: Record<SnapPoint, number>,
  from: SnapPoint,
): SnapPoint {
  const EPSILON = 8;
  if (velocity > 0.5) {
    return SNAP_ORDER.find((s) => heights[s] > visible + EPSILON) ?? 'full';
  }
  if (velocity < -0.5) {
    return [...SNAP_ORDER].reverse().find((s) => heights[s] < visible - EPSILON) ?? 'peek';
  }
  let best: SnapPoint = from;
  let bestDistance = Infinity;
  for (const snap of SNAP_ORDER) {
    const d = Math.abs(heights[snap] - visible);
    if (d < bestDistance) {
      best = snap;
      bestDistance = d;
    }
  }
  return best;
}

/** One snap point up (+1) or down (−1), clamped. */
export function stepSnap(from: SnapPoint, direction: 1 | -1): SnapPoint {
  const i = SNAP_ORDER.indexOf(from) + direction;
  return SNAP_ORDER[Math.min(Math.max(i, 0), SNAP_ORDER.length - 1)] ?? from;
}

/** What a tap or Enter on the handle does: peek → half → full → peek. */
export function cycleSnap(from: SnapPoint): SnapPoint {
  return from === 'full' ? 'peek' : stepSnap(from, 1);
}
