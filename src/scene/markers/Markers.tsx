/**
 * All trigger-point markers, both sides, in one instanced draw call. Reflects the store's
 * selection, keeps the marker size constant in CSS pixels, and wires hover and click picking.
 */
import { useEffect, useMemo, type JSX, type RefObject } from 'react';
import { useThree } from '@react-three/fiber';
import { useAtlasStore } from '../../state/store';
import type { SkinSurface } from '../body/skinSurface';
import { MarkerField } from './markerField';
import type { MarkerLayout } from './markerLayout';
import { createMarkerMaterial, fitMarkersToRenderer, setMarkersDimmed } from './markerMaterial';
import { useMarkerPointer } from './useMarkerPointer';

export interface MarkersProps {
  readonly layout: MarkerLayout;
  readonly surface: SkinSurface | null;
  /** DOM element for the hover label (owned by the Viewer). */
  readonly labelRef?: RefObject<HTMLElement | null>;
}

export function Markers({ layout, surface, labelRef }: MarkersProps): JSX.Element {
  const field = useMemo(
    () => new MarkerField(layout.placement.points, layout.placement.normals),
    [layout],
  );
  const material = useMemo(() => createMarkerMaterial(), []);
  const gl = useThree((s) => s.gl);
  const size = useThree((s) => s.size);
  const dpr = useThree((s) => s.viewport.dpr);
  const invalidate = useThree((s) => s.invalidate);
  const selection = useAtlasStore((s) => s.selection);

  useEffect(() => () => field.dispose(), [field]);
  useEffect(() => () => material.dispose(), [material]);

  useEffect(() => {
    fitMarkersToRenderer(material, gl);
    invalidate();
  }, [gl, size, dpr, material, invalidate]);

  useEffect(() => {
    const index = selection === null ? -1 : (layout.indexByKey.get(selection) ?? -1);
    setMarkersDimmed(material, index >= 0);
    field.setSelected(index);
    invalidate();
  }, [selection, layout, field, material, invalidate]);

  useMarkerPointer(layout, field, surface, labelRef);

  return (
    <mesh
      name="trigger-point-markers"
      geometry={field.geometry}
      material={material}
      frustumCulled={false}
      renderOrder={10}
    />
  );
}
