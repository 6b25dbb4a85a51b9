/**
 * Hover and click on muscles, when they can be seen (muscles on, skin off or faded to
 * PICK_THROUGH_SKIN_MAX or less). Markers keep priority: where a marker would take the pointer
 * (the same pick the marker code makes), muscles do nothing.
 *
 *   hover (mouse)  the muscle brightens and the shared hover label names it at the reading level
 *   click / tap    selects the muscle's first trigger point on that side (camera turns to it);
 *                  a muscle without trigger points does nothing
 *
 * Listeners live on the canvas; hover changes a uniform and the label element, never React
 * state. The marker code also writes the label: this hook re-shows its text on every move while
 * a muscle is hovered, so the order the two listeners run in does not matter.
 */
import { useEffect, useMemo, type RefObject } from 'react';
import { useThree } from '@react-three/fiber';
import { Raycaster, Vector2 } from 'three';
import { atlasStore } from '../../state/store';
import type { SkinSurface } from '../body/skinSurface';
import { HoverLabel } from '../markers/hoverLabel';
import type { MarkerLayout } from '../markers/markerLayout';
import { MarkerProjector } from '../markers/markerProjector';
import { listenCanvasGestures } from '../markers/canvasGestures';
import { MOUSE_HIT_RADIUS, pickMarker } from '../markers/picking';
import { instanceForMuscle, muscleLabel, musclesPickable } from './layerRules';
import type { MuscleLayer } from './muscleLayer';
import { MusclePicker } from './musclePicker';

/** muscleAt's answer when a marker is under the pointer (markers have priority). */
const MARKER = -2;

export function useMusclePointer(
  layer: MuscleLayer,
  layout: MarkerLayout | null,
  surface: SkinSurface | null,
  labelRef: RefObject<HTMLElement | null> | undefined,
): void {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const picker = useMemo(() => new MusclePicker(layer.set), [layer]);
  const projector = useMemo(
    () =>
      layout
        ? new MarkerProjector(
            layout.placement.points,
            layout.placement.normals,
            surface?.geometry ?? null,
          )
        : null,
    [layout, surface],
  );

  useEffect(() => () => projector?.dispose(), [projector]);

  useEffect(() => {
    const el = gl.domElement;
    const label = new HoverLabel(labelRef?.current ?? null);
    const raycaster = new Raycaster();
    const ndc = new Vector2();
    let labelText = '';

    const markerAt = (x: number, y: number, radius: number): boolean => {
      if (!projector) return false;
      projector.update(camera, size.width, size.height);
      return pickMarker(projector, x, y, radius, (i) => projector.occluded(i, camera)) >= 0;
    };
    /** The muscle under (x, y); -1 for none, MARKER when a marker takes the pointer. */
    const muscleAt = (x: number, y: number, radius: number): number => {
      const state = atlasStore.getState();
      // In the pain finder a tap means "it hurts here": muscles are not picked.
      if (state.mode !== 'explore' || !musclesPickable(state.layers)) return -1;
      if (markerAt(x, y, radius)) return MARKER;
      ndc.set((x / size.width) * 2 - 1, 1 - (y / size.height) * 2);
      camera.updateMatrixWorld();
      raycaster.setFromCamera(ndc, camera);
      return picker.pick(raycaster.ray).index;
    };
    const setHover = (index: number, x: number, y: number) => {
      const part = layer.set.parts[index];
      if (layer.setHovered(index)) invalidate();
      if (part) {
        const { atlas, level } = atlasStore.getState();
        labelText = muscleLabel(atlas, part, level);
        label.show(labelText, x, y);
        el.style.cursor = 'pointer';
      } else if (labelText) {
        labelText = '';
        // A marker's label and cursor are the marker code's: leave them alone.
        if (index === MARKER) return;
        label.hide();
        el.style.cursor = '';
      }
    };
    const stop = listenCanvasGestures(el, {
      hover: (x, y) => setHover(muscleAt(x, y, MOUSE_HIT_RADIUS), x, y),
      press: (x, y) => setHover(-1, x, y),
      tap: (x, y, radius) => {
        const part = layer.set.parts[muscleAt(x, y, radius)];
        if (!part) return;
        const { atlas, actions } = atlasStore.getState();
        const instance = instanceForMuscle(atlas, part.muscleId, part.side);
        if (instance) actions.select(instance.key);
      },
      leave: () => setHover(-1, 0, 0),
    });
    return () => {
      stop();
      if (labelText) label.hide();
      layer.setHovered(-1);
    };
  }, [gl, camera, size, invalidate, layer, picker, projector, labelRef]);
}
