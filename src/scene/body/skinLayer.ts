/**
 * Applies a SkinAppearance (layers/layerRules.ts) to the skin mesh and material: visibility,
 * opacity and the zone alpha floors. A faded skin is blended after the opaque muscles and bones
 * and writes no depth, so they show through it and the markers still draw over it. Switching
 * between opaque and blended picks another shader variant, so it is flagged only on change.
 */
import type { Mesh } from 'three';
import type { SkinAppearance } from '../layers/layerRules';
import type { SkinMaterial } from './skinMaterial';

/** Draw offset of a faded skin toward the camera (metres): covers muscles grazing the surface. */
export const FADED_SKIN_PULL = 0.004;

/** Update mesh and material; true when anything drawn changed. */
export function applySkinAppearance(
  mesh: Mesh,
  material: SkinMaterial,
  a: SkinAppearance,
): boolean {
  let changed = false;
  if (mesh.visible !== a.visible) {
    mesh.visible = a.visible;
    changed = true;
  }
  if (material.transparent !== a.transparent) {
    material.transparent = a.transparent;
    material.depthWrite = !a.transparent;
    material.zoneUniforms.uSkinPull.value = a.transparent ? FADED_SKIN_PULL : 0;
    material.needsUpdate = true;
    changed = true;
  }
  if (material.opacity !== a.opacity) {
    material.opacity = a.opacity;
    changed = true;
  }
  const z = material.zoneUniforms.uZoneAlpha.value;
  const [e, d, t] = a.zoneAlpha;
  if (z.x !== e || z.y !== d || z.z !== t) {
    z.set(e, d, t);
    changed = true;
  }
  return changed;
}
