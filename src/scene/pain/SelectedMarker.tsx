/**
 * In the pain finder the trigger-point markers are hidden (a tap there marks pain, it does not
 * pick a marker), so the selected candidate's own × is drawn here: the same marker shader, one
 * instance, always in its "selected" state, with no picking.
 */
import { useEffect, useMemo, type JSX } from 'react';
import { useThree } from '@react-three/fiber';
import { useAtlasStore } from '../../state/store';
import { MarkerField } from '../markers/markerField';
import type { MarkerLayout } from '../markers/markerLayout';
import { markerNormal, markerPoint } from '../markers/markerLayout';
import { createMarkerMaterial, fitMarkersToRenderer } from '../markers/markerMaterial';

export function SelectedMarker({ layout }: { readonly layout: MarkerLayout }): JSX.Element | null {
  const selection = useAtlasStore((s) => s.selection);
  const index = selection === null ? -1 : (layout.indexByKey.get(selection) ?? -1);
  const gl = useThree((s) => s.gl);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const material = useMemo(() => createMarkerMaterial(), []);
  const field = useMemo(() => {
    if (index < 0) return null;
    const f = new MarkerField(
      Float32Array.from(markerPoint(layout, index)),
      Float32Array.from(markerNormal(layout, index)),
    );
    f.setSelected(0);
    return f;
  }, [layout, index]);

  useEffect(() => () => field?.dispose(), [field]);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => {
    fitMarkersToRenderer(material, gl);
    invalidate();
  }, [gl, size, material, field, invalidate]);

  if (!field) return null;
  return (
    <mesh
      name="pain-selected-marker"
      geometry={field.geometry}
      material={material}
      frustumCulled={false}
      renderOrder={13}
    />
  );
}
