import { describe, expect, it } from 'vitest';
import { MarkerField } from '../../src/scene/markers/markerField';
import { MARKER_STATE } from '../../src/scene/markers/markerMaterial';

const points = new Float32Array([0, 0, 0, 1, 1, 1, 2, 2, 2]);
const normals = new Float32Array([0, 0, 1, 0, 1, 0, 1, 0, 0]);

describe('marker field', () => {
  it('holds one instance per marker in one geometry', () => {
    const field = new MarkerField(points, normals);
    expect(field.geometry.instanceCount).toBe(3);
    expect(field.geometry.getAttribute('iPoint').count).toBe(3);
  });

  it('moves the selected marker to the last slot so it draws on top, keeping its data', () => {
    const field = new MarkerField(points, normals);
    expect(field.setSelected(0)).toBe(true);
    const p = field.geometry.getAttribute('iPoint');
    const n = field.geometry.getAttribute('iNormal');
    expect([p.getX(2), p.getY(2), p.getZ(2)]).toEqual([0, 0, 0]);
    expect([n.getX(2), n.getY(2), n.getZ(2)]).toEqual([0, 0, 1]);
    expect([p.getX(0), p.getY(0), p.getZ(0)]).toEqual([2, 2, 2]);
    expect(field.stateOf(0)).toBe(MARKER_STATE.selected);
    expect(field.stateOf(2)).toBe(MARKER_STATE.normal);
    expect(field.setSelected(0)).toBe(false);
  });

  it('tracks hover separately from selection', () => {
    const field = new MarkerField(points, normals);
    field.setSelected(1);
    field.setHovered(2);
    expect(field.stateOf(1)).toBe(MARKER_STATE.selected);
    expect(field.stateOf(2)).toBe(MARKER_STATE.hovered);
    field.setHovered(-1);
    expect(field.stateOf(2)).toBe(MARKER_STATE.normal);
  });
});
