/**
 * Pointer handling for the markers, on the canvas element itself: hover (mouse only) highlights
 * a marker, shows its label and the pointer cursor; a click or tap selects the nearest visible
 * marker within a generous radius. A press that moved more than a few pixels was an orbit drag
 * and selects nothing. Hover changes touch GPU attributes and the label element directly, never
 * React state; the store changes only on a real selection.
 */
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { atlasStore } from '../../state/store';
import type { SkinSurface } from '../body/skinSurface';
import type { MarkerField } from './markerField';
import type { MarkerLayout } from './markerLayout';
import { markerLabel } from './markerLabel';
import { MarkerProjector } from './markerProjector';
import { HoverLabel } from './hoverLabel';
import { MOUSE_HIT_RADIUS, pickMarker } from './picking';
import { listenCanvasGestures } from './canvasGestures';

export function useMarkerPointer(
  layout: MarkerLayout,
  field: MarkerField,
  surface: SkinSurface | null,
  labelRef: RefObject<HTMLElement | null> | undefined,
): void {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const projector = useMemo(
    () =>
      new MarkerProjector(
        layout.placement.points,
        layout.placement.normals,
        surface?.geometry ?? null,
      ),
    [layout, surface],
  );
  const labelObj = useRef<HoverLabel | null>(null);

  useEffect(() => () => projector.dispose(), [projector]);

  useEffect(() => {
    const el = gl.domElement;
    const label = new HoverLabel(labelRef?.current ?? null);
    labelObj.current = label;
    const pick = (x: number, y: number, radius: number): number => {
      projector.update(camera, size.width, size.height);
      return pickMarker(projector, x, y, radius, (i) => projector.occluded(i, camera));
    };
    const setHover = (index: number, x = 0, y = 0) => {
      if (!field.setHovered(index)) return;
      el.style.cursor = index >= 0 ? 'pointer' : '';
      const instance = index >= 0 ? layout.instances[index] : undefined;
      if (instance) label.show(markerLabel(instance, atlasStore.getState().level), x, y);
      else label.hide();
      invalidate();
    };
    const stop = listenCanvasGestures(el, {
      hover: (x, y) => {
        const index = pick(x, y, MOUSE_HIT_RADIUS);
        setHover(index, projector.x[index] ?? x, projector.y[index] ?? y);
      },
      press: () => setHover(-1),
      tap: (x, y, radius) => {
        const instance = layout.instances[pick(x, y, radius)];
        if (instance) atlasStore.getState().actions.select(instance.key);
      },
      leave: () => setHover(-1),
    });
    return () => {
      stop();
      el.style.cursor = '';
      label.hide();
      field.setHovered(-1);
      labelObj.current = null;
    };
  }, [gl, camera, size, invalidate, layout, field, projector, labelRef]);

  // Keep the label on its marker while the camera moves (damping, animations).
  useFrame(() => {
    const i = field.hoveredIndex;
    if (i < 0 || !labelObj.current) return;
    camera.updateMatrixWorld();
    projector.projectOne(i, camera, size.width, size.height);
    labelObj.current.move(projector.x[i] ?? 0, projector.y[i] ?? 0);
  });
}
