/**
 * The user's pain marks drawn on the skin (numbered violet discs, hatched dots for areas), and
 * the stroke being painted. Marks come from the store (`painMarks`), converted with the domain's
 * `toPainMarks` against this skin: spots snap to it, regions are sampled over it — the same
 * samples the ranking uses. Drawn above the referral zones, so a selected candidate's pattern
 * and the marks can be compared.
 */
import { useCallback, useEffect, useMemo, useRef, type JSX } from 'react';
import { useThree } from '@react-three/fiber';
import { toPainMarks, type SkinArrays } from '../../domain/marks';
import type { PainMark } from '../../domain/rank';
import { useAtlasStore } from '../../state/store';
import type { SkinSurface } from '../body/skinSurface';
import { discsFor } from './discs';
import { createNumberAtlas } from './numberAtlas';
import { PainMarkField } from './painMarkField';
import { createPainMarkMaterial, fitPainMarksToRenderer } from './painMarkMaterial';
import type { SkinHit } from './skinRaycaster';
import { usePainPointer } from './usePainPointer';

export function PainMarks({ surface }: { readonly surface: SkinSurface }): JSX.Element {
  const atlas = useAtlasStore((s) => s.atlas);
  const specs = useAtlasStore((s) => s.painMarks);
  const gl = useThree((s) => s.gl);
  const size = useThree((s) => s.size);
  const dpr = useThree((s) => s.viewport.dpr);
  const invalidate = useThree((s) => s.invalidate);
  const field = useMemo(() => new PainMarkField(), []);
  const material = useMemo(() => createPainMarkMaterial(createNumberAtlas()), []);
  const preview = useRef<PainMark | null>(null);

  // One mark per spec, in the user's order (an unknown region draws nothing but keeps its number).
  const marks = useMemo((): PainMark[] => {
    if (!atlas) return [];
    const skin: SkinArrays = { positions: surface.positions, normals: surface.normals };
    return specs.map((spec) => toPainMarks(atlas, [spec], skin)[0] ?? { samples: [] });
  }, [atlas, specs, surface]);

  const redraw = useCallback(() => {
    const all = preview.current ? [...marks, preview.current] : marks;
    field.set(
      discsFor(
        all,
        all.map((_, i) => (i < marks.length ? i + 1 : 0)),
      ),
    );
    invalidate();
  }, [marks, field, invalidate]);

  useEffect(redraw, [redraw]);
  useEffect(
    () => () => {
      field.dispose();
      material.uniforms.uDigits.value?.dispose();
      material.dispose();
    },
    [field, material],
  );
  useEffect(() => {
    fitPainMarksToRenderer(material, gl);
    invalidate();
  }, [gl, size, dpr, material, invalidate]);

  const onPreview = useCallback(
    (stroke: readonly SkinHit[] | null) => {
      preview.current = stroke ? { samples: stroke } : null;
      redraw();
    },
    [redraw],
  );
  usePainPointer(surface, onPreview);

  return (
    <mesh
      name="pain-marks"
      geometry={field.geometry}
      material={material}
      frustumCulled={false}
      renderOrder={12}
    />
  );
}
