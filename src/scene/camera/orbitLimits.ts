/**
 * Keeps the orbit camera somewhere sensible after every controls change: the orbit centre stays
 * on the body (panning cannot lose it) and the camera stays above the floor. Moves the camera
 * with the target so the view does not jump. Allocation-free: the caller passes a scratch vector.
 */
import type { Vector3 } from 'three';
import { CAMERA_LIMITS, type Box } from './views';

export function keepOrbitInBounds(
  target: Vector3,
  position: Vector3,
  box: Box,
  scratch: Vector3,
): void {
  const v = scratch.set(
    Math.min(box.max[0], Math.max(box.min[0], target.x)),
    Math.min(box.max[1], Math.max(box.min[1], target.y)),
    Math.min(box.max[2], Math.max(box.min[2], target.z)),
  );
  if (!v.equals(target)) {
    v.sub(target);
    position.add(v);
    target.add(v);
  }
  if (position.y < CAMERA_LIMITS.minHeight) position.y = CAMERA_LIMITS.minHeight;
}
