/**
 * Checks that need the body's skin: trigger points lie under the skin (not floating outside it,
 * not deeper than a muscle can be), landmarks lie on it, and every referral zone touches it.
 * The mesh is passed in as plain arrays plus a nearest-point query, so this stays pure and runs
 * the same in the CLI, the tests and the app.
 */
import type { Atlas } from './catalogue';
import type { AtlasIssue } from './issues';
import { paintZones } from './paint';
import type { Vec3 } from './vec';

export interface SkinQuery {
  /** Flat xyz arrays in the body frame. */
  readonly positions: ArrayLike<number>;
  readonly normals: ArrayLike<number>;
  /** Distance to the skin surface and whether the point is inside the body. */
  nearest(point: Vec3): { distance: number; inside: boolean };
}

export const SURFACE_LIMITS = {
  /** A trigger point may sit this far outside the skin (rounding, thin skin over bone). */
  outsideTolerance: 0.005,
  /** Deepest plausible trigger point under the skin (gluteus minimus, quadratus lumborum). */
  maxDepth: 0.09,
  /** Landmarks must be on the skin within this distance. */
  landmarkTolerance: 0.005,
} as const;

const mm = (m: number) => `${(m * 1000).toFixed(1)} mm`;

/** Every trigger point, landmark and zone checked against the skin; issues name file and path. */
export function checkAgainstSkin(atlas: Atlas, skin: SkinQuery): AtlasIssue[] {
  const issues: AtlasIssue[] = [];
  atlas.landmarks.forEach((landmark, i) => {
    const { distance } = skin.nearest(landmark.position);
    if (distance > SURFACE_LIMITS.landmarkTolerance) {
      issues.push({
        file: 'landmarks.json',
        path: `landmarks[${i}].position`,
        message: `landmark "${landmark.id}" is ${mm(distance)} from the skin (limit ${mm(SURFACE_LIMITS.landmarkTolerance)})`,
      });
    }
  });
  issues.push(...checkTriggerPointsAgainstSkin(atlas, skin));
  return issues;
}

/**
 * The trigger points of the given muscles (all when `muscleIds` is omitted) against the skin:
 * under it but not too deep, and zones that touch it. Issues name `muscles/<id>.json`.
 */
export function checkTriggerPointsAgainstSkin(
  atlas: Atlas,
  skin: SkinQuery,
  muscleIds?: ReadonlySet<string>,
): AtlasIssue[] {
  const issues: AtlasIssue[] = [];
  const coverage = new Float32Array((skin.positions.length / 3) * 2);
  for (const muscle of atlas.muscles) {
    if (muscleIds && !muscleIds.has(muscle.id)) continue;
    const file = `muscles/${muscle.id}.json`;
    muscle.triggerPoints.forEach((tp, i) => {
      const at = `triggerPoints[${i}]`;
      const { distance, inside } = skin.nearest(tp.position);
      if (!inside && distance > SURFACE_LIMITS.outsideTolerance) {
        issues.push({
          file,
          path: `${at}.position`,
          message: `trigger point "${tp.id}" is ${mm(distance)} outside the body`,
        });
      } else if (inside && distance > SURFACE_LIMITS.maxDepth) {
        issues.push({
          file,
          path: `${at}.position`,
          message: `trigger point "${tp.id}" is ${mm(distance)} under the skin (deeper than ${mm(SURFACE_LIMITS.maxDepth)})`,
        });
      }
      const instance = atlas.instanceByKey.get(`${tp.id}:right` as never);
      if (!instance) return;
      const painted = paintZones(instance, skin.positions, skin.normals, coverage);
      if (painted.essentialVertices === 0) {
        issues.push({
          file,
          path: `${at}.referral.essential`,
          message: `the essential zone of "${tp.id}" does not touch the skin`,
        });
      }
      const spill = tp.referral.spillover;
      if (
        (spill.regions.length > 0 || spill.shapes.length > 0) &&
        painted.spilloverVertices === 0
      ) {
        issues.push({
          file,
          path: `${at}.referral.spillover`,
          message: `the spillover zone of "${tp.id}" does not touch the skin`,
        });
      }
    });
  }
  return issues;
}

/** Index of the vertex nearest to `p`, or −1 for an empty mesh. Brute force: for one-off queries. */
export function nearestVertex(p: Vec3, positions: ArrayLike<number>): number {
  let best = -1;
  let bestD = Infinity;
  const count = Math.floor(positions.length / 3);
  for (let i = 0; i < count; i++) {
    const dx = (positions[i * 3] ?? 0) - p[0];
    const dy = (positions[i * 3 + 1] ?? 0) - p[1];
    const dz = (positions[i * 3 + 2] ?? 0) - p[2];
    const d = dx * dx + dy * dy + dz * dz;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}
