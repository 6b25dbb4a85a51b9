/**
 * Every trigger-point instance of the atlas (both sides) with the point on the skin where its
 * marker is drawn. Index i everywhere in the marker code means atlas.instances[i].
 */
import type { Atlas, TriggerPointInstance } from '../../domain/catalogue';
import type { InstanceKey } from '../../domain/ids';
import type { Vec3 } from '../../domain/vec';
import { placeOnSurface, type SurfacePlacement } from './placement';

export interface MarkerLayout {
  readonly instances: readonly TriggerPointInstance[];
  readonly indexByKey: ReadonlyMap<InstanceKey, number>;
  readonly placement: SurfacePlacement;
}

/** Place every instance of `atlas` on the skin given as flat world-space arrays. */
export function layoutMarkers(
  atlas: Atlas,
  positions: ArrayLike<number>,
  normals: ArrayLike<number>,
): MarkerLayout {
  const instances = atlas.instances;
  return {
    instances,
    indexByKey: new Map(instances.map((inst, i) => [inst.key, i])),
    placement: placeOnSurface(
      instances.map((i) => i.position),
      positions,
      normals,
    ),
  };
}

/** The marker point of instance `index` as a tuple. */
export function markerPoint(layout: MarkerLayout, index: number): Vec3 {
  const p = layout.placement.points;
  return [p[index * 3] ?? 0, p[index * 3 + 1] ?? 0, p[index * 3 + 2] ?? 0];
}

/** The skin normal under instance `index`. */
export function markerNormal(layout: MarkerLayout, index: number): Vec3 {
  const n = layout.placement.normals;
  return [n[index * 3] ?? 0, n[index * 3 + 1] ?? 0, n[index * 3 + 2] ?? 0];
}
