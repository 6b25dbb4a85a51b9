/**
 * How big a painted pattern looks from a viewing direction: its extents along the screen's
 * axes, so focus views fill tall phone screens and wide laptop screens alike. Pure.
 */
import type { Vec3 } from '../../domain/vec';

/** Half-extents of a set of points as seen from a direction: across, up, and toward the camera. */
export interface ViewExtents {
  readonly halfW: number;
  readonly halfH: number;
  /** How far the nearest point stands out from the target toward the camera. */
  readonly front: number;
  /** The target moved to the middle of the extents on screen, so the framing is balanced. */
  readonly center: Vec3;
}

/** Smallest half-extent framed, so a tiny zone is not blown up to fill the screen. */
const MIN_HALF_EXTENT = 0.09;

/**
 * Extents of the painted vertices (coverage ≥ 0.5 in either channel) and of `extra` (the
 * trigger point) around `target`, measured along the screen axes of a camera looking along
 * −direction. Framing by these instead of a bounding sphere fills tall narrow phone screens.
 */
export function paintedExtents(
  positions: ArrayLike<number>,
  coverage: ArrayLike<number>,
  extra: Vec3,
  target: Vec3,
  direction: Vec3,
): ViewExtents {
  const [dx, dy, dz] = direction;
  // right = up × direction (horizontal), screen up = direction × right.
  let rx = dz,
    rz = -dx;
  const rl = Math.hypot(rx, rz);
  if (rl < 1e-6) {
    rx = 1;
    rz = 0;
  } else {
    rx /= rl;
    rz /= rl;
  }
  const ux = dy * rz,
    uy = dz * rx - dx * rz,
    uz = -dy * rx;
  let minW = 0,
    maxW = 0,
    minH = 0,
    maxH = 0,
    front = 0;
  const take = (x: number, y: number, z: number) => {
    const px = x - target[0],
      py = y - target[1],
      pz = z - target[2];
    const w = px * rx + pz * rz;
    const h = px * ux + py * uy + pz * uz;
    minW = Math.min(minW, w);
    maxW = Math.max(maxW, w);
    minH = Math.min(minH, h);
    maxH = Math.max(maxH, h);
    front = Math.max(front, px * dx + py * dy + pz * dz);
  };
  take(extra[0], extra[1], extra[2]);
  const count = Math.floor(positions.length / 3);
  for (let i = 0; i < count; i++) {
    if ((coverage[i * 2] ?? 0) < 0.5 && (coverage[i * 2 + 1] ?? 0) < 0.5) continue;
    take(positions[i * 3] ?? 0, positions[i * 3 + 1] ?? 0, positions[i * 3 + 2] ?? 0);
  }
  const midW = (minW + maxW) / 2;
  const midH = (minH + maxH) / 2;
  const center: Vec3 = [
    target[0] + rx * midW + ux * midH,
    target[1] + uy * midH,
    target[2] + rz * midW + uz * midH,
  ];
  return {
    halfW: Math.max((maxW - minW) / 2, MIN_HALF_EXTENT),
    halfH: Math.max((maxH - minH) / 2, MIN_HALF_EXTENT),
    front,
    center,
  };
}
