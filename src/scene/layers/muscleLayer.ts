/**
 * The drawable muscle layer: the merged muscle geometry, its material, and the per-muscle state
 * the shader shows (highlight, hover). Set through methods that report whether anything changed,
 * so callers invalidate a frame only when needed. The highlighted muscle is also drawn as a
 * see-through "ghost" (ghostMaterial.ts): a view of the same vertex buffers whose draw range is
 * that muscle's triangles. Owns the materials and the ghost view, not the buffers (those are
 * cached with the loaded model and outlive a remount).
 */
import { BufferGeometry, type ShaderMaterial } from 'three';
import type { MuscleSet } from './anatomyModel';
import { createGhostMaterial } from './ghostMaterial';
import { createMuscleMaterial, type MuscleMaterial } from './muscleMaterial';

export class MuscleLayer {
  readonly material: MuscleMaterial;
  /** Shares the merged buffers; its draw range is the highlighted muscle (empty when none). */
  readonly ghostGeometry = new BufferGeometry();
  readonly ghostMaterial: ShaderMaterial = createGhostMaterial();
  private highlighted = -1;
  private hovered = -1;

  constructor(readonly set: MuscleSet) {
    this.material = createMuscleMaterial(set.fibre, set.tendons);
    this.ghostGeometry.setAttribute('position', set.geometry.getAttribute('position'));
    this.ghostGeometry.setAttribute('normal', set.geometry.getAttribute('normal'));
    this.ghostGeometry.setIndex(set.geometry.getIndex());
    this.ghostGeometry.boundingSphere = set.geometry.boundingSphere;
    this.ghostGeometry.setDrawRange(0, 0);
  }

  /** Highlight the muscle node `name` (others dimmed), or none with null / an unknown name. */
  setHighlight(name: string | null): boolean {
    const index = name === null ? -1 : (this.set.indexByName.get(name) ?? -1);
    if (index === this.highlighted) return false;
    this.highlighted = index;
    const u = this.material.muscleUniforms;
    u.uHighlight.value = index;
    u.uDim.value = index >= 0 ? 1 : 0;
    const part = this.set.parts[index];
    this.ghostGeometry.setDrawRange(part?.start ?? 0, part?.count ?? 0);
    return true;
  }

  /** The highlighted node's name, or null. */
  get highlightedName(): string | null {
    return this.set.parts[this.highlighted]?.name ?? null;
  }

  /** Mark muscle `index` as hovered (-1 none). */
  setHovered(index: number): boolean {
    if (index === this.hovered) return false;
    this.hovered = index;
    this.material.muscleUniforms.uHover.value = index;
    return true;
  }

  get hoveredIndex(): number {
    return this.hovered;
  }

  dispose(): void {
    this.material.dispose();
    this.ghostMaterial.dispose();
    // Only the view object: the attributes belong to the cached model.
    this.ghostGeometry.dispose();
  }
}
