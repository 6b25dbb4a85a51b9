/**
 * The pain finder inside the scene ("Where does it hurt?"). Always reports the skin to the
 * store; in pain mode it draws the user's marks, takes taps and strokes on the skin as new marks
 * and shows the selected candidate's ×. The regular trigger-point markers are hidden in pain
 * mode (see ExploreOnly), so a tap always means "it hurts here".
 */
import type { JSX } from 'react';
import { useAtlasStore } from '../../state/store';
import type { SkinSurface } from '../body/skinSurface';
import type { MarkerLayout } from '../markers/markerLayout';
import { PainMarks } from './PainMarks';
import { SelectedMarker } from './SelectedMarker';
import { useReportSkin } from './useReportSkin';

export interface PainLayerProps {
  readonly surface: SkinSurface;
  readonly layout: MarkerLayout | null;
}

export function PainLayer({ surface, layout }: PainLayerProps): JSX.Element | null {
  const pain = useAtlasStore((s) => s.mode === 'pain');
  useReportSkin(surface);
  if (!pain) return null;
  return (
    <>
      <PainMarks surface={surface} />
      {layout && <SelectedMarker layout={layout} />}
    </>
  );
}
