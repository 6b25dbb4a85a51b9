/**
 * The bone layer: every bone of the model in one ivory draw call, shown by the Bones toggle
 * while the skin is faded or off (an opaque skin would hide it).
 */
import { useCallback, useEffect, useMemo, useRef, type JSX } from 'react';
import type { BufferGeometry, Mesh } from 'three';
import type { AtlasState } from '../../state/store';
import { bonesDrawn } from './layerRules';
import { createBoneMaterial } from './muscleMaterial';
import { useStoreEffect } from './useStoreEffect';

export function Bones({ geometry }: { readonly geometry: BufferGeometry }): JSX.Element {
  const mesh = useRef<Mesh>(null);
  const material = useMemo(() => createBoneMaterial(), []);
  useEffect(() => () => material.dispose(), [material]);
  const update = useCallback((s: AtlasState) => {
    const m = mesh.current;
    const drawn = bonesDrawn(s.layers);
    if (!m || m.visible === drawn) return false;
    m.visible = drawn;
    return true;
  }, []);
  useStoreEffect(update);
  return <mesh ref={mesh} name="bones" geometry={geometry} material={material} visible={false} />;
}
