/**
 * The markers' GPU data: one InstancedBufferGeometry (a unit quad, one instance per
 * trigger-point instance) with the surface point and a state (normal / hovered / selected) per
 * instance. Hover and selection changes rewrite a few floats and flag the attributes for upload;
 * nothing is rebuilt. The selected marker is moved to the last slot so it draws over its
 * neighbours (markers do not write depth).
 */
import { BufferAttribute, InstancedBufferAttribute, InstancedBufferGeometry } from 'three';
import { MARKER_STATE } from './markerMaterial';

export class MarkerField {
  readonly geometry = new InstancedBufferGeometry();
  private readonly pointAttr: InstancedBufferAttribute;
  private readonly normalAttr: InstancedBufferAttribute;
  private readonly stateAttr: InstancedBufferAttribute;
  /** slotOf[instance] = slot it is drawn in; instanceAt[slot] = the reverse. */
  private readonly slotOf: Int32Array;
  private readonly instanceAt: Int32Array;
  private selected = -1;
  private hovered = -1;

  /** `points` and `normals` hold xyz per instance, in the order of atlas.instances. */
  constructor(
    private readonly points: Float32Array,
    private readonly normals: Float32Array,
  ) {
    const count = points.length / 3;
    this.geometry.setAttribute(
      'position',
      new BufferAttribute(new Float32Array([-1, -1, 0, 1, -1, 0, 1, 1, 0, -1, 1, 0]), 3),
    );
    this.geometry.setIndex([0, 1, 2, 0, 2, 3]);
    this.pointAttr = new InstancedBufferAttribute(Float32Array.from(points), 3);
    this.normalAttr = new InstancedBufferAttribute(Float32Array.from(normals), 3);
    this.stateAttr = new InstancedBufferAttribute(new Float32Array(count), 1);
    this.geometry.setAttribute('iPoint', this.pointAttr);
    this.geometry.setAttribute('iNormal', this.normalAttr);
    this.geometry.setAttribute('iState', this.stateAttr);
    this.geometry.instanceCount = count;
    this.slotOf = Int32Array.from({ length: count }, (_, i) => i);
    this.instanceAt = Int32Array.from({ length: count }, (_, i) => i);
  }

  get count(): number {
    return this.geometry.instanceCount;
  }

  get selectedIndex(): number {
    return this.selected;
  }

  get hoveredIndex(): number {
    return this.hovered;
  }

  /** Mark `index` (−1 = none) as selected; returns true when anything changed. */
  setSelected(index: number): boolean {
    if (index === this.selected) return false;
    this.selected = index;
    if (index >= 0) this.moveToLastSlot(index);
    this.writeStates();
    return true;
  }

  /** Mark `index` (−1 = none) as hovered; returns true when anything changed. */
  setHovered(index: number): boolean {
    if (index === this.hovered) return false;
    this.hovered = index;
    this.writeStates();
    return true;
  }

  /** State value of an instance (for tests and the label). */
  stateOf(index: number): number {
    return this.stateAttr.array[this.slotOf[index] ?? 0] ?? 0;
  }

  dispose(): void {
    this.geometry.dispose();
  }

  private moveToLastSlot(index: number): void {
    const last = this.count - 1;
    const from = this.slotOf[index] ?? 0;
    const other = this.instanceAt[last] ?? 0;
    if (from === last) return;
    this.instanceAt[from] = other;
    this.instanceAt[last] = index;
    this.slotOf[other] = from;
    this.slotOf[index] = last;
    this.copySlot(from);
    this.copySlot(last);
    this.pointAttr.needsUpdate = true;
    this.normalAttr.needsUpdate = true;
  }

  private copySlot(slot: number): void {
    const i = this.instanceAt[slot] ?? 0;
    const p = this.pointAttr.array as Float32Array;
    const n = this.normalAttr.array as Float32Array;
    for (let a = 0; a < 3; a++) {
      p[slot * 3 + a] = this.points[i * 3 + a] ?? 0;
      n[slot * 3 + a] = this.normals[i * 3 + a] ?? 0;
    }
  }

  private writeStates(): void {
    const s = this.stateAttr.array as Float32Array;
    for (let slot = 0; slot < this.count; slot++) {
      const i = this.instanceAt[slot] ?? -1;
      s[slot] =
        i === this.selected
          ? MARKER_STATE.selected
          : i === this.hovered
            ? MARKER_STATE.hovered
            : MARKER_STATE.normal;
    }
    this.stateAttr.needsUpdate = true;
  }
}
