/**
 * A small synthetic "body" for scene tests: a head and a shoulder/trunk ellipsoid placed where
 * the fixture atlas's trigger point and zones are, each a scaled and translated sphere mesh so
 * the world-matrix path of extractSkinSurface is exercised too. No GLB and no WebGL needed.
 */
import { Group, Mesh, SphereGeometry } from 'three';
import { extractSkinSurface, type SkinSurface } from '../../src/scene/body/skinSurface';

interface Ellipsoid {
  readonly center: readonly [number, number, number];
  readonly radii: readonly [number, number, number];
}

export const HEAD: Ellipsoid = { center: [0, 1.6, 0], radii: [0.08, 0.12, 0.09] };
export const TRUNK: Ellipsoid = { center: [0, 1.3, -0.01], radii: [0.2, 0.2, 0.11] };

export function syntheticSkin(segments = 64): SkinSurface {
  const root = new Group();
  for (const e of [HEAD, TRUNK]) {
    const mesh = new Mesh(new SphereGeometry(1, segments, Math.round(segments * 0.75)));
    mesh.scale.set(...e.radii);
    mesh.position.set(...e.center);
    root.add(mesh);
  }
  return extractSkinSurface(root);
}

/** How far p is from the nearer ellipsoid's surface, approximately (metres). */
export function distanceFromSkin(p: readonly number[]): number {
  return Math.min(
    ...[HEAD, TRUNK].map(({ center, radii }) => {
      const k = Math.hypot(
        ((p[0] ?? 0) - center[0]) / radii[0],
        ((p[1] ?? 0) - center[1]) / radii[1],
        ((p[2] ?? 0) - center[2]) / radii[2],
      );
      return Math.abs(k - 1) * Math.min(...radii);
    }),
  );
}
