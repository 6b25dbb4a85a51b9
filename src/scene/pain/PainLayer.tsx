/**
 * The pain finder inside the scene ("Where does it hurt?"). Always reports the skin to the
 * store; in pain mode it draws the user's marks, takes taps and strokes on the skin as new marks
 * and shows the selected candidate's ×. The regular trigger-point markers are hidden in pain
 * mode (see ExploreOnly), so a tap always means "it hurts here". The drawing is loaded as a
 * separate chunk the first time the pain finder opens: the explorer never pays for it.
 */
import { lazy, Suspense, type JSX } from 'react';
import { useAtlasStore } from '../../state/store';
import type { SkinSurface } from '../body/skinSurface';
import type { MarkerLayout } from '../markers/markerLayout';
import { useReportSkin } from './useReportSkin';

const PainDrawing = lazy(() => import('./PainDrawing'));

export interface PainLayerProps {
  readonly surface: SkinSurface;
  readonly layout: MarkerLayout | null;
}

export function PainLayer({ surface, layout }: PainLayerProps): JSX.Element | null {
  const pain = useAtlasStore((s) => s.mode === 'pain');
  useReportSkin(surface);
  if (!pain) return null;
  return (
    <Suspense fallback={null}>
      <PainDrawing surface={surface} layout={layout} />
    </Suspense>
  );
}
