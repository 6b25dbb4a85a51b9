/**
 * The body model's skin as a SkinQuery (src/domain/surface.ts) for node-side checks: the CLI
 * and the data tests. Reads public/models/body.glb once per process.
 */
import { resolve } from 'node:path';
import type { SkinQuery } from '../../src/domain/surface';
import { nearestOnMesh, readBodyGlb } from './body-glb';

export const BODY_GLB = resolve(import.meta.dirname, '../../public/models/body.glb');

let cached: Promise<SkinQuery> | undefined;

export function skinQuery(path: string = BODY_GLB): Promise<SkinQuery> {
  cached ??= readBodyGlb(path).then(({ skin }) => ({
    positions: skin.positions,
    normals: skin.normals,
    nearest: (point) => {
      const hit = nearestOnMesh(skin, point as [number, number, number]);
      return { distance: hit.distance, inside: hit.inside };
    },
  }));
  return cached;
}
